package io.outsight.core.settlement;

import io.outsight.core.ledger.LedgerRules;
import io.outsight.core.ledger.ResultSource;
import io.outsight.core.rules.RuleViolation;
import io.outsight.extension.api.metric.Period;
import io.outsight.extension.api.money.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The vendor's invoice for a settled period of a contract: its number, date and amount, as
 * recorded. One per period; it is checked against what was settled for the period, never against a
 * payout that may still change.
 */
@Entity
@Table(name = "vendor_invoice")
public class Invoice {

  /** The longest invoice number kept. */
  public static final int NUMBER_LENGTH = 60;

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "vendor_invoice_seq")
  @SequenceGenerator(
      name = "vendor_invoice_seq",
      sequenceName = "vendor_invoice_seq",
      allocationSize = 50)
  private Long id;

  @Column(name = "contract_id")
  private long contractId;

  @Column(name = "period_start")
  private LocalDate periodStart;

  @Column(name = "period_months")
  private int periodMonths;

  @Column(name = "invoice_number")
  private String number;

  @Column(name = "invoiced_on")
  private LocalDate invoicedOn;

  private BigDecimal amount;

  private String currency;

  @Enumerated(EnumType.STRING)
  private ResultSource source;

  @Column(name = "recorded_by")
  private String recordedBy;

  @Column(name = "recorded_at")
  private Instant recordedAt;

  @Version private long version;

  @Column(name = "accepted_by")
  private String acceptedBy;

  @Column(name = "accepted_at")
  private Instant acceptedAt;

  @Column(name = "acceptance_note")
  private String acceptanceNote;

  protected Invoice() {}

  public Invoice(
      long contractId,
      Period period,
      String number,
      LocalDate invoicedOn,
      Money amount,
      ResultSource source,
      String recordedBy,
      Instant recordedAt) {
    this.contractId = contractId;
    this.periodStart = period.firstDay();
    this.periodMonths = period.months();
    this.number = number.strip();
    this.invoicedOn = invoicedOn;
    this.amount = amount.amount();
    this.currency = amount.currency().getCurrencyCode();
    this.source = source;
    this.recordedBy = recordedBy;
    this.recordedAt = recordedAt;
  }

  /** The parts of an invoice a refusal names, numbered as an invoices file's columns. */
  public enum Field {
    PERIOD("period"),
    NUMBER("number"),
    INVOICED_ON("invoicedOn"),
    AMOUNT("amount");

    private final String property;

    Field(String property) {
      this.property = property;
    }

    /** The field's name in the API. */
    public String property() {
      return property;
    }

    /** The field's column, from 1: contract, period, number, date, amount less the contract. */
    public int column() {
      return ordinal() + 1;
    }

    /** The field a code of {@link Invoice#refuses} is about. */
    public static Field of(String code) {
      if (code.startsWith("invoice-number")) {
        return NUMBER;
      }
      return code.startsWith("invoice-date") ? INVOICED_ON : AMOUNT;
    }
  }

  /**
   * Why an invoice cannot be recorded, as a code naming its field, or empty when it can: a number
   * of plain text, a date not after today nor before the period began, and an amount the ledger's
   * columns hold, in cents.
   */
  public static Optional<String> refuses(
      Period period, String number, LocalDate invoicedOn, BigDecimal amount, LocalDate today) {
    if (number == null || number.isBlank()) {
      return Optional.of("invoice-number-missing");
    }
    if (number.strip().length() > NUMBER_LENGTH
        || number.chars().anyMatch(Character::isISOControl)) {
      return Optional.of("invoice-number-invalid");
    }
    if (invoicedOn == null) {
      return Optional.of("invoice-date-missing");
    }
    if (invoicedOn.isAfter(today) || invoicedOn.isBefore(period.firstDay())) {
      return Optional.of("invoice-date-implausible");
    }
    if (amount == null) {
      return Optional.of("invoice-amount-missing");
    }
    if (amount.signum() < 0
        || amount.compareTo(BigDecimal.TEN.pow(15)) >= 0
        || amount.stripTrailingZeros().scale() > 2) {
      return Optional.of("invoice-amount-invalid");
    }
    return Optional.empty();
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

  public String number() {
    return number;
  }

  public LocalDate invoicedOn() {
    return invoicedOn;
  }

  public Money amount() {
    return new Money(amount, Currency.getInstance(currency));
  }

  public ResultSource source() {
    return source;
  }

  public String recordedBy() {
    return recordedBy;
  }

  public Instant recordedAt() {
    return recordedAt;
  }

  /** The invoice less what was settled for its period. */
  public Money variance(Money settled) {
    return amount().minus(settled);
  }

  /**
   * The variance in per cent of what was settled, to two decimals as the tolerance has them; none
   * when nothing was settled, where any amount invoiced is off by more than any per cent.
   */
  public Optional<BigDecimal> variancePercent(Money settled) {
    if (settled.amount().signum() == 0) {
      return Optional.empty();
    }
    return Optional.of(
        variance(settled)
            .amount()
            .multiply(HUNDRED)
            .divide(settled.amount().abs(), 2, RoundingMode.HALF_UP));
  }

  /**
   * Accepts the variance of a flagged invoice, with a note saying why: it is then no longer among
   * the invoices to check. Someone other than whoever recorded the invoice accepts it.
   *
   * @throws RuleViolation {@code invoice.within-tolerance} for an invoice not flagged, {@code
   *     invoice.accepted-already}, {@code invoice.four-eyes} for whoever recorded it, and {@code
   *     invoice.acceptance-note} for a note missing, longer than a reason is kept or not plain text
   */
  public void accept(
      String note, Money settled, BigDecimal tolerancePercent, String by, Instant at) {
    if (!exceeds(settled, tolerancePercent)) {
      throw new RuleViolation(
          "invoice.within-tolerance",
          "Invoice " + number + " is within the tolerance: there is nothing to accept",
          List.of(number));
    }
    if (acceptedBy != null) {
      throw new RuleViolation(
          "invoice.accepted-already",
          "Invoice " + number + " was accepted by " + acceptedBy,
          List.of(number, acceptedBy));
    }
    if (by.equals(recordedBy)) {
      throw new RuleViolation(
          "invoice.four-eyes",
          by + " recorded invoice " + number + " and cannot also accept its variance",
          List.of(number));
    }
    if (LedgerRules.refusesRequiredReason(note).isPresent()) {
      throw new RuleViolation(
          "invoice.acceptance-note",
          "Accepting a variance takes a note of plain text, at most "
              + LedgerRules.REASON_LENGTH
              + " characters",
          List.of(String.valueOf(LedgerRules.REASON_LENGTH)));
    }
    this.acceptanceNote = note.strip();
    this.acceptedBy = by;
    this.acceptedAt = at;
  }

  /** Who accepted the variance, when and why; empty while nobody has. */
  public Optional<Acceptance> acceptance() {
    return acceptedBy == null
        ? Optional.empty()
        : Optional.of(new Acceptance(acceptedBy, acceptedAt, acceptanceNote));
  }

  /** Who accepted an invoice's variance, when, and why. */
  @Schema(name = "InvoiceAcceptance")
  public record Acceptance(String by, Instant at, String note) implements Serializable {}

  public long version() {
    return version;
  }

  /** Whether the invoice differs from what was settled by more than the tolerance allows. */
  public boolean exceeds(Money settled, BigDecimal tolerancePercent) {
    BigDecimal allowed = settled.amount().abs().multiply(tolerancePercent).divide(HUNDRED);
    return variance(settled).amount().abs().compareTo(allowed) > 0;
  }
}
