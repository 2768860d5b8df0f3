package io.outsight.core.contract;

import io.outsight.core.compensation.PerLead;
import io.outsight.core.contract.ReportingSchedule.Cadence;
import io.outsight.extension.api.report.KpiDirection;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Term sheets and contracts for the tests: a monthly lead generation contract paid per lead. */
public final class TermSheets {

  private TermSheets() {}

  public static TermSheet leadGeneration(String reference) {
    TermSheet sheet = new TermSheet();
    sheet.setReference(reference);
    sheet.setScope(ContractScope.LEAD_GENERATION);
    sheet.setStart(LocalDate.of(2026, 1, 1));
    sheet.setEnd(LocalDate.of(2026, 12, 31));
    sheet.setCompensationModel(PerLead.ID);
    sheet.setTiers(
        new ArrayList<>(List.of(new TermSheet.Band(BigDecimal.ZERO, new BigDecimal("40")))));
    sheet.setKpis(
        new ArrayList<>(
            List.of(
                new KpiTarget(
                    "leads-created",
                    KpiDirection.HIGHER_IS_BETTER,
                    new BigDecimal("100"),
                    new BigDecimal("100"),
                    new BigDecimal("80")))));
    sheet.setCadence(Cadence.MONTHLY);
    sheet.setDueDay(10);
    return sheet;
  }

  public static Contract active(String reference) {
    Contract contract =
        Contract.draft(
            7L, leadGeneration(reference), "procurement", Instant.parse("2026-01-01T08:00:00Z"));
    contract.moveTo(ContractStatus.ACTIVE, null, LocalDate.now());
    return contract;
  }
}
