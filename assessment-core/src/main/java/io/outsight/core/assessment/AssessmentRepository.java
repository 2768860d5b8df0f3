package io.outsight.core.assessment;

import java.util.List;
import java.util.Optional;

/** Assessments, and the template versions published for them. */
public interface AssessmentRepository {

  void add(Assessment assessment);

  /**
   * Writes the assessment's changes now, so that its version tells what a later edit must have
   * seen.
   */
  void saveChanges(Assessment assessment);

  Optional<Assessment> find(long id);

  /** A vendor's due diligence that is not decided yet, if there is one. */
  Optional<Assessment> openDueDiligence(long vendorId);

  List<Assessment> ofVendor(long vendorId);

  List<Assessment> ofKind(AssessmentKind kind);

  void publish(PublishedTemplate template);

  Optional<PublishedTemplate> published(String templateId, int version);

  List<PublishedTemplate> published();
}
