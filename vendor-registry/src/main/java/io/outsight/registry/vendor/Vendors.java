package io.outsight.registry.vendor;

import io.outsight.core.access.Roles;
import io.outsight.core.vendor.Vendor;
import io.outsight.core.vendor.VendorDetails;
import io.outsight.core.vendor.VendorOrder;
import io.outsight.core.vendor.VendorProfile;
import io.outsight.core.vendor.VendorRepository;
import io.outsight.core.vendor.VendorSearch;
import io.outsight.core.vendor.VendorSummary;
import io.outsight.registry.audit.AuditRecorder;
import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The vendor registry: procurement registers vendors; everyone signed in reads the list. */
@Stateless
@DeclareRoles({Roles.PROCUREMENT, Roles.AUDITOR, Roles.ADMIN})
public class Vendors {

  @Inject private VendorRepository repository;

  @Resource private SessionContext session;

  @Inject private AuditRecorder audit;

  /**
   * Registers a vendor as a prospect.
   *
   * @return the new vendor's id
   * @throws VendorAlreadyRegisteredException when its business ID is already in the registry
   */
  @RolesAllowed({Roles.PROCUREMENT, Roles.ADMIN})
  public long register(@NotNull @Valid VendorProfile profile) {
    Vendor vendor =
        Vendor.register(profile, session.getCallerPrincipal().getName(), Instant.now());
    repository
        .findByBusinessId(vendor.businessId())
        .ifPresent(
            registered -> {
              throw new VendorAlreadyRegisteredException(vendor.businessId(), registered.name());
            });
    repository.add(vendor);
    audit.record(vendor.registeredBy(), "Vendor", vendor.id(), "REGISTERED", null, VendorDetails.of(vendor));
    return vendor.id();
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
}
