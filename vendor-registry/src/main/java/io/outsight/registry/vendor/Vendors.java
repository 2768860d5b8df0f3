package io.outsight.registry.vendor;

import io.outsight.core.access.Roles;
import io.outsight.core.rules.RuleViolation;
import io.outsight.core.vendor.Vendor;
import io.outsight.core.vendor.VendorDetails;
import io.outsight.core.vendor.VendorOrder;
import io.outsight.core.vendor.VendorProfile;
import io.outsight.core.vendor.VendorRepository;
import io.outsight.core.vendor.VendorSearch;
import io.outsight.core.vendor.VendorStatus;
import io.outsight.core.vendor.VendorSummary;
import io.outsight.registry.audit.AuditRecorder;
import io.outsight.registry.calendar.PortalClock;
import io.outsight.registry.rules.RefuseRuleViolations;
import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Optional;

/** The vendor registry: procurement registers vendors; everyone signed in reads the list. */
@Stateless
@DeclareRoles({Roles.PROCUREMENT, Roles.AUDITOR, Roles.ADMIN})
@Interceptors(RefuseRuleViolations.class)
public class Vendors {

  @Inject private VendorRepository repository;

  @Resource private SessionContext session;

  @Inject private AuditRecorder audit;

  @Inject private PortalClock clock;

  /**
   * Registers a vendor as a prospect.
   *
   * @return the new vendor's id
   * @throws VendorAlreadyRegisteredException when its business ID is already in the registry
   */
  @RolesAllowed({Roles.PROCUREMENT, Roles.ADMIN})
  public long register(@NotNull @Valid VendorProfile profile) {
    Vendor vendor = Vendor.register(profile, session.getCallerPrincipal().getName(), clock.now());
    repository
        .findByBusinessId(vendor.businessId())
        .ifPresent(
            registered -> {
              throw new VendorAlreadyRegisteredException(vendor.businessId(), registered.name());
            });
    repository.add(vendor);
    audit.record(
        vendor.registeredBy(), "Vendor", vendor.id(), "REGISTERED", null, VendorDetails.of(vendor));
    return vendor.id();
  }

  /**
   * Keeps a vendor's profile up to date: name, website, contact and services; the business ID and
   * country stay as registered. The audit trail keeps the profile before and after.
   *
   * @param seenVersion the version the user saw; a newer one means someone else changed the vendor
   *     meanwhile
   */
  @RolesAllowed({Roles.PROCUREMENT, Roles.ADMIN})
  public VendorDetails update(
      long vendorId, long seenVersion, @NotNull @Valid VendorProfile profile) {
    Vendor vendor = current(vendorId, seenVersion);
    VendorDetails before = VendorDetails.of(vendor);
    vendor.update(profile);
    try {
      repository.saveChanges(vendor);
    } catch (OptimisticLockException concurrent) {
      throw changedMeanwhile(vendor);
    }
    VendorDetails after = VendorDetails.of(vendor);
    if (!after.equals(before)) {
      audit.record(
          session.getCallerPrincipal().getName(), "Vendor", vendorId, "UPDATED", before, after);
    }
    return after;
  }

  private Vendor current(long vendorId, long seenVersion) {
    Vendor vendor =
        repository
            .find(vendorId)
            .orElseThrow(
                () ->
                    new RuleViolation(
                        "vendor.unknown",
                        "No vendor " + vendorId,
                        List.of(String.valueOf(vendorId))));
    if (vendor.version() != seenVersion) {
      throw changedMeanwhile(vendor);
    }
    return vendor;
  }

  /**
   * Moves a vendor to another lifecycle state by hand: activating, suspending, offboarding or
   * rejecting it; the states of an assessment come from due diligence alone. Rejecting, suspending
   * and offboarding need a reason.
   *
   * @param seenVersion the version the user saw; a newer one means someone else changed the vendor
   *     meanwhile
   */
  @RolesAllowed({Roles.PROCUREMENT, Roles.ADMIN})
  public VendorDetails moveTo(
      long vendorId, long seenVersion, @NotNull VendorStatus target, String reason) {
    Vendor vendor = current(vendorId, seenVersion);
    if (target.setByDueDiligence()) {
      throw new RuleViolation(
          "vendor.decided-by-due-diligence",
          "A vendor goes under assessment, and is approved, only by due diligence",
          List.of(target.name()));
    }
    VendorDetails before = VendorDetails.of(vendor);
    vendor.moveTo(target, reason);
    try {
      repository.saveChanges(vendor);
    } catch (OptimisticLockException concurrent) {
      throw changedMeanwhile(vendor);
    }
    audit.record(
        session.getCallerPrincipal().getName(),
        "Vendor",
        vendorId,
        "STATUS_CHANGED",
        before,
        VendorDetails.of(vendor));
    return VendorDetails.of(vendor);
  }

  @RolesAllowed({Roles.PROCUREMENT, Roles.AUDITOR, Roles.ADMIN})
  public List<VendorSummary> search(
      @NotNull VendorSearch search, @NotNull VendorOrder order, int first, int pageSize) {
    return repository.search(search, order, first, pageSize).stream()
        .map(VendorSummary::of)
        .toList();
  }

  @RolesAllowed({Roles.PROCUREMENT, Roles.AUDITOR, Roles.ADMIN})
  public Optional<VendorDetails> details(long vendorId) {
    return repository.find(vendorId).map(VendorDetails::of);
  }

  @RolesAllowed({Roles.PROCUREMENT, Roles.AUDITOR, Roles.ADMIN})
  public long count(@NotNull VendorSearch search) {
    return repository.count(search);
  }

  private static RuleViolation changedMeanwhile(Vendor vendor) {
    return new RuleViolation(
        "vendor.changed-meanwhile",
        "Someone else changed vendor " + vendor.name() + " meanwhile: reload it",
        List.of(String.valueOf(vendor.version())));
  }
}
