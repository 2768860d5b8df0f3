package io.outsight.core.link;

import io.outsight.core.rules.RuleViolation;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A personal link procurement sends a vendor's contact: a long random token, shown once and kept
 * only as its SHA-256 hash, that lets its holder do one thing (upload the results of one contract,
 * or answer one due-diligence questionnaire) until it expires or is revoked. A token that is not
 * the shape the portal makes is refused before anything is looked up.
 */
@Entity
@Table(name = "vendor_link")
public class VendorLink {

  /** What a link lets its holder do. */
  public enum Purpose {
    /** Upload the periodic results file of one contract. */
    RESULTS,
    /** Answer one due diligence (or check) of the vendor: drafts, then a submission. */
    QUESTIONNAIRE
  }

  /** A link just issued, with its token: the only time the token exists outside the holder. */
  public record Issued(VendorLink link, String token) {}

  private static final SecureRandom RANDOM = new SecureRandom();

  /** 32 random bytes, Base64 without padding for an address: 43 characters. */
  private static final int TOKEN_BYTES = 32;

  private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "vendor_link_seq")
  @SequenceGenerator(
      name = "vendor_link_seq",
      sequenceName = "vendor_link_seq",
      allocationSize = 50)
  private Long id;

  @Version private long version;

  @Enumerated(EnumType.STRING)
  private Purpose purpose;

  @Column(name = "token_hash")
  private String tokenHash;

  @Column(name = "vendor_id")
  private long vendorId;

  @Column(name = "contract_id")
  private Long contractId;

  @Column(name = "assessment_id")
  private Long assessmentId;

  @Column(name = "contact_name")
  private String contactName;

  @Column(name = "contact_email")
  private String contactEmail;

  /** The language of the link's pages and mail. */
  private String language;

  @Column(name = "issued_by")
  private String issuedBy;

  @Column(name = "issued_at")
  private Instant issuedAt;

  @Column(name = "expires_at")
  private Instant expiresAt;

  @Column(name = "revoked_by")
  private String revokedBy;

  @Column(name = "revoked_at")
  private Instant revokedAt;

  @Column(name = "last_used_at")
  private Instant lastUsedAt;

  @Column(name = "submitted_at")
  private Instant submittedAt;

  protected VendorLink() {}

  /**
   * A link for a vendor's contact to upload the results of a contract, valid for {@code validity}.
   */
  public static Issued forResults(
      long vendorId, long contractId, Contact contact, String by, Instant now, Duration validity) {
    Issued issued = issue(Purpose.RESULTS, vendorId, contact, by, now, validity);
    issued.link().contractId = contractId;
    return issued;
  }

  /**
   * A link for a vendor's contact to answer one of the vendor's assessments, valid for {@code
   * validity}.
   */
  public static Issued forQuestionnaire(
      long vendorId,
      long assessmentId,
      Contact contact,
      String by,
      Instant now,
      Duration validity) {
    Issued issued = issue(Purpose.QUESTIONNAIRE, vendorId, contact, by, now, validity);
    issued.link().assessmentId = assessmentId;
    return issued;
  }

  /**
   * Whom a link goes to, and the language of its mail and pages.
   *
   * @param language en or fi
   */
  public record Contact(String name, String email, String language) {
    public Contact {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(email, "email");
      Objects.requireNonNull(language, "language");
    }
  }

  private static Issued issue(
      Purpose purpose, long vendorId, Contact contact, String by, Instant now, Duration validity) {
    if (validity.isNegative() || validity.isZero()) {
      throw new IllegalArgumentException("a link is valid for some time: " + validity);
    }
    byte[] random = new byte[TOKEN_BYTES];
    RANDOM.nextBytes(random);
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    VendorLink link = new VendorLink();
    link.purpose = purpose;
    link.tokenHash = hash(token);
    link.vendorId = vendorId;
    link.contactName = contact.name();
    link.contactEmail = contact.email();
    link.language = contact.language();
    link.issuedBy = Objects.requireNonNull(by, "by");
    link.issuedAt = now;
    link.expiresAt = now.plus(validity);
    return new Issued(link, token);
  }

  /**
   * The hash a token is looked up by; empty for text that is not a token the portal makes, which
   * then needs no lookup.
   */
  public static Optional<String> hashOf(String token) {
    return token != null && TOKEN.matcher(token).matches()
        ? Optional.of(hash(token))
        : Optional.empty();
  }

  private static String hash(String token) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256")
                  .digest(token.getBytes(StandardCharsets.US_ASCII)));
    } catch (NoSuchAlgorithmException missing) {
      throw new IllegalStateException("every Java runtime has SHA-256", missing);
    }
  }

  /**
   * Who the audit trail and the ledger name for what was done through the link: the link itself,
   * whose record names the contact it was sent to.
   */
  public static String actor(VendorLink link) {
    return "vendor-link:" + link.id;
  }

  /**
   * Whether the link still opens: not revoked, its answers not yet submitted, and before its expiry
   * (the instant itself is not).
   */
  public boolean opensAt(Instant now) {
    return revokedAt == null && submittedAt == null && now.isBefore(expiresAt);
  }

  /**
   * The answers given through the link were submitted: it has done what it was for, and opens no
   * more, even if the assessment is returned to be answered again.
   */
  public void submittedAt(Instant at) {
    if (purpose != Purpose.QUESTIONNAIRE) {
      throw new IllegalStateException("only a questionnaire link submits answers");
    }
    submittedAt = at;
    lastUsedAt = at;
  }

  /**
   * @throws RuleViolation {@code link.revoked-already}
   */
  public void revoke(String by, Instant at) {
    if (revokedAt != null) {
      throw new RuleViolation(
          "link.revoked-already", "The link was revoked by " + revokedBy, List.of(revokedBy));
    }
    revokedBy = by;
    revokedAt = at;
  }

  public void usedAt(Instant at) {
    lastUsedAt = at;
  }

  public Long id() {
    return id;
  }

  public long version() {
    return version;
  }

  public Purpose purpose() {
    return purpose;
  }

  public long vendorId() {
    return vendorId;
  }

  public Optional<Long> contractId() {
    return Optional.ofNullable(contractId);
  }

  public Optional<Long> assessmentId() {
    return Optional.ofNullable(assessmentId);
  }

  public String contactName() {
    return contactName;
  }

  public String contactEmail() {
    return contactEmail;
  }

  public String language() {
    return language;
  }

  public String issuedBy() {
    return issuedBy;
  }

  public Instant issuedAt() {
    return issuedAt;
  }

  public Instant expiresAt() {
    return expiresAt;
  }

  public Optional<String> revokedBy() {
    return Optional.ofNullable(revokedBy);
  }

  public Optional<Instant> revokedAt() {
    return Optional.ofNullable(revokedAt);
  }

  public Optional<Instant> lastUsedAt() {
    return Optional.ofNullable(lastUsedAt);
  }

  public Optional<Instant> submittedAt() {
    return Optional.ofNullable(submittedAt);
  }
}
