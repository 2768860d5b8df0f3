package io.outsight.registry.assessment;

import io.outsight.core.assessment.Assessment;
import io.outsight.core.assessment.AssessmentKind;
import io.outsight.core.assessment.AssessmentRepository;
import io.outsight.core.assessment.AssessmentStatus;
import io.outsight.core.assessment.PublishedTemplate;
import io.outsight.core.rules.RuleViolation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** Assessments and published templates in JPA; joins the caller's transaction. */
@ApplicationScoped
public class JpaAssessmentRepository implements AssessmentRepository {

  @PersistenceContext(unitName = "outsight")
  private EntityManager em;

  @Override
  public void add(Assessment assessment) {
    em.persist(assessment);
    em.flush();
  }

  @Override
  public void saveChanges(Assessment assessment) {
    try {
      em.flush();
    } catch (OptimisticLockException concurrent) {
      // the version was checked as the assessment was read; this is someone saving in between
      throw new RuleViolation(
          "assessment.changed-meanwhile",
          "Someone else saved this assessment meanwhile: reload it",
          List.of(String.valueOf(assessment.version())));
    }
  }

  @Override
  public Optional<Assessment> find(long id) {
    return Optional.ofNullable(em.find(Assessment.class, id));
  }

  @Override
  public Optional<Assessment> openDueDiligence(long vendorId) {
    return em.createQuery(
            "select a from Assessment a where a.vendorId = :vendor and a.kind = :kind and a.status in :open",
            Assessment.class)
        .setParameter("vendor", vendorId)
        .setParameter("kind", AssessmentKind.VENDOR_DUE_DILIGENCE)
        .setParameter(
            "open",
            List.of(AssessmentStatus.DRAFT, AssessmentStatus.SUBMITTED, AssessmentStatus.RETURNED))
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<Assessment> ofVendor(long vendorId) {
    return em.createQuery(
            "select a from Assessment a where a.vendorId = :vendor order by a.startedAt desc",
            Assessment.class)
        .setParameter("vendor", vendorId)
        .getResultList();
  }

  @Override
  public List<Assessment> ofKind(AssessmentKind kind) {
    return em.createQuery(
            "select a from Assessment a where a.kind = :kind order by a.startedAt desc",
            Assessment.class)
        .setParameter("kind", kind)
        .getResultList();
  }

  @Override
  public void publish(PublishedTemplate template) {
    em.persist(template);
  }

  @Override
  public Optional<PublishedTemplate> published(String templateId, int version) {
    return Optional.ofNullable(
        em.find(PublishedTemplate.class, new PublishedTemplate.Key(templateId, version)));
  }

  @Override
  public List<PublishedTemplate> published() {
    return em.createQuery(
            "select t from PublishedTemplate t order by t.id, t.version", PublishedTemplate.class)
        .getResultList();
  }
}
