package io.outsight.web.vendor;

import io.outsight.core.vendor.VendorDetails;
import io.outsight.registry.assessment.AssessmentDetails;
import io.outsight.registry.assessment.DueDiligence;
import io.outsight.registry.rules.Refused;
import io.outsight.registry.vendor.Vendors;
import io.outsight.web.faces.Pages;
import io.outsight.web.i18n.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** One vendor: its profile and lifecycle state, and its due diligence assessments. */
@Named
@ViewScoped
public class VendorView implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private Vendors vendors;

  @EJB private DueDiligence dueDiligence;

  private VendorDetails vendor;

  private List<AssessmentDetails> assessments;

  @PostConstruct
  void load() {
    Pages.show(vendors::details).ifPresent(found -> {
      vendor = found;
      assessments = dueDiligence.ofVendor(found.id());
    });
  }

  public VendorDetails getVendor() {
    return vendor;
  }

  public List<AssessmentDetails> getAssessments() {
    return assessments;
  }

  public String startDueDiligence() {
    try {
      return "/assessments/wizard?faces-redirect=true&id=" + dueDiligence.start(vendor.id());
    } catch (Refused refused) {
      FacesContext.getCurrentInstance().addMessage(null, Messages.error("rule." + refused.rule(), ""));
      return null;
    }
  }
}
