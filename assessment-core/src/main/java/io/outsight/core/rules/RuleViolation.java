package io.outsight.core.rules;

import java.util.List;

/**
 * A business rule refused an action, e.g. an assessor approving their own assessment. The rule is a
 * stable key the user interface translates; the details say what it concerns (question keys, a
 * status). Nothing was changed.
 */
public class RuleViolation extends RuntimeException {

  private final String rule;
  private final List<String> details;

  public RuleViolation(String rule, String message, List<String> details) {
    super(message);
    this.rule = rule;
    this.details = List.copyOf(details);
  }

  public RuleViolation(String rule, String message) {
    this(rule, message, List.of());
  }

  public String rule() {
    return rule;
  }

  public List<String> details() {
    return details;
  }
}
