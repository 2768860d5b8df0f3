package io.outsight.core.assessment;

import io.outsight.extension.api.questionnaire.QuestionnaireTemplate;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * A template version as it was published: its JSON snapshot and fingerprint, and the extension that
 * contributed it. Assessments are scored against this snapshot, never against whatever the
 * extension offers today.
 */
@Entity
@Table(name = "questionnaire_template")
@IdClass(PublishedTemplate.Key.class)
public class PublishedTemplate {

  @Id private String id;

  @Id private int version;

  private String title;

  private String snapshot;

  private String fingerprint;

  /** What a version written by an administrator in the portal names as its provider. */
  public static final String AUTHORED_IN_PORTAL = "portal:";

  private String provider;

  @Column(name = "published_at")
  private Instant publishedAt;

  protected PublishedTemplate() {}

  public PublishedTemplate(QuestionnaireTemplate template, String provider, Instant publishedAt) {
    this.id = template.id();
    this.version = template.version();
    this.title = template.title().en();
    this.snapshot = TemplateJson.write(template);
    this.fingerprint = TemplateJson.fingerprint(template);
    this.provider = provider;
    this.publishedAt = publishedAt;
  }

  public QuestionnaireTemplate template() {
    return TemplateJson.read(snapshot);
  }

  /** Whether an extension now offers this version with other content than was published. */
  public boolean differsFrom(QuestionnaireTemplate offered) {
    return !fingerprint.equals(TemplateJson.fingerprint(offered));
  }

  public String id() {
    return id;
  }

  public int version() {
    return version;
  }

  public String fingerprint() {
    return fingerprint;
  }

  public String provider() {
    return provider;
  }

  public Instant publishedAt() {
    return publishedAt;
  }

  /** Template id and version together. */
  public static class Key implements Serializable {
    private String id;
    private int version;

    public Key() {}

    public Key(String id, int version) {
      this.id = id;
      this.version = version;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Key that && id.equals(that.id) && version == that.version;
    }

    @Override
    public int hashCode() {
      return Objects.hash(id, version);
    }
  }
}
