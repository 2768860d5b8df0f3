package io.outsight.web.vendor;

import io.outsight.core.vendor.BusinessId;
import io.outsight.core.vendor.ServiceOffering;
import io.outsight.core.vendor.VendorProfile;
import io.outsight.registry.vendor.VendorAlreadyRegisteredException;
import io.outsight.registry.vendor.Vendors;
import io.outsight.web.i18n.Messages;
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

/** Registering a vendor: the form keeps what was typed until the registry accepts it. */
@Named
@ViewScoped
public class VendorRegistrationView implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private Vendors vendors;

  private final VendorProfile profile = new VendorProfile();

  public VendorRegistrationView() {
    profile.setCountry("FI");
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

  public String register() {
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
