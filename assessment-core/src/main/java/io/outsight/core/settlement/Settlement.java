package io.outsight.core.settlement;

import io.outsight.core.audit.Sha256;
import io.outsight.extension.api.LocalizedText;
import io.outsight.extension.api.compensation.PayoutLine;
import io.outsight.extension.api.metric.Period;
import io.outsight.extension.api.metric.ReportedMetric;
import io.outsight.extension.api.money.Money;
import io.outsight.extension.api.report.PeriodSpend;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonValue;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.Map;

/**
 * A period of a contract settled: its spend and every line of it frozen as a JSON snapshot, with
 * the snapshot's SHA-256. What was settled never changes; a later correction to the period's values
 * is paid or credited as an adjustment in the next open period.
 */
@Entity
@Table(name = "settlement")
public class Settlement {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "settlement_seq")
  @SequenceGenerator(name = "settlement_seq", sequenceName = "settlement_seq", allocationSize = 50)
  private Long id;

  @Column(name = "contract_id")
  private long contractId;

  @Column(name = "period_start")
  private LocalDate periodStart;

  @Column(name = "period_months")
  private int periodMonths;

  private String currency;

  private BigDecimal total;

  private String snapshot;

  private String digest;

  @Column(name = "settled_by")
  private String settledBy;

  @Column(name = "settled_at")
  private Instant settledAt;

  /** Made once: each of Json's own factory methods looks its provider up again, slowly. */
  private static final JsonBuilderFactory JSON = Json.createBuilderFactory(Map.of());

  private static final JsonReaderFactory READER = Json.createReaderFactory(Map.of());

  protected Settlement() {}

  /** Freezes the spend of an open period of the contract. */
  public Settlement(
      long contractId,
      String contractReference,
      PeriodSpend spend,
      String settledBy,
      Instant settledAt) {
    if (spend.isSettled()) {
      throw new IllegalArgumentException("the period is settled already: " + spend.period());
    }
    this.contractId = contractId;
    this.periodStart = spend.period().firstDay();
    this.periodMonths = spend.period().months();
    this.currency = spend.total().currency().getCurrencyCode();
    this.total = spend.total().amount();
    this.snapshot = snapshot(contractReference, spend);
    this.digest = Sha256.hex(snapshot.getBytes(StandardCharsets.UTF_8));
    this.settledBy = settledBy;
    this.settledAt = settledAt;
  }

  public Long id() {
    return id;
  }

  public long contractId() {
    return contractId;
  }

  public Period period() {
    return new Period(YearMonth.from(periodStart), periodMonths);
  }

  public Money total() {
    return new Money(total, Currency.getInstance(currency));
  }

  public String snapshot() {
    return snapshot;
  }

  public String digest() {
    return digest;
  }

  public String settledBy() {
    return settledBy;
  }

  public Instant settledAt() {
    return settledAt;
  }

  /** Whether the snapshot is still the one its digest was taken of. */
  public boolean intact() {
    return Sha256.hex(snapshot.getBytes(StandardCharsets.UTF_8)).equals(digest);
  }

  /**
   * The spend as it was frozen. A snapshot that no longer matches its digest is still read, and
   * says so: the pages and exports show the period as altered rather than fail.
   */
  public PeriodSpend spend() {
    try (JsonReader reader = READER.createReader(new StringReader(snapshot))) {
      JsonObject frozen = reader.readObject();
      Currency money = Currency.getInstance(frozen.getString("currency"));
      List<PayoutLine> lines = new ArrayList<>();
      for (JsonObject line : frozen.getJsonArray("lines").getValuesAs(JsonObject.class)) {
        lines.add(
            new PayoutLine(
                PayoutLine.Kind.valueOf(line.getString("kind")),
                line.containsKey("metric")
                    ? Arrays.stream(ReportedMetric.values())
                        .filter(metric -> metric.id().equals(line.getString("metric")))
                        .findFirst()
                        .orElseThrow()
                    : null,
                decimal(line, "quantity"),
                decimal(line, "rate"),
                new Money(line.getJsonNumber("amount").bigDecimalValue(), money),
                line.containsKey("about") ? Period.parse(line.getString("about")) : null,
                line.containsKey("wording")
                    ? new LocalizedText(
                        line.getJsonObject("wording").getString("en"),
                        line.getJsonObject("wording").getString("fi"))
                    : null));
      }
      return new PeriodSpend(
          Period.parse(frozen.getString("period")),
          new Money(frozen.getJsonNumber("payout").bigDecimalValue(), money),
          new Money(frozen.getJsonNumber("oneTimeFees").bigDecimalValue(), money),
          new Money(frozen.getJsonNumber("adjustments").bigDecimalValue(), money),
          new Money(frozen.getJsonNumber("total").bigDecimalValue(), money),
          lines,
          new PeriodSpend.Settled(settledBy, settledAt, digest, intact()));
    }
  }

  private static BigDecimal decimal(JsonObject line, String key) {
    return line.containsKey(key) ? line.getJsonNumber(key).bigDecimalValue() : null;
  }

  /** The spend as JSON, its members always in the same order, so that its digest can be retaken. */
  static String snapshot(String contractReference, PeriodSpend spend) {
    JsonArrayBuilder lines = JSON.createArrayBuilder();
    for (PayoutLine line : spend.lines()) {
      JsonObjectBuilder frozen = JSON.createObjectBuilder().add("kind", line.kind().name());
      if (line.metric() != null) {
        frozen.add("metric", line.metric().id());
      }
      if (line.quantity() != null) {
        frozen.add("quantity", line.quantity());
      }
      if (line.rate() != null) {
        frozen.add("rate", line.rate());
      }
      frozen.add("amount", line.amount().amount());
      if (line.about() != null) {
        frozen.add("about", line.about().toString());
      }
      if (line.wording() != null) {
        // only in lines of contributed models: the snapshots of others stay as they were written
        frozen.add(
            "wording",
            JSON.createObjectBuilder()
                .add("en", line.wording().en())
                .add("fi", line.wording().fi()));
      }
      lines.add(frozen);
    }
    JsonValue document =
        JSON.createObjectBuilder()
            .add("contract", contractReference)
            .add("period", spend.period().toString())
            .add("currency", spend.total().currency().getCurrencyCode())
            .add("payout", spend.payout().amount())
            .add("oneTimeFees", spend.oneTimeFees().amount())
            .add("adjustments", spend.adjustments().amount())
            .add("total", spend.total().amount())
            .add("lines", lines)
            .build();
    return document.toString();
  }
}
