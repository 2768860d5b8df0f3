package io.outsight.core.settlement;

import io.outsight.core.ledger.ResultSource;
import io.outsight.core.metric.Period;
import io.outsight.core.money.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Currency;
import java.util.Optional;

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

  /** Whether the invoice differs from what was settled by more than the tolerance allows. */
  public boolean exceeds(Money settled, BigDecimal tolerancePercent) {
    BigDecimal allowed = settled.amount().abs().multiply(tolerancePercent).divide(HUNDRED);
    return variance(settled).amount().abs().compareTo(allowed) > 0;
  }
}
