package io.outsight.core.vendor;

import io.outsight.core.assessment.AssessmentStatus;
import io.outsight.core.assessment.ReassessmentIntervals;
import io.outsight.core.assessment.RiskTier;
import io.outsight.core.rules.EnteredText;
import io.outsight.core.rules.RuleViolation;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A company that sells, or generates leads, on our behalf, or that procurement is considering for
 * it. One company is registered once: its {@link BusinessId} is unique in the registry.
 */
@Entity
@Table(name = "vendor")
public class Vendor {

  /** Vendors assessed for the first time when a due diligence starts. */
  private static final Set<VendorStatus> FIRST_ASSESSMENT =
      EnumSet.of(VendorStatus.PROSPECT, VendorStatus.REJECTED);

  /** Vendors approved by a due diligence before: they are assessed again, and contracted. */
  private static final Set<VendorStatus> APPROVED_BEFORE =
      EnumSet.of(VendorStatus.APPROVED, VendorStatus.CONDITIONALLY_APPROVED, VendorStatus.ACTIVE);

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "vendor_seq")
  @SequenceGenerator(name = "vendor_seq", sequenceName = "vendor_seq", allocationSize = 50)
  private Long id;

  @Version private long version;

  private String name;

  @Embedded
  @AttributeOverride(name = "value", column = @Column(name = "business_id"))
  private BusinessId businessId;

  private String country;

  private String website;

  @Embedded private ContactPerson contact;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "vendor_service", joinColumns = @JoinColumn(name = "vendor_id"))
  @Column(name = "service")
  @Enumerated(EnumType.STRING)
  private Set<ServiceOffering> services = new HashSet<>();

  @Enumerated(EnumType.STRING)
  private VendorStatus status;

  @Column(name = "status_reason")
  private String statusReason;

  @Column(name = "reassess_by")
  private LocalDate reassessBy;

  @Enumerated(EnumType.STRING)
  @Column(name = "risk_tier")
  private RiskTier riskTier;

  @Column(name = "registered_at")
  private Instant registeredAt;

  @Column(name = "registered_by")
  private String registeredBy;

  protected Vendor() {}

  private Vendor(VendorProfile profile, String registeredBy, Instant registeredAt) {
    this.businessId = BusinessId.of(profile.getCountry(), profile.getBusinessId());
    this.country = profile.getCountry();
    describe(profile);
    this.status = VendorStatus.PROSPECT;
    this.registeredBy = ContactPerson.requireText(registeredBy, "registering user");
    this.registeredAt = registeredAt;
  }

  /** A newly registered vendor starts as a prospect: nothing is assessed or agreed yet. */
  public static Vendor register(VendorProfile profile, String registeredBy, Instant registeredAt) {
    return new Vendor(profile, registeredBy, registeredAt);
  }

  /**
   * Keeps the vendor's profile up to date: its name, website, contact and services. The business ID
   * and its country are who the vendor is, and stay as registered.
   *
   * @throws RuleViolation {@code vendor.identity-fixed} when the profile names another company
   */
  public void update(VendorProfile profile) {
    if (!businessId.equals(BusinessId.of(profile.getCountry(), profile.getBusinessId()))) {
      throw new RuleViolation(
          "vendor.identity-fixed",
          "The business ID and country of " + name + " stay as registered",
          List.of(businessId.value()));
    }
    describe(profile);
  }

  private void describe(VendorProfile profile) {
    this.name = ContactPerson.requireText(profile.getName(), "vendor name");
    this.website =
        profile.getWebsite() == null || profile.getWebsite().isBlank()
            ? null
            : profile.getWebsite().strip();
    this.contact = new ContactPerson(profile.getContactName(), profile.getContactEmail());
    if (profile.getServices() == null || profile.getServices().isEmpty()) {
      throw new IllegalArgumentException("a vendor offers at least one service");
    }
    this.services = new HashSet<>(profile.getServices());
  }

  /**
   * Moves the vendor to another lifecycle state.
   *
   * @throws RuleViolation when the move is not allowed from the current state, or lacks a reason
   */
  public void moveTo(VendorStatus target, String reason) {
    if (!status.next().contains(target)) {
      throw new RuleViolation(
          "vendor.transition",
          "A vendor cannot go from " + status + " to " + target,
          List.of(status.name(), target.name()));
    }
    if (target.needsReason() && (reason == null || reason.isBlank())) {
      throw new RuleViolation(
          "vendor.reason-required",
          "Going to " + target + " needs a reason",
          List.of(target.name()));
    }
    status = target;
    statusReason =
        reason == null || reason.isBlank()
            ? null
            : EnteredText.checked("reason", reason.strip(), 1000, true);
  }

  /**
   * A due diligence of the vendor starts: a vendor assessed for the first time (a prospect, or one
   * rejected before) is under assessment from now on; an approved or active one keeps its status
   * while it is assessed again.
   *
   * @throws RuleViolation {@code vendor.not-assessable} for a vendor in any other state
   */
  public void dueDiligenceStarted() {
    if (FIRST_ASSESSMENT.contains(status)) {
      moveTo(VendorStatus.UNDER_ASSESSMENT, null);
    } else if (!APPROVED_BEFORE.contains(status)) {
      throw new RuleViolation(
          "vendor.not-assessable",
          "A " + status + " vendor is not assessed",
          List.of(status.name()));
    }
  }

  /**
   * What a due diligence's decision does to the vendor: the first approval approves it, outright or
   * with conditions, and any approval sets when it is assessed next; a rejection rejects a vendor
   * assessed for the first time or approved only with conditions, and suspends one approved before.
   * Returning the assessment to the assessor changes nothing. An approval also keeps the risk tier
   * it found, which sets how soon the vendor is assessed again.
   */
  public void dueDiligenceDecided(
      AssessmentStatus decision,
      String comment,
      RiskTier tier,
      ReassessmentIntervals intervals,
      LocalDate decidedOn) {
    boolean first = status == VendorStatus.UNDER_ASSESSMENT;
    switch (decision) {
      case APPROVED, CONDITIONALLY_APPROVED -> {
        if (first) {
          moveTo(
              decision == AssessmentStatus.APPROVED
                  ? VendorStatus.APPROVED
                  : VendorStatus.CONDITIONALLY_APPROVED,
              comment);
        }
        riskTier = tier;
        reassessBy(intervals.nextAfter(decidedOn, tier));
      }
      case REJECTED ->
          moveTo(
              first || status == VendorStatus.CONDITIONALLY_APPROVED
                  ? VendorStatus.REJECTED
                  : VendorStatus.SUSPENDED,
              comment);
      default -> {}
    }
  }

  /**
   * Whether a contract may be drafted with the vendor: not with one rejected or offboarded.
   *
   * @throws RuleViolation {@code contract.vendor-excluded}
   */
  public void mayBeContracted() {
    if (status == VendorStatus.REJECTED || status == VendorStatus.OFFBOARDED) {
      throw new RuleViolation(
          "contract.vendor-excluded", "Vendor " + name + " is " + status, List.of(status.name()));
    }
  }

  /**
   * A contract with the vendor starts: only due diligence approves a vendor for one, and its first
   * contract makes it active.
   *
   * @throws RuleViolation {@code contract.vendor-not-approved} for a vendor not approved
   */
  public void contractStarted() {
    if (!APPROVED_BEFORE.contains(status)) {
      throw new RuleViolation(
          "contract.vendor-not-approved",
          "Vendor "
              + name
              + " is "
              + status
              + ": due diligence approves a vendor before a contract with it starts",
          List.of(status.name()));
    }
    if (status != VendorStatus.ACTIVE) {
      moveTo(VendorStatus.ACTIVE, null);
    }
  }

  /** The date by which the vendor is to be assessed again, set when an assessment approves it. */
  private void reassessBy(LocalDate date) {
    this.reassessBy = date;
  }

  public Optional<LocalDate> reassessmentDue() {
    return Optional.ofNullable(reassessBy);
  }

  /**
   * Records the risk tier of an approval decided before the vendor kept it; the date of its next
   * assessment stands as that decision set it.
   */
  public void riskTierRecorded(RiskTier tier) {
    if (riskTier == null) {
      riskTier = tier;
    }
  }

  /** The risk tier the last approving due diligence found; none before the first approval. */
  public Optional<RiskTier> riskTier() {
    return Optional.ofNullable(riskTier);
  }

  public Optional<String> statusReason() {
    return Optional.ofNullable(statusReason);
  }

  public Long id() {
    return id;
  }

  public long version() {
    return version;
  }

  public String name() {
    return name;
  }

  public BusinessId businessId() {
    return businessId;
  }

  public String country() {
    return country;
  }

  public String website() {
    return website;
  }

  public ContactPerson contact() {
    return contact;
  }

  public Set<ServiceOffering> services() {
    return services.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(services));
  }

  public VendorStatus status() {
    return status;
  }

  public Instant registeredAt() {
    return registeredAt;
  }

  public String registeredBy() {
    return registeredBy;
  }
}
