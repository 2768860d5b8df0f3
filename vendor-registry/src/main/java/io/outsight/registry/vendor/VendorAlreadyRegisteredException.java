package io.outsight.registry.vendor;

import io.outsight.core.vendor.BusinessId;
import jakarta.ejb.ApplicationException;

/** A company is registered once: this business ID already belongs to a vendor in the registry. */
@ApplicationException(rollback = true)
public class VendorAlreadyRegisteredException extends RuntimeException {

  private final String businessId;
  private final String registeredName;

  public VendorAlreadyRegisteredException(BusinessId businessId, String registeredName) {
    super("Business ID " + businessId + " is already registered to " + registeredName);
    this.businessId = businessId.value();
    this.registeredName = registeredName;
  }

  public String businessId() {
    return businessId;
  }

  public String registeredName() {
    return registeredName;
  }
}
