package io.outsight.core.vendor;

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

  @Column(name = "registered_at")
  private Instant registeredAt;

  @Column(name = "registered_by")
  private String registeredBy;

  protected Vendor() {}

  private Vendor(VendorProfile profile, String registeredBy, Instant registeredAt) {
    this.businessId = BusinessId.of(profile.getCountry(), profile.getBusinessId());
    this.name = ContactPerson.requireText(profile.getName(), "vendor name");
    this.country = profile.getCountry();
    this.website =
        profile.getWebsite() == null || profile.getWebsite().isBlank()
            ? null
            : profile.getWebsite().strip();
    this.contact = new ContactPerson(profile.getContactName(), profile.getContactEmail());
    if (profile.getServices() == null || profile.getServices().isEmpty()) {
      throw new IllegalArgumentException("a vendor offers at least one service");
    }
    this.services = new HashSet<>(profile.getServices());
    this.status = VendorStatus.PROSPECT;
    this.registeredBy = ContactPerson.requireText(registeredBy, "registering user");
    this.registeredAt = registeredAt;
  }

  /** A newly registered vendor starts as a prospect: nothing is assessed or agreed yet. */
  public static Vendor register(VendorProfile profile, String registeredBy, Instant registeredAt) {
    return new Vendor(profile, registeredBy, registeredAt);
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
    statusReason = reason == null || reason.isBlank() ? null : reason.strip();
  }

  /** The date by which the vendor is to be assessed again, set when an assessment approves it. */
  public void reassessBy(LocalDate date) {
    this.reassessBy = date;
  }

  public Optional<LocalDate> reassessmentDue() {
    return Optional.ofNullable(reassessBy);
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
