package io.outsight.extension.api.questionnaire;

import io.outsight.extension.api.money.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * An answer value as a kind and a text, the form in which the database stores it and the API
 * carries it: a scale level ("3"), "true" or "false", choice keys separated by commas, a number, an
 * amount with its currency ("1500.00 EUR"), an ISO date, free text, or nothing for not applicable.
 */
public record AnswerText(String kind, String text) {

  private static final List<String> KINDS =
      List.of("SCALE", "YES_NO", "CHOSEN", "QUANTITY", "AMOUNT", "DAY", "TEXT", "NOT_APPLICABLE");

  public static AnswerText of(AnswerValue value) {
    if (value instanceof AnswerValue.Scale scale) {
      return new AnswerText("SCALE", String.valueOf(scale.level()));
    }
    if (value instanceof AnswerValue.YesNo yesNo) {
      return new AnswerText("YES_NO", String.valueOf(yesNo.yes()));
    }
    if (value instanceof AnswerValue.Chosen chosen) {
      return new AnswerText("CHOSEN", String.join(",", new TreeSet<>(chosen.choiceKeys())));
    }
    if (value instanceof AnswerValue.Quantity quantity) {
      return new AnswerText("QUANTITY", quantity.value().toPlainString());
    }
    if (value instanceof AnswerValue.Amount amount) {
      return new AnswerText(
          "AMOUNT",
          amount.value().amount().toPlainString()
              + " "
              + amount.value().currency().getCurrencyCode());
    }
    if (value instanceof AnswerValue.Day day) {
      return new AnswerText("DAY", day.value().toString());
    }
    if (value instanceof AnswerValue.Text text) {
      return new AnswerText("TEXT", text.value());
    }
    return new AnswerText("NOT_APPLICABLE", null);
  }

  /**
   * The value this text stands for.
   *
   * @throws IllegalArgumentException when the kind is unknown or the text does not fit it
   */
  public AnswerValue value() {
    if (!KINDS.contains(kind)) {
      throw new IllegalArgumentException(
          "unknown answer kind " + kind + "; one of " + String.join(", ", KINDS));
    }
    String given = text == null ? "" : text.strip();
    try {
      return switch (kind) {
        case "SCALE" -> new AnswerValue.Scale(Integer.parseInt(given));
        case "YES_NO" -> new AnswerValue.YesNo(parseBoolean(given));
        case "CHOSEN" ->
            new AnswerValue.Chosen(
                Arrays.stream(given.split(",")).map(String::strip).collect(Collectors.toSet()));
        case "QUANTITY" -> new AnswerValue.Quantity(new BigDecimal(given));
        case "AMOUNT" ->
            new AnswerValue.Amount(
                new Money(
                    new BigDecimal(given.substring(0, given.indexOf(' '))),
                    Currency.getInstance(given.substring(given.indexOf(' ') + 1).strip())));
        case "DAY" -> new AnswerValue.Day(LocalDate.parse(given));
        case "TEXT" -> new AnswerValue.Text(text);
        default -> new AnswerValue.NotApplicable();
      };
    } catch (RuntimeException unreadable) {
      throw new IllegalArgumentException("'" + text + "' is not a " + kind + " answer", unreadable);
    }
  }

  private static boolean parseBoolean(String text) {
    return switch (text) {
      case "true" -> true;
      case "false" -> false;
      default -> throw new IllegalArgumentException("not true or false");
    };
  }
}
