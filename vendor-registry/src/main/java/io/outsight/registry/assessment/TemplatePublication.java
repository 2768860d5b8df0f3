package io.outsight.registry.assessment;

import io.outsight.core.assessment.AssessmentRepository;
import io.outsight.core.assessment.PublishedTemplate;
import io.outsight.extension.api.questionnaire.QuestionnaireProvider;
import io.outsight.extension.api.questionnaire.QuestionnaireTemplate;
import io.outsight.registry.calendar.PortalClock;
import io.outsight.registry.schema.StartupLock;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Comparator;
import java.util.logging.Logger;

/**
 * Publishes the template versions the installed questionnaire providers offer, once each. A version
 * already published with other content is not overwritten: assessments answered against it must
 * keep scoring the same, so the change has to come as a new version. In a cluster, one instance
 * publishes and the others find the versions published ({@link StartupLock}).
 */
@Singleton
@Startup
@DependsOn("SchemaMigrations")
public class TemplatePublication {

  private static final Logger LOG = Logger.getLogger(TemplatePublication.class.getName());

  @Inject @Any private Instance<QuestionnaireProvider> providers;

  @Inject private AssessmentRepository repository;

  @PersistenceContext(unitName = "outsight")
  private EntityManager em;

  @Inject private PortalClock clock;

  @PostConstruct
  void publishNewVersions() {
    StartupLock.hold(em);
    // In a stable order, so that when two providers offer the same version, the same one wins every
    // time.
    for (QuestionnaireProvider provider :
        providers.stream().sorted(Comparator.comparing(QuestionnaireProvider::id)).toList()) {
      for (QuestionnaireTemplate template : provider.templates()) {
        repository
            .published(template.id(), template.version())
            .ifPresentOrElse(
                published -> {
                  if (published.differsFrom(template)) {
                    LOG.severe(
                        () ->
                            "Template "
                                + template.id()
                                + " v"
                                + template.version()
                                + " from "
                                + provider.id()
                                + " differs from the version published on "
                                + published.publishedAt()
                                + "; the published version stays in use. Publish the change as a new version.");
                  }
                },
                () -> {
                  repository.publish(new PublishedTemplate(template, provider.id(), clock.now()));
                  LOG.info(
                      () ->
                          "Published template "
                              + template.id()
                              + " v"
                              + template.version()
                              + " from "
                              + provider.id());
                });
      }
    }
  }
}
