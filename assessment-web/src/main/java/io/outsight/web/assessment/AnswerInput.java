package io.outsight.web.assessment;

import io.outsight.core.assessment.Answer;
import io.outsight.core.rules.PlainText;
import io.outsight.extension.api.money.Money;
import io.outsight.extension.api.questionnaire.AnswerValue;
import io.outsight.extension.api.questionnaire.Question;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What the user has entered for one question, as the form's fields hold it, including a question
 * left blank. Turns into an {@link Answer} of the question's type, or none while nothing is
 * entered.
 */
public class AnswerInput implements Serializable {

  private static final long serialVersionUID = 1L;

  private boolean notApplicable;
  private Integer scale;
  private Boolean yes;
  private String choice;
  private List<String> choices = new ArrayList<>();
  private BigDecimal number;
  private BigDecimal amount;
  private String currency = "EUR";
  private LocalDate date;

  @Size(max = 4000, message = "{outsight.field.tooLong}")
  @PlainText(lines = true)
  private String text;

  // the bounds of Answer, checked as the page is read so that each field says what is wrong with it
  @Size(max = 4000, message = "{outsight.field.tooLong}")
  @PlainText(lines = true)
  private String evidenceNote;

  @Size(max = 500, message = "{outsight.field.tooLong}")
  @PlainText
  private String documentReference;

  static AnswerInput of(Question question, Optional<Answer> answer) {
    AnswerInput input = new AnswerInput();
    answer.ifPresent(
        given -> {
          input.evidenceNote = given.evidenceNote();
          input.documentReference = given.documentReference();
          AnswerValue value = given.value();
          if (value instanceof AnswerValue.NotApplicable) {
            input.notApplicable = true;
          } else if (value instanceof AnswerValue.Scale level) {
            input.scale = level.level();
          } else if (value instanceof AnswerValue.YesNo yesNo) {
            input.yes = yesNo.yes();
          } else if (value instanceof AnswerValue.Chosen chosen) {
            input.choices = new ArrayList<>(chosen.choiceKeys());
            input.choice = chosen.choiceKeys().stream().findFirst().orElse(null);
          } else if (value instanceof AnswerValue.Quantity quantity) {
            input.number = quantity.value();
          } else if (value instanceof AnswerValue.Amount money) {
            input.amount = money.value().amount();
            input.currency = money.value().currency().getCurrencyCode();
          } else if (value instanceof AnswerValue.Day day) {
            input.date = day.value();
          } else if (value instanceof AnswerValue.Text words) {
            input.text = words.value();
          }
        });
    return input;
  }

  /** The answer entered, if any: a question with nothing entered stays unanswered. */
  Optional<Answer> answerTo(Question question) {
    return value(question)
        .map(value -> new Answer(question.key(), value, evidenceNote, documentReference));
  }

  private Optional<AnswerValue> value(Question question) {
    if (notApplicable) {
      return Optional.of(new AnswerValue.NotApplicable());
    }
    return switch (question.type()) {
      case SCALE_0_TO_5 -> Optional.ofNullable(scale).map(AnswerValue.Scale::new);
      case YES_NO -> Optional.ofNullable(yes).map(AnswerValue.YesNo::new);
      case SINGLE_CHOICE ->
          Optional.ofNullable(choice)
              .filter(key -> !key.isBlank())
              .map(key -> new AnswerValue.Chosen(Set.of(key)));
      case MULTIPLE_CHOICE ->
          choices == null || choices.isEmpty()
              ? Optional.empty()
              : Optional.of(new AnswerValue.Chosen(new HashSet<>(choices)));
      case NUMBER -> Optional.ofNullable(number).map(AnswerValue.Quantity::new);
      case MONEY ->
          Optional.ofNullable(amount)
              .map(
                  value ->
                      new AnswerValue.Amount(new Money(value, Currency.getInstance(currency))));
      case DATE -> Optional.ofNullable(date).map(AnswerValue.Day::new);
      case FREE_TEXT ->
          Optional.ofNullable(text).filter(words -> !words.isBlank()).map(AnswerValue.Text::new);
    };
  }

  public boolean isNotApplicable() {
    return notApplicable;
  }

  public void setNotApplicable(boolean notApplicable) {
    this.notApplicable = notApplicable;
  }

  public Integer getScale() {
    return scale;
  }

  public void setScale(Integer scale) {
    this.scale = scale;
  }

  public Boolean getYes() {
    return yes;
  }

  public void setYes(Boolean yes) {
    this.yes = yes;
  }

  public String getChoice() {
    return choice;
  }

  public void setChoice(String choice) {
    this.choice = choice;
  }

  public List<String> getChoices() {
    return choices;
  }

  public void setChoices(List<String> choices) {
    this.choices = choices;
  }

  public BigDecimal getNumber() {
    return number;
  }

  public void setNumber(BigDecimal number) {
    this.number = number;
  }

  public BigDecimal getAmount() {
    return amount;
  }

  public void setAmount(BigDecimal amount) {
    this.amount = amount;
  }

  public String getCurrency() {
    return currency;
  }

  public void setCurrency(String currency) {
    this.currency = currency;
  }

  public LocalDate getDate() {
    return date;
  }

  public void setDate(LocalDate date) {
    this.date = date;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }

  public String getEvidenceNote() {
    return evidenceNote;
  }

  public void setEvidenceNote(String evidenceNote) {
    this.evidenceNote = evidenceNote;
  }

  public String getDocumentReference() {
    return documentReference;
  }

  public void setDocumentReference(String documentReference) {
    this.documentReference = documentReference;
  }
}
