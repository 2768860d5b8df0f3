package io.outsight.web.admin;

import io.outsight.core.access.Roles;
import io.outsight.registry.access.AccountDetails;
import io.outsight.registry.access.UserAccounts;
import io.outsight.registry.rules.Refused;
import io.outsight.web.i18n.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The portal's accounts: administrators open, change, disable and enable them and reset passwords;
 * auditors see the list. A temporary password is shown once, to the administrator who made it.
 */
@Named
@ViewScoped
public class AccountsView implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Which field of the form for a new account a refusal is about; others concern the page. */
  private static final Map<String, String> NEW_ACCOUNT_FIELD =
      Map.of(
          "account.exists",
          "new:username",
          "account.username",
          "new:username",
          "account.roles",
          "new:roles");

  @EJB private UserAccounts accounts;

  private List<AccountDetails> all;

  private String username;
  private String displayName;
  private List<String> roles = new ArrayList<>();

  private AccountDetails editing;
  private String editedName;
  private List<String> editedRoles = new ArrayList<>();

  private String temporaryPasswordOwner;
  private String temporaryPassword;

  @PostConstruct
  void load() {
    all = accounts.list();
  }

  public List<AccountDetails> getAll() {
    return all;
  }

  public List<String> getRoleOptions() {
    return List.of(Roles.PROCUREMENT, Roles.AUDITOR, Roles.ADMIN);
  }

  public void open() {
    try {
      temporaryPassword = accounts.open(username, displayName, Set.copyOf(roles));
    } catch (Refused refused) {
      refuse(refused, NEW_ACCOUNT_FIELD.get(refused.rule()));
      return;
    }
    temporaryPasswordOwner = username;
    Messages.notice("accounts.done.opened", username);
    username = null;
    displayName = null;
    roles = new ArrayList<>();
    load();
  }

  public void edit(AccountDetails account) {
    editing = account;
    editedName = account.displayName();
    editedRoles = new ArrayList<>(account.roles());
  }

  public void save() {
    if (attempt(
        () ->
            accounts.change(
                editing.username(), editing.version(), editedName, Set.copyOf(editedRoles)),
        "accounts.done.changed",
        editing.username())) {
      editing = null;
    }
  }

  public void cancelEdit() {
    editing = null;
  }

  public void disable(AccountDetails account) {
    attempt(
        () -> accounts.disable(account.username(), account.version()),
        "accounts.done.disabled",
        account.username());
  }

  public void enable(AccountDetails account) {
    attempt(
        () -> accounts.enable(account.username(), account.version()),
        "accounts.done.enabled",
        account.username());
  }

  public void resetPassword(AccountDetails account) {
    try {
      temporaryPassword = accounts.resetPassword(account.username(), account.version());
    } catch (Refused refused) {
      refuse(refused, null);
      return;
    }
    temporaryPasswordOwner = account.username();
    Messages.notice("accounts.done.reset", account.username());
    load();
  }

  private boolean attempt(Runnable change, String noticeKey, String accountName) {
    try {
      change.run();
    } catch (Refused refused) {
      refuse(refused, refused.rule().equals("account.roles") ? "accounts:edited-roles" : null);
      load();
      return false;
    }
    temporaryPassword = null;
    Messages.notice(noticeKey, accountName);
    load();
    return true;
  }

  /** Shows a refusal next to its field, or for the page where {@code field} is null. */
  private void refuse(Refused refused, String field) {
    FacesContext.getCurrentInstance()
        .addMessage(field, Messages.error("rule." + refused.rule(), refused.details().toArray()));
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getDisplayName() {
    return displayName;
  }

  public void setDisplayName(String displayName) {
    this.displayName = displayName;
  }

  public List<String> getRoles() {
    return roles;
  }

  public void setRoles(List<String> roles) {
    this.roles = roles;
  }

  public AccountDetails getEditing() {
    return editing;
  }

  public String getEditedName() {
    return editedName;
  }

  public void setEditedName(String editedName) {
    this.editedName = editedName;
  }

  public List<String> getEditedRoles() {
    return editedRoles;
  }

  public void setEditedRoles(List<String> editedRoles) {
    this.editedRoles = editedRoles;
  }

  public String getTemporaryPasswordOwner() {
    return temporaryPasswordOwner;
  }

  public String getTemporaryPassword() {
    return temporaryPassword;
  }
}
