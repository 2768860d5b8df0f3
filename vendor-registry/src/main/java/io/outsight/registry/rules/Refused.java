package io.outsight.registry.rules;

import io.outsight.core.rules.RuleViolation;
import jakarta.ejb.ApplicationException;
import java.util.List;

/** A boundary refused the call because a business rule forbids it; nothing was changed. */
@ApplicationException(rollback = true)
public class Refused extends RuntimeException {

  private final String rule;
  private final List<String> details;

  public Refused(RuleViolation violation) {
    super(violation.getMessage());
    this.rule = violation.rule();
    this.details = violation.details();
  }

  public String rule() {
    return rule;
  }

  public List<String> details() {
    return details;
  }
}
