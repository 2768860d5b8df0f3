package io.outsight.web.account;

import io.outsight.registry.access.UserAccounts;
import io.outsight.registry.rules.Refused;
import io.outsight.web.i18n.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * Choosing one's own password: the current one first, the new one twice. The fields are not shown
 * again after a refusal, as browsers expect of password fields, but the refusal says which was
 * wrong.
 */
@Named
@ViewScoped
public class PasswordChangeView implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private UserAccounts accounts;

  private boolean local;
  private boolean required;

  private String current;
  private String chosen;
  private String repeated;

  /** The account's standing once for the page, not once for each place the page asks. */
  @PostConstruct
  void load() {
    var standing =
        accounts.standing(FacesContext.getCurrentInstance().getExternalContext().getRemoteUser());
    local = standing.isPresent();
    required = standing.map(UserAccounts.Standing::mustChangePassword).orElse(false);
  }

  public String change() {
    FacesContext faces = FacesContext.getCurrentInstance();
    if (!chosen.equals(repeated)) {
      faces.addMessage("password:repeated", Messages.error("password.repeat-differs"));
      return null;
    }
    try {
      accounts.changeOwnPassword(current, chosen);
    } catch (Refused refused) {
      String field =
          refused.rule().equals("password.current-wrong") ? "password:current" : "password:chosen";
      faces.addMessage(
          field, Messages.error("rule." + refused.rule(), refused.details().toArray()));
      return null;
    }
    Messages.noticeAfterRedirect("password.changed");
    return "/index?faces-redirect=true";
  }

  /** Whether an administrator set the password, so that nothing else opens until it is chosen. */
  public boolean isRequired() {
    return required;
  }

  /** Whether the password is the portal's to change, not the identity provider's. */
  public boolean isLocal() {
    return local;
  }

  public String getCurrent() {
    return current;
  }

  public void setCurrent(String current) {
    this.current = current;
  }

  public String getChosen() {
    return chosen;
  }

  public void setChosen(String chosen) {
    this.chosen = chosen;
  }

  public String getRepeated() {
    return repeated;
  }

  public void setRepeated(String repeated) {
    this.repeated = repeated;
  }
}
