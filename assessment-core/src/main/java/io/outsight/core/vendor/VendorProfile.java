package io.outsight.core.vendor;

import io.outsight.core.rules.PlainText;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * What procurement states about a vendor when registering it: a form-shaped command whose
 * constraints are shown next to the fields. The business ID's format depends on the country, so it
 * is checked by {@link BusinessId#problemWith} rather than by an annotation here.
 */
public class VendorProfile implements Serializable {

  private static final long serialVersionUID = 1L;

  @NotBlank(message = "{outsight.vendor.name.required}")
  @Size(max = 200, message = "{outsight.field.tooLong}")
  @PlainText
  private String name;

  @NotBlank(message = "{outsight.vendor.businessId.required}")
  @Size(max = 20, message = "{outsight.field.tooLong}")
  private String businessId;

  @NotBlank(message = "{outsight.vendor.country.required}")
  @Pattern(regexp = "[A-Z]{2}", message = "{outsight.vendor.country.invalid}")
  private String country;

  @Size(max = 300, message = "{outsight.field.tooLong}")
  @Pattern(regexp = "(https?://[^\\s/$.?#][^\\s]*)?", message = "{outsight.vendor.website.invalid}")
  @PlainText
  private String website;

  @NotBlank(message = "{outsight.vendor.contactName.required}")
  @Size(max = 200, message = "{outsight.field.tooLong}")
  @PlainText
  private String contactName;

  @NotBlank(message = "{outsight.vendor.contactEmail.required}")
  @Email(message = "{outsight.vendor.contactEmail.invalid}")
  @Size(max = 254, message = "{outsight.field.tooLong}")
  private String contactEmail;

  @NotEmpty(message = "{outsight.vendor.services.required}")
  private List<ServiceOffering> services = new ArrayList<>();

  /** The profile a registered vendor has now, to be edited. */
  public static VendorProfile of(VendorDetails vendor) {
    VendorProfile profile = new VendorProfile();
    profile.name = vendor.name();
    profile.businessId = vendor.businessId();
    profile.country = vendor.country();
    profile.website = vendor.website();
    profile.contactName = vendor.contactName();
    profile.contactEmail = vendor.contactEmail();
    profile.services = new ArrayList<>(vendor.services());
    return profile;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getBusinessId() {
    return businessId;
  }

  public void setBusinessId(String businessId) {
    this.businessId = businessId;
  }

  public String getCountry() {
    return country;
  }

  public void setCountry(String country) {
    this.country = country;
  }

  public String getWebsite() {
    return website;
  }

  public void setWebsite(String website) {
    this.website = website;
  }

  public String getContactName() {
    return contactName;
  }

  public void setContactName(String contactName) {
    this.contactName = contactName;
  }

  public String getContactEmail() {
    return contactEmail;
  }

  public void setContactEmail(String contactEmail) {
    this.contactEmail = contactEmail;
  }

  public List<ServiceOffering> getServices() {
    return services;
  }

  public void setServices(List<ServiceOffering> services) {
    this.services = services;
  }
}
