package io.outsight.registry;

import io.outsight.core.compensation.PerLead;
import io.outsight.core.contract.ContractScope;
import io.outsight.core.contract.KpiTarget;
import io.outsight.core.contract.ReportingSchedule.Cadence;
import io.outsight.core.contract.TermSheet;
import io.outsight.core.vendor.ServiceOffering;
import io.outsight.core.vendor.VendorProfile;
import io.outsight.extension.api.report.KpiDirection;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/** The vendors and contracts the container tests make for themselves. */
public final class Records {

  /** The contact of every vendor made here. */
  public static final String CONTACT = "katrin.weber@example.com";

  /**
   * Business ids of their own, on a database kept from an earlier run too. Each test class deploys
   * its own archive and so starts this counter afresh: a block of a thousand a second keeps a class
   * that registers many vendors clear of the next one deployed seconds later.
   */
  private static final AtomicInteger NEXT =
      new AtomicInteger(500_000_000 + (int) (System.currentTimeMillis() / 1000 % 499_000) * 1000);

  private Records() {}

  /** A German vendor: its VAT number needs no check digit, so each test can make unique ones. */
  public static VendorProfile germanVendor(String name) {
    VendorProfile profile = new VendorProfile();
    profile.setName(name);
    profile.setCountry("DE");
    profile.setBusinessId("DE" + NEXT.incrementAndGet());
    profile.setContactName("Katrin Weber");
    profile.setContactEmail(CONTACT);
    profile.setServices(List.of(ServiceOffering.LEAD_GENERATION));
    return profile;
  }

  /** A monthly lead generation contract paid 40 a lead, with a target of 100 leads. */
  public static TermSheet leadGeneration(String reference, LocalDate start, LocalDate end) {
    TermSheet terms = new TermSheet();
    terms.setReference(reference);
    terms.setScope(ContractScope.LEAD_GENERATION);
    terms.setStart(start);
    terms.setEnd(end);
    terms.setCompensationModel(PerLead.ID);
    terms.setTiers(
        new ArrayList<>(List.of(new TermSheet.Band(BigDecimal.ZERO, new BigDecimal("40")))));
    terms.setKpis(
        new ArrayList<>(
            List.of(
                new KpiTarget(
                    "leads-created",
                    KpiDirection.HIGHER_IS_BETTER,
                    new BigDecimal("100"),
                    new BigDecimal("100"),
                    new BigDecimal("80")))));
    terms.setCadence(Cadence.MONTHLY);
    terms.setDueDay(10);
    return terms;
  }
}
