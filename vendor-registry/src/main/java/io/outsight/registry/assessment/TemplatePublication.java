package io.outsight.registry.assessment;

import io.outsight.core.assessment.AssessmentRepository;
import io.outsight.core.assessment.PublishedTemplate;
import io.outsight.extension.api.questionnaire.QuestionnaireProvider;
import io.outsight.extension.api.questionnaire.QuestionnaireTemplate;
import io.outsight.registry.calendar.PortalClock;
import io.outsight.registry.extension.ExtensionRegistry;
import io.outsight.registry.schema.StartupLock;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

  @Inject private ExtensionRegistry extensions;

  @Inject private AssessmentRepository repository;

  @PersistenceContext(unitName = "outsight")
  private EntityManager em;

  @Inject private PortalClock clock;

  @PostConstruct
  void publishNewVersions() {
    StartupLock.hold(em);
    // In a stable order, so that when two providers offer the same version, the same one wins every
    // time.
    Map<String, String> owners = new HashMap<>();
    for (PublishedTemplate published : repository.published()) {
      if (!published.provider().startsWith(PublishedTemplate.AUTHORED_IN_PORTAL)) {
        owners.putIfAbsent(published.id(), published.provider());
      }
    }
    // the suite's own providers first (ExtensionRegistry.loaded), so that they own their ids
    for (QuestionnaireProvider provider : extensions.loaded(QuestionnaireProvider.class)) {
      List<QuestionnaireTemplate> templates;
      try {
        templates = provider.templates();
      } catch (RuntimeException failed) {
        // a dropped-in provider that fails publishes nothing; the portal starts without it
        LOG.severe(failed::getMessage);
        continue;
      }
      for (QuestionnaireTemplate template : templates) {
        String owner = owners.putIfAbsent(template.id(), provider.id());
        if (owner != null && !owner.equals(provider.id()) && extensions.isDroppedIn(provider)) {
          // a jar dropped in adds questionnaires of its own; it does not version the suite's
          LOG.severe(
              () ->
                  "Template "
                      + template.id()
                      + " from "
                      + provider.id()
                      + " is not published: the questionnaire belongs to "
                      + owner);
          continue;
        }
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
