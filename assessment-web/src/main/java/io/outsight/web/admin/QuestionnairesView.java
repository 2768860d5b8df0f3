package io.outsight.web.admin;

import io.outsight.core.access.Roles;
import io.outsight.core.assessment.PublishedTemplate;
import io.outsight.core.assessment.TemplateDiff;
import io.outsight.extension.api.LocalizedText;
import io.outsight.registry.assessment.QuestionnaireDrafts;
import io.outsight.registry.assessment.QuestionnaireTemplates;
import io.outsight.registry.rules.Refused;
import io.outsight.web.i18n.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

/**
 * The questionnaires and every version published of them, and what changed between two versions
 * (roles: ADMIN, AUDITOR). Administrators also write the next version of each.
 */
@Named
@ViewScoped
public class QuestionnairesView implements Serializable {

  private static final long serialVersionUID = 1L;

  /** A published version as listed; a version's content is read when two are compared. */
  public record Version(
      String id, int version, LocalizedText title, String provider, Instant publishedAt)
      implements Serializable {}

  /** A questionnaire: its newest version, and whether its next one is being written. */
  public record Questionnaire(String id, String title, int newest, boolean drafted)
      implements Serializable {}

  @EJB private QuestionnaireTemplates templates;

  @EJB private QuestionnaireDrafts drafts;

  private List<Version> versions;
  private List<Questionnaire> questionnaires;

  private String compared;
  private Integer from;
  private Integer to;
  private TemplateDiff diff;

  @PostConstruct
  void load() {
    versions =
        templates.published().stream()
            .sorted(
                Comparator.comparing(PublishedTemplate::id)
                    .thenComparing(PublishedTemplate::version, Comparator.reverseOrder()))
            .map(
                published ->
                    new Version(
                        published.id(),
                        published.version(),
                        published.template().title(),
                        published.provider(),
                        published.publishedAt()))
            .toList();
    FacesContext faces = FacesContext.getCurrentInstance();
    boolean administers = faces.getExternalContext().isUserInRole(Roles.ADMIN);
    Locale language = faces.getViewRoot().getLocale();
    questionnaires =
        versions.stream()
            .map(Version::id)
            .distinct()
            .map(
                id -> {
                  Version newest =
                      versions.stream()
                          .filter(version -> version.id().equals(id))
                          .findFirst()
                          .orElseThrow();
                  return new Questionnaire(
                      id,
                      newest.title().in(language),
                      newest.version(),
                      administers && drafts.draft(id).isPresent());
                })
            .toList();
    if (compared == null && !questionnaires.isEmpty()) {
      choose(questionnaires.get(0).id());
    }
  }

  /** Opens the draft of the next version, starting it when there is none. */
  public String writeNextVersion(Questionnaire questionnaire) {
    if (!questionnaire.drafted()) {
      try {
        drafts.start(questionnaire.id());
      } catch (Refused refused) {
        FacesContext.getCurrentInstance()
            .addMessage(
                null, Messages.error("rule." + refused.rule(), refused.details().toArray()));
        return null;
      }
    }
    return "/admin/questionnaire-draft?faces-redirect=true&questionnaire=" + questionnaire.id();
  }

  public void choose() {
    choose(compared);
  }

  private void choose(String id) {
    compared = id;
    int newest = newest(id);
    to = newest;
    from = Math.max(1, newest - 1);
    diff = null;
  }

  public void compare() {
    try {
      diff = templates.diff(compared, from, to);
    } catch (Refused refused) {
      FacesContext.getCurrentInstance()
          .addMessage(null, Messages.error("rule." + refused.rule(), refused.details().toArray()));
    }
  }

  private int newest(String id) {
    return versions.stream()
        .filter(version -> version.id().equals(id))
        .mapToInt(Version::version)
        .max()
        .orElse(1);
  }

  public List<Integer> getComparable() {
    return compared == null
        ? List.of()
        : IntStream.rangeClosed(1, newest(compared)).boxed().toList();
  }

  public List<Version> getVersions() {
    return versions;
  }

  public List<Questionnaire> getQuestionnaires() {
    return questionnaires;
  }

  public String getCompared() {
    return compared;
  }

  public void setCompared(String compared) {
    this.compared = compared;
  }

  public Integer getFrom() {
    return from;
  }

  public void setFrom(Integer from) {
    this.from = from;
  }

  public Integer getTo() {
    return to;
  }

  public void setTo(Integer to) {
    this.to = to;
  }

  public TemplateDiff getDiff() {
    return diff;
  }
}
