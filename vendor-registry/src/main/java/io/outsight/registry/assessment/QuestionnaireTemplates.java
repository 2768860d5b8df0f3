package io.outsight.registry.assessment;

import io.outsight.core.access.Roles;
import io.outsight.core.assessment.AssessmentRepository;
import io.outsight.core.assessment.PublishedTemplate;
import io.outsight.core.assessment.TemplateDiff;
import io.outsight.core.assessment.builtin.ReadinessAssessment;
import io.outsight.core.assessment.builtin.VendorDueDiligence;
import io.outsight.core.rules.RuleViolation;
import io.outsight.extension.api.questionnaire.QuestionnaireProvider;
import io.outsight.extension.api.questionnaire.QuestionnaireTemplate;
import io.outsight.registry.extension.ExtensionRegistry;
import io.outsight.registry.rules.RefuseRuleViolations;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** The published template versions: what assessments are answered against. */
@Stateless
@DeclareRoles({Roles.PROCUREMENT, Roles.AUDITOR, Roles.ADMIN})
@RolesAllowed({Roles.PROCUREMENT, Roles.AUDITOR, Roles.ADMIN})
@Interceptors(RefuseRuleViolations.class)
public class QuestionnaireTemplates {

  private static final Set<String> ASSESSMENTS_OF_THEIR_OWN =
      Set.of(VendorDueDiligence.ID, ReadinessAssessment.ID);

  @Inject private AssessmentRepository repository;

  @Inject private ExtensionRegistry extensions;

  @Inject private AssessmentRecords records;

  public List<PublishedTemplate> published() {
    return repository.published();
  }

  public QuestionnaireTemplate version(String templateId, int version) {
    return records.published(templateId, version);
  }

  /** The newest published version of a template: what a new assessment is answered against. */
  public QuestionnaireTemplate latest(String templateId) {
    return repository.published().stream()
        .filter(published -> published.id().equals(templateId))
        .max(Comparator.comparingInt(PublishedTemplate::version))
        .orElseThrow(
            () ->
                new RuleViolation(
                    "template.unknown",
                    "No template " + templateId + " is published",
                    List.of(templateId)))
        .template();
  }

  /**
   * The questionnaires a vendor can be checked against beside its due diligence, each in its newest
   * version: every published one but the due diligence's and the readiness assessment's own, while
   * the provider that first published it is installed (or it was written in the portal). Checks
   * answered against one whose jar is gone keep it.
   */
  public List<QuestionnaireTemplate> vendorChecks() {
    Set<String> installed =
        extensions.loaded(QuestionnaireProvider.class).stream()
            .map(QuestionnaireProvider::id)
            .collect(Collectors.toSet());
    Map<String, List<PublishedTemplate>> versions =
        repository.published().stream()
            .filter(published -> !ASSESSMENTS_OF_THEIR_OWN.contains(published.id()))
            .sorted(Comparator.comparingInt(PublishedTemplate::version))
            .collect(
                Collectors.groupingBy(PublishedTemplate::id, TreeMap::new, Collectors.toList()));
    return versions.values().stream()
        .filter(
            published -> {
              String firstProvider = published.get(0).provider();
              return installed.contains(firstProvider)
                  || firstProvider.startsWith(PublishedTemplate.AUTHORED_IN_PORTAL);
            })
        .map(published -> published.get(published.size() - 1).template())
        .toList();
  }

  /** What changed from one published version of a questionnaire to another. */
  public TemplateDiff diff(String templateId, int from, int to) {
    return TemplateDiff.between(version(templateId, from), version(templateId, to));
  }
}
