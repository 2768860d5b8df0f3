package io.outsight.web.vendor;

import io.outsight.core.vendor.BusinessId;
import io.outsight.core.vendor.ServiceOffering;
import io.outsight.core.vendor.VendorProfile;
import io.outsight.registry.rules.Refused;
import io.outsight.registry.vendor.VendorAlreadyRegisteredException;
import io.outsight.registry.vendor.Vendors;
import io.outsight.web.faces.Pages;
import io.outsight.web.i18n.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIInput;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.EnumConverter;
import jakarta.faces.validator.ValidatorException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * Registering a vendor, or ({@code ?id=}) keeping a registered one's profile up to date: the form
 * keeps what was typed until the registry accepts it. A registered vendor's business ID and country
 * stay as they are; when someone else changed the vendor meanwhile, the save is refused and what
 * was typed stays.
 */
@Named
@ViewScoped
public class VendorRegistrationView implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private Vendors vendors;

  private VendorProfile profile = new VendorProfile();

  private Long vendorId;

  private long version;

  @PostConstruct
  void load() {
    if (Pages.has("id")) {
      Pages.show(vendors::details)
          .ifPresent(
              vendor -> {
                vendorId = vendor.id();
                version = vendor.version();
                profile = VendorProfile.of(vendor);
              });
    } else {
      profile.setCountry("FI");
    }
  }

  /** Whether the form edits a registered vendor rather than registering one. */
  public boolean isEditing() {
    return vendorId != null;
  }

  public Long getVendorId() {
    return vendorId;
  }

  public VendorProfile getProfile() {
    return profile;
  }

  public ServiceOffering[] getServiceOfferings() {
    return ServiceOffering.values();
  }

  public Converter<ServiceOffering> getServiceOfferingConverter() {
    @SuppressWarnings("unchecked")
    Converter<ServiceOffering> converter = new EnumConverter(ServiceOffering.class);
    return converter;
  }

  /** The business ID's format depends on the country chosen above it in the form. */
  public void validateBusinessId(FacesContext faces, UIComponent component, Object value) {
    UIInput country = (UIInput) component.findComponent("country");
    if (!country.isValid() || value == null) {
      return;
    }
    BusinessId.problemWith((String) country.getValue(), value.toString())
        .ifPresent(
            problem -> {
              throw new ValidatorException(Messages.error("businessId.problem." + problem));
            });
  }

  public String save() {
    return isEditing() ? update() : register();
  }

  private String update() {
    try {
      vendors.update(vendorId, version, profile);
    } catch (Refused refused) {
      FacesContext.getCurrentInstance()
          .addMessage(null, Messages.error("rule." + refused.rule(), refused.details().toArray()));
      return null;
    }
    Messages.noticeAfterRedirect("vendor.updated", profile.getName().strip());
    return "/vendors/vendor?faces-redirect=true&id=" + vendorId;
  }

  private String register() {
    try {
      vendors.register(profile);
    } catch (VendorAlreadyRegisteredException duplicate) {
      FacesContext.getCurrentInstance()
          .addMessage(
              "vendor:businessId",
              Messages.error(
                  "vendors.register.duplicate",
                  duplicate.businessId(),
                  duplicate.registeredName()));
      return null;
    }
    Messages.noticeAfterRedirect("vendors.register.done", profile.getName().strip());
    return "/vendors/index?faces-redirect=true";
  }
}
