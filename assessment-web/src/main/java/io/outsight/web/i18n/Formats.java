package io.outsight.web.i18n;

import io.outsight.extension.api.metric.Period;
import io.outsight.extension.api.money.Money;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Numbers, dates and countries as the user's language writes them. A page formats hundreds of
 * values, so each formatter is made once a request (they are not thread-safe, and a request is one
 * thread), again if the language changes within it.
 */
@Named
@RequestScoped
public class Formats {

  @Inject private LanguageSelection language;

  private Locale formattersLocale;

  private final Map<String, Object> formatters = new HashMap<>();

  @Inject
  @ConfigProperty(name = "outsight.timezone", defaultValue = "Europe/Helsinki")
  private String timezone;

  /** The zone in which the portal shows times and reads days: {@code outsight.timezone}. */
  public ZoneId zone() {
    return ZoneId.of(timezone);
  }

  public String number(long value) {
    return formatter("integer", NumberFormat::getIntegerInstance).format(value);
  }

  /**
   * A reported figure or an amount: up to two decimals, none when it is whole (1,250; 15,000.5;
   * 49.99).
   */
  public String figure(BigDecimal value) {
    return value == null ? "" : formatter("figure", locale -> fractions(locale, 2)).format(value);
  }

  /** A score or points, with one decimal as the language writes it (92.8, 92,8). */
  public String decimal(BigDecimal value) {
    return value == null ? "" : formatter("decimal", locale -> fractions(locale, 1)).format(value);
  }

  /** An amount in its currency as the language writes it: € 1,500.00 or 1 500,00 €. */
  public String money(Money money) {
    if (money == null) {
      return "";
    }
    NumberFormat format =
        formatter(
            "money " + money.currency().getCurrencyCode(),
            locale -> {
              NumberFormat amounts = NumberFormat.getCurrencyInstance(locale);
              amounts.setCurrency(money.currency());
              return amounts;
            });
    return format.format(money.amount());
  }

  /** A reporting period as the language writes it: Oct 2026 or 10/2026; Q4 2026 or Q4/2026. */
  public String period(String period) {
    return period == null
        ? ""
        : new ReportWording(language.getLocale(), null).period(Period.parse(period));
  }

  public String date(LocalDate day) {
    return day == null
        ? ""
        : this.<DateTimeFormatter>formatter(
                "date",
                locale -> DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale))
            .format(day);
  }

  public String dateTime(Instant instant) {
    if (instant == null) {
      return "";
    }
    return this.<DateTimeFormatter>formatter(
            "date and time",
            locale ->
                DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                    .withLocale(locale)
                    .withZone(zone()))
        .format(instant);
  }

  public String country(String isoCode) {
    return isoCode == null ? "" : new Locale("", isoCode).getDisplayCountry(language.getLocale());
  }

  private static NumberFormat fractions(Locale locale, int maximumDigits) {
    NumberFormat format = NumberFormat.getNumberInstance(locale);
    format.setMinimumFractionDigits(0);
    format.setMaximumFractionDigits(maximumDigits);
    return format;
  }

  @SuppressWarnings("unchecked")
  private <F> F formatter(String kind, Function<Locale, F> make) {
    Locale locale = language.getLocale();
    if (!locale.equals(formattersLocale)) {
      formatters.clear();
      formattersLocale = locale;
    }
    return (F) formatters.computeIfAbsent(kind, any -> make.apply(locale));
  }
}
