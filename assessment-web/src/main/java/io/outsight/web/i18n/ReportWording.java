package io.outsight.web.i18n;

import io.outsight.core.metric.MetricCatalogue;
import io.outsight.extension.api.LocalizedText;
import io.outsight.extension.api.metric.MetricDefinition;
import io.outsight.extension.api.metric.Period;
import io.outsight.extension.api.report.Recommendation;
import io.outsight.extension.api.report.ReportDocument;
import java.math.BigDecimal;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A report's words in one language, from the portal's bundle: for the report page, and for the
 * exported files, which are written outside any page.
 */
public final class ReportWording implements ReportDocument.Labels {

  private static final long serialVersionUID = 1L;

  /** An amount as the report's reasons carry it: 6995.00 EUR. */
  private static final Pattern MONEY = Pattern.compile("(-?\\d+(?:\\.\\d+)?) ([A-Z]{3})");

  private static final List<String> ABOUT_A_METRIC =
      List.of("red-streak", "below-target", "worsening");

  private final Locale locale;
  private final transient MetricCatalogue metrics;

  public ReportWording(Locale locale, MetricCatalogue metrics) {
    this.locale = locale;
    this.metrics = metrics;
  }

  @Override
  public String text(String key, Object... arguments) {
    return new MessageFormat(
            ResourceBundle.getBundle(Messages.BUNDLE, locale).getString(key), locale)
        .format(arguments);
  }

  /** A built-in metric's name from the bundle; an installed one's own name. */
  @Override
  public String metric(String metricId) {
    LocalizedText own =
        Optional.ofNullable(metrics)
            .flatMap(catalogue -> catalogue.find(metricId))
            .map(MetricDefinition::localizedName)
            .orElseGet(() -> new LocalizedText(metricId, metricId));
    return ContributionNames.of(MetricDefinition.class.getSimpleName(), metricId, own, locale);
  }

  /** Oct 2026 or 10/2026; Q4 2026 or Q4/2026. */
  @Override
  public String period(Period period) {
    boolean finnish = "fi".equals(locale.getLanguage());
    if (period.months() == 3) {
      return "Q"
          + ((period.firstMonth().getMonthValue() - 1) / 3 + 1)
          + (finnish ? "/" : " ")
          + period.firstMonth().getYear();
    }
    return DateTimeFormatter.ofPattern(finnish ? "M/yyyy" : "MMM yyyy", locale)
        .format(period.firstMonth());
  }

  /** Up to two decimals, with the language's separators: 1,234.5 or 1 234,5. */
  @Override
  public String number(BigDecimal value) {
    NumberFormat format = NumberFormat.getNumberInstance(locale);
    format.setMinimumFractionDigits(0);
    format.setMaximumFractionDigits(2);
    return format.format(value);
  }

  @Override
  public String in(LocalizedText words) {
    return words.in(locale);
  }

  @Override
  public String reason(Recommendation.Reason reason) {
    List<String> arguments = new ArrayList<>(reason.arguments());
    if (ABOUT_A_METRIC.contains(reason.code())) {
      arguments.set(0, metric(arguments.get(0)));
    }
    for (int i = 0; i < arguments.size(); i++) {
      Matcher money = MONEY.matcher(arguments.get(i));
      if (money.matches()) {
        NumberFormat format = NumberFormat.getCurrencyInstance(locale);
        format.setCurrency(Currency.getInstance(money.group(2)));
        arguments.set(i, format.format(new BigDecimal(money.group(1))));
      }
    }
    if (reason.code().equals("below-target")) {
      arguments.set(1, period(Period.parse(arguments.get(1))));
      arguments.set(2, text("report.status." + arguments.get(2)));
    }
    return text("report.reason." + reason.code(), arguments.toArray());
  }
}
