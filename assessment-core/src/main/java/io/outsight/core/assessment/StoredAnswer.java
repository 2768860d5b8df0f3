package io.outsight.core.assessment;

import io.outsight.core.money.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Currency;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * An answer as a row: its kind and its value written as text (a scale level, true or false, choice
 * keys separated by commas, a number, an amount with its currency, an ISO date, free text).
 */
@Embeddable
public class StoredAnswer {

  @Column(name = "question_key")
  private String questionKey;

  @Column(name = "value_kind")
  private String kind;

  @Column(name = "value_text")
  private String value;

  @Column(name = "evidence_note")
  private String evidenceNote;

  @Column(name = "document_reference")
  private String documentReference;

  protected StoredAnswer() {}

  static StoredAnswer of(Answer answer) {
    StoredAnswer stored = new StoredAnswer();
    stored.questionKey = answer.questionKey();
    stored.evidenceNote = blankToNull(answer.evidenceNote());
    stored.documentReference = blankToNull(answer.documentReference());
    AnswerValue value = answer.value();
    if (value instanceof AnswerValue.Scale scale) {
      stored.kind = "SCALE";
      stored.value = String.valueOf(scale.level());
    } else if (value instanceof AnswerValue.YesNo yesNo) {
      stored.kind = "YES_NO";
      stored.value = String.valueOf(yesNo.yes());
    } else if (value instanceof AnswerValue.Chosen chosen) {
      stored.kind = "CHOSEN";
      stored.value = String.join(",", new TreeSet<>(chosen.choiceKeys()));
    } else if (value instanceof AnswerValue.Quantity quantity) {
      stored.kind = "QUANTITY";
      stored.value = quantity.value().toPlainString();
    } else if (value instanceof AnswerValue.Amount amount) {
      stored.kind = "AMOUNT";
      stored.value = amount.value().amount().toPlainString() + " " + amount.value().currency().getCurrencyCode();
    } else if (value instanceof AnswerValue.Day day) {
      stored.kind = "DAY";
      stored.value = day.value().toString();
    } else if (value instanceof AnswerValue.Text text) {
      stored.kind = "TEXT";
      stored.value = text.value();
    } else {
      stored.kind = "NOT_APPLICABLE";
    }
    return stored;
  }

  Answer answer() {
    AnswerValue decoded = switch (kind) {
      case "SCALE" -> new AnswerValue.Scale(Integer.parseInt(value));
      case "YES_NO" -> new AnswerValue.YesNo(Boolean.parseBoolean(value));
      case "CHOSEN" -> new AnswerValue.Chosen(Arrays.stream(value.split(",")).collect(Collectors.toSet()));
      case "QUANTITY" -> new AnswerValue.Quantity(new BigDecimal(value));
      case "AMOUNT" -> new AnswerValue.Amount(new Money(new BigDecimal(value.substring(0, value.indexOf(' '))),
          Currency.getInstance(value.substring(value.indexOf(' ') + 1))));
      case "DAY" -> new AnswerValue.Day(LocalDate.parse(value));
      case "TEXT" -> new AnswerValue.Text(value);
      case "NOT_APPLICABLE" -> new AnswerValue.NotApplicable();
      default -> throw new IllegalStateException("unknown answer kind " + kind);
    };
    return new Answer(questionKey, decoded, evidenceNote, documentReference);
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
