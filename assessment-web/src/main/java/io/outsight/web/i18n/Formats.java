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
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Numbers, dates and countries as the user's language writes them. */
@Named
@RequestScoped
public class Formats {

  @Inject private LanguageSelection language;

  @Inject
  @ConfigProperty(name = "outsight.timezone", defaultValue = "Europe/Helsinki")
  private String timezone;

  /** The zone in which the portal shows times and reads days: {@code outsight.timezone}. */
  public ZoneId zone() {
    return ZoneId.of(timezone);
  }

  public String number(long value) {
    return NumberFormat.getIntegerInstance(language.getLocale()).format(value);
  }

  /**
   * A reported figure or an amount: up to two decimals, none when it is whole (1,250; 15,000.5;
   * 49.99).
   */
  public String figure(BigDecimal value) {
    NumberFormat format = NumberFormat.getNumberInstance(language.getLocale());
    format.setMinimumFractionDigits(0);
    format.setMaximumFractionDigits(2);
    return value == null ? "" : format.format(value);
  }

  /** A score or points, with one decimal as the language writes it (92.8, 92,8). */
  public String decimal(BigDecimal value) {
    NumberFormat format = NumberFormat.getNumberInstance(language.getLocale());
    format.setMinimumFractionDigits(0);
    format.setMaximumFractionDigits(1);
    return value == null ? "" : format.format(value);
  }

  /** An amount in its currency as the language writes it: € 1,500.00 or 1 500,00 €. */
  public String money(Money money) {
    if (money == null) {
      return "";
    }
    NumberFormat format = NumberFormat.getCurrencyInstance(language.getLocale());
    format.setCurrency(money.currency());
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
        : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
            .withLocale(language.getLocale())
            .format(day);
  }

  public String dateTime(Instant instant) {
    if (instant == null) {
      return "";
    }
    return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
        .withLocale(language.getLocale())
        .withZone(zone())
        .format(instant);
  }

  public String country(String isoCode) {
    return isoCode == null ? "" : new Locale("", isoCode).getDisplayCountry(language.getLocale());
  }
}
