package io.outsight.core.contract;

import io.outsight.core.contract.ReportingSchedule.Cadence;
import io.outsight.core.rules.Amount;
import io.outsight.core.rules.PlainText;
import io.outsight.extension.api.metric.ReportedMetric;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A contract's terms as procurement writes them down: the form behind drafting and amending a
 * contract, and the state the audit trail records before and after a change. The contract itself
 * checks that the terms hang together.
 */
public class TermSheet implements Serializable {

  private static final long serialVersionUID = 1L;

  /**
   * One band of the graduated payout: from the {@code from}-th unit on, {@code rate} per unit or
   * per cent.
   */
  public static class Band implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotNull(message = "{outsight.field.required}")
    @Amount
    private BigDecimal from;

    @NotNull(message = "{outsight.field.required}")
    @Amount
    private BigDecimal rate;

    public Band() {}

    public Band(BigDecimal from, BigDecimal rate) {
      this.from = from;
      this.rate = rate;
    }

    public BigDecimal getFrom() {
      return from;
    }

    public void setFrom(BigDecimal from) {
      this.from = from;
    }

    public BigDecimal getRate() {
      return rate;
    }

    public void setRate(BigDecimal rate) {
      this.rate = rate;
    }
  }

  @NotBlank(message = "{outsight.field.required}")
  @Size(max = 40, message = "{outsight.field.tooLong}")
  @Pattern(regexp = "[\\p{L}\\p{N}][\\p{L}\\p{N}._/-]*", message = "{outsight.contract.reference}")
  private String reference;

  @NotNull(message = "{outsight.field.required}")
  private ContractScope scope = ContractScope.LEAD_GENERATION;

  @Size(max = 200, message = "{outsight.field.tooLong}")
  @PlainText
  private String scopeDetail;

  @NotNull(message = "{outsight.field.required}")
  @Schema(example = "2027-01-01")
  private LocalDate start;

  @NotNull(message = "{outsight.field.required}")
  @Schema(example = "2028-12-31")
  private LocalDate end;

  private boolean evergreen;

  @Min(value = 1, message = "{outsight.field.min}")
  @Max(value = 120, message = "{outsight.field.max}")
  private int renewalMonths = 12;

  @Min(value = 0, message = "{outsight.field.min}")
  @Max(value = 36, message = "{outsight.field.max}")
  private int noticeMonths = 3;

  @NotNull(message = "{outsight.field.required}")
  @Pattern(regexp = "[A-Z]{3}", message = "{outsight.field.currency}")
  private String currency = "EUR";

  @NotBlank(message = "{outsight.field.required}")
  private String compensationModel;

  private ReportedMetric paidMetric;

  @Valid private List<Band> tiers = new ArrayList<>();

  @Amount private BigDecimal retainer;

  @Amount private BigDecimal bonus;

  @Amount private BigDecimal bonusTarget;

  @Amount private BigDecimal floor;

  @Amount private BigDecimal cap;

  @Size(max = 2000, message = "{outsight.field.tooLong}")
  @PlainText(lines = true)
  private String qualificationDefinition;

  /**
   * The values of what the compensation model asks besides the common terms, by the key it
   * declares; checked against its declaration when the terms are applied.
   */
  private Map<String, BigDecimal> compensationParameters = new TreeMap<>();

  @Min(value = 0, message = "{outsight.field.min}")
  @Max(value = 365, message = "{outsight.field.max}")
  private int disputeWindowDays = 30;

  /** How far the vendor's invoice may differ from the settled payout, in per cent, unflagged. */
  @NotNull(message = "{outsight.field.required}")
  @DecimalMin(value = "0", message = "{outsight.field.min}")
  @DecimalMax(value = "100", message = "{outsight.field.max}")
  @Digits(integer = 3, fraction = 2, message = "{outsight.field.digits}")
  private BigDecimal invoiceTolerancePercent = new BigDecimal("0.5");

  @Amount private BigDecimal setupFee;

  /**
   * What the same work would cost in-house per month, as the cost model puts it: the report's
   * comparison.
   */
  @Amount private BigDecimal inHouseMonthlyCost;

  /**
   * The saved cost scenario revision the in-house alternative is taken from, when one is linked:
   * then it, not {@link #inHouseMonthlyCost}, says what in-house would cost.
   */
  private Long costScenarioRevisionId;

  @Valid private List<KpiTarget> kpis = new ArrayList<>();

  @NotNull(message = "{outsight.field.required}")
  private Cadence cadence = Cadence.MONTHLY;

  @Min(value = 1, message = "{outsight.field.min}")
  @Max(value = 31, message = "{outsight.field.max}")
  private int dueDay = 10;

  @Valid
  @NotNull(message = "{outsight.field.required}")
  private ContractClauses clauses = new ContractClauses();

  private boolean exitPlan;

  @Size(max = 2000, message = "{outsight.field.tooLong}")
  @PlainText(lines = true)
  private String exitPlanNote;

  /** When the exit plan was last reviewed: a dependency on the vendor needs it within a year. */
  @PastOrPresent(message = "{outsight.field.past}")
  @Schema(example = "2026-11-15")
  private LocalDate exitPlanReviewedOn;

  /**
   * The sales channel or segment of our business the contract sells in, as our own results name it;
   * none for the whole business. A vendor's share is taken of the channel's whole outcome.
   */
  @Size(max = 100, message = "{outsight.field.tooLong}")
  @PlainText
  private String channel;

  public String getReference() {
    return reference;
  }

  public void setReference(String reference) {
    this.reference = reference;
  }

  public ContractScope getScope() {
    return scope;
  }

  public void setScope(ContractScope scope) {
    this.scope = scope;
  }

  public String getScopeDetail() {
    return scopeDetail;
  }

  public void setScopeDetail(String scopeDetail) {
    this.scopeDetail = scopeDetail;
  }

  public LocalDate getStart() {
    return start;
  }

  public void setStart(LocalDate start) {
    this.start = start;
  }

  public LocalDate getEnd() {
    return end;
  }

  public void setEnd(LocalDate end) {
    this.end = end;
  }

  public boolean isEvergreen() {
    return evergreen;
  }

  public void setEvergreen(boolean evergreen) {
    this.evergreen = evergreen;
  }

  public int getRenewalMonths() {
    return renewalMonths;
  }

  public void setRenewalMonths(int renewalMonths) {
    this.renewalMonths = renewalMonths;
  }

  public int getNoticeMonths() {
    return noticeMonths;
  }

  public void setNoticeMonths(int noticeMonths) {
    this.noticeMonths = noticeMonths;
  }

  public String getCurrency() {
    return currency;
  }

  public void setCurrency(String currency) {
    this.currency = currency;
  }

  public String getCompensationModel() {
    return compensationModel;
  }

  public void setCompensationModel(String compensationModel) {
    this.compensationModel = compensationModel;
  }

  public ReportedMetric getPaidMetric() {
    return paidMetric;
  }

  public void setPaidMetric(ReportedMetric paidMetric) {
    this.paidMetric = paidMetric;
  }

  public List<Band> getTiers() {
    return tiers;
  }

  public void setTiers(List<Band> tiers) {
    this.tiers = tiers;
  }

  public BigDecimal getRetainer() {
    return retainer;
  }

  public void setRetainer(BigDecimal retainer) {
    this.retainer = retainer;
  }

  public BigDecimal getBonus() {
    return bonus;
  }

  public void setBonus(BigDecimal bonus) {
    this.bonus = bonus;
  }

  public BigDecimal getBonusTarget() {
    return bonusTarget;
  }

  public void setBonusTarget(BigDecimal bonusTarget) {
    this.bonusTarget = bonusTarget;
  }

  public BigDecimal getFloor() {
    return floor;
  }

  public void setFloor(BigDecimal floor) {
    this.floor = floor;
  }

  public BigDecimal getCap() {
    return cap;
  }

  public void setCap(BigDecimal cap) {
    this.cap = cap;
  }

  public String getQualificationDefinition() {
    return qualificationDefinition;
  }

  public void setQualificationDefinition(String qualificationDefinition) {
    this.qualificationDefinition = qualificationDefinition;
  }

  public Map<String, BigDecimal> getCompensationParameters() {
    return compensationParameters;
  }

  public void setCompensationParameters(Map<String, BigDecimal> compensationParameters) {
    this.compensationParameters =
        compensationParameters == null ? new TreeMap<>() : new TreeMap<>(compensationParameters);
  }

  public BigDecimal getInvoiceTolerancePercent() {
    return invoiceTolerancePercent;
  }

  public void setInvoiceTolerancePercent(BigDecimal invoiceTolerancePercent) {
    this.invoiceTolerancePercent = invoiceTolerancePercent;
  }

  public int getDisputeWindowDays() {
    return disputeWindowDays;
  }

  public void setDisputeWindowDays(int disputeWindowDays) {
    this.disputeWindowDays = disputeWindowDays;
  }

  public BigDecimal getSetupFee() {
    return setupFee;
  }

  public void setSetupFee(BigDecimal setupFee) {
    this.setupFee = setupFee;
  }

  public BigDecimal getInHouseMonthlyCost() {
    return inHouseMonthlyCost;
  }

  public void setInHouseMonthlyCost(BigDecimal inHouseMonthlyCost) {
    this.inHouseMonthlyCost = inHouseMonthlyCost;
  }

  public Long getCostScenarioRevisionId() {
    return costScenarioRevisionId;
  }

  public void setCostScenarioRevisionId(Long costScenarioRevisionId) {
    this.costScenarioRevisionId = costScenarioRevisionId;
  }

  public List<KpiTarget> getKpis() {
    return kpis;
  }

  public void setKpis(List<KpiTarget> kpis) {
    this.kpis = kpis;
  }

  public Cadence getCadence() {
    return cadence;
  }

  public void setCadence(Cadence cadence) {
    this.cadence = cadence;
  }

  public int getDueDay() {
    return dueDay;
  }

  public void setDueDay(int dueDay) {
    this.dueDay = dueDay;
  }

  public ContractClauses getClauses() {
    return clauses;
  }

  public void setClauses(ContractClauses clauses) {
    this.clauses = clauses;
  }

  public boolean isExitPlan() {
    return exitPlan;
  }

  public void setExitPlan(boolean exitPlan) {
    this.exitPlan = exitPlan;
  }

  public String getExitPlanNote() {
    return exitPlanNote;
  }

  public void setExitPlanNote(String exitPlanNote) {
    this.exitPlanNote = exitPlanNote;
  }

  public LocalDate getExitPlanReviewedOn() {
    return exitPlanReviewedOn;
  }

  public void setExitPlanReviewedOn(LocalDate exitPlanReviewedOn) {
    this.exitPlanReviewedOn = exitPlanReviewedOn;
  }

  public String getChannel() {
    return channel;
  }

  public void setChannel(String channel) {
    this.channel = channel;
  }
}
