package io.outsight.extension.api.questionnaire;

import java.util.List;

/**
 * A questionnaire version that cannot be asked or scored as written, e.g. a scale question without
 * a description of each level. The rule is a stable key, {@code questionnaire.*}, that the portal
 * translates; the details name the section, question, choice or red flag concerned, so that an
 * author can find what to fix.
 */
public class InvalidQuestionnaire extends IllegalArgumentException {

  private final String rule;
  private final List<String> details;

  public InvalidQuestionnaire(String rule, String message, String... details) {
    super(message);
    this.rule = "questionnaire." + rule;
    this.details = List.of(details);
  }

  public String rule() {
    return rule;
  }

  public List<String> details() {
    return details;
  }
}
