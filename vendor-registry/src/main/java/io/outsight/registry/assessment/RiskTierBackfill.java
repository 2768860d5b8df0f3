package io.outsight.registry.assessment;

import io.outsight.core.assessment.Assessment;
import io.outsight.core.assessment.AssessmentKind;
import io.outsight.core.assessment.AssessmentRepository;
import io.outsight.core.assessment.AssessmentStatus;
import io.outsight.core.assessment.PublishedTemplate;
import io.outsight.core.vendor.Vendor;
import io.outsight.core.vendor.VendorDetails;
import io.outsight.registry.audit.AuditRecorder;
import io.outsight.registry.schema.StartupLock;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Keeps on each vendor approved before the portal kept risk tiers (migration V20) the tier its
 * latest approving due diligence found, so that its page says how risky it is. The date of its next
 * assessment stands as that decision set it; the next decision sets it by the tier. After the first
 * start there is nothing left to do.
 */
@Singleton
@Startup
@DependsOn("TemplatePublication")
public class RiskTierBackfill {

  private static final Logger LOG = Logger.getLogger(RiskTierBackfill.class.getName());

  @PersistenceContext(unitName = "outsight")
  private EntityManager em;

  @Inject private AssessmentRepository repository;

  @Inject private AuditRecorder audit;

  @PostConstruct
  void atStart() {
    recordTiers();
  }

  /**
   * @return how many vendors' tiers were recorded now
   */
  public int recordTiers() {
    StartupLock.hold(em);
    Map<Long, Assessment> latest = new LinkedHashMap<>();
    em.createQuery(
            "select a from Assessment a where a.kind = :kind and a.status in :approving"
                + " and a.vendorId in (select v.id from Vendor v where v.riskTier is null)"
                + " order by a.reviewedAt",
            Assessment.class)
        .setParameter("kind", AssessmentKind.VENDOR_DUE_DILIGENCE)
        .setParameter(
            "approving", Set.of(AssessmentStatus.APPROVED, AssessmentStatus.CONDITIONALLY_APPROVED))
        .getResultStream()
        .forEach(assessment -> latest.put(assessment.vendorId().orElseThrow(), assessment));
    latest.forEach(
        (vendorId, assessment) -> {
          Vendor vendor = em.find(Vendor.class, vendorId);
          VendorDetails before = VendorDetails.of(vendor);
          vendor.riskTierRecorded(
              assessment
                  .scoreCard(
                      repository
                          .published(assessment.templateId(), assessment.templateVersion())
                          .map(PublishedTemplate::template)
                          .orElseThrow())
                  .riskTier());
          em.flush();
          audit.record(
              AuditRecorder.PORTAL,
              "Vendor",
              vendorId,
              "RISK_TIER_RECORDED",
              before,
              VendorDetails.of(vendor));
        });
    if (!latest.isEmpty()) {
      LOG.info(
          () ->
              "Recorded the risk tier of "
                  + latest.size()
                  + " vendors approved before risk tiers were kept");
    }
    return latest.size();
  }
}
