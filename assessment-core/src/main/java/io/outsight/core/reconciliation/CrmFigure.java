package io.outsight.core.reconciliation;

import io.outsight.extension.api.metric.Period;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;

/** What one CRM export counted for a contract's metric in a period. */
@Entity
@Table(name = "crm_figure")
public class CrmFigure {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "crm_figure_seq")
  @SequenceGenerator(name = "crm_figure_seq", sequenceName = "crm_figure_seq", allocationSize = 50)
  private Long id;

  @Column(name = "import_id")
  private long importId;

  @Column(name = "contract_id")
  private long contractId;

  private String metric;

  @Column(name = "period_start")
  private LocalDate periodStart;

  @Column(name = "period_months")
  private int periodMonths;

  private BigDecimal figure;

  protected CrmFigure() {}

  public CrmFigure(
      long importId, long contractId, String metric, Period period, BigDecimal figure) {
    this.importId = importId;
    this.contractId = contractId;
    this.metric = metric;
    this.periodStart = period.firstDay();
    this.periodMonths = period.months();
    this.figure = figure;
  }

  public long importId() {
    return importId;
  }

  public long contractId() {
    return contractId;
  }

  public String metric() {
    return metric;
  }

  public Period period() {
    return new Period(YearMonth.from(periodStart), periodMonths);
  }

  public BigDecimal figure() {
    return figure;
  }
}
