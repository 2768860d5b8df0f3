package io.outsight.extension.api.report;

import io.outsight.extension.api.LocalizedText;
import io.outsight.extension.api.compensation.PayoutLine;
import io.outsight.extension.api.metric.Period;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A report as a file carries it: the report, what it covers and how it was made (contract, vendor,
 * periods, who made it and when, as of which day, the compensation model and the KPI definitions
 * used), and the words of its headings in the reader's language.
 */
public record ReportDocument(ContractReport report, Metadata metadata, Labels labels)
    implements Serializable {

  /** What the file is and how it was made. */
  public record Metadata(
      String title,
      String language,
      String generatedBy,
      Instant generatedAt,
      LocalDate asOf,
      String compensationModel,
      List<KpiGoal> kpis,
      List<String> metricDefinitions)
      implements Serializable {

    public Metadata {
      kpis = List.copyOf(kpis);
      metricDefinitions = List.copyOf(metricDefinitions);
    }
  }

  /** The words of headings and values in the reader's language. */
  public interface Labels extends Serializable {

    /** A heading or value by its key in the portal's bundle, such as {@code report.totalSpend}. */
    String text(String key, Object... arguments);

    String metric(String metricId);

    String period(Period period);

    String reason(Recommendation.Reason reason);

    /**
     * A line of a payout in words: what it is, with its metric, units, rate or limit, and the
     * settled period an adjustment corrects.
     */
    default String payoutLine(PayoutLine line) {
      if (line.wording() != null) {
        return in(line.wording());
      }
      return text(
          "payout." + line.kind(),
          line.metric() == null ? "" : metric(line.metric().id()),
          line.quantity() == null ? "" : number(line.quantity()),
          line.rate() == null ? "" : number(line.rate()),
          line.about() == null ? "" : period(line.about()));
    }

    /**
     * A number as the reader's language writes it, for formats meant for reading rather than for
     * programs.
     */
    String number(BigDecimal value);

    /** The words in the reader's language. */
    String in(LocalizedText words);
  }
}
