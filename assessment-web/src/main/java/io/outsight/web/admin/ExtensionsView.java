package io.outsight.web.admin;

import io.outsight.registry.extension.Extensions;
import io.outsight.registry.extension.InstalledExtension;
import io.outsight.registry.extension.Refusal;
import io.outsight.web.i18n.ContributionNames;
import io.outsight.web.i18n.Messages;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * The installed extensions, for administrators and auditors; administrators take them in and out of
 * use.
 */
@Named
@ViewScoped
public class ExtensionsView implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private Extensions extensions;

  private List<InstalledExtension> installed;

  public List<InstalledExtension> getInstalled() {
    if (installed == null) {
      installed = extensions.installed();
    }
    return installed;
  }

  /** Takes the contribution out of new use (administrators). */
  public void disable(InstalledExtension extension) {
    extensions.disable(extension.extensionPoint(), extension.id());
    installed = null;
    Messages.notice("extensions.disabled", name(extension));
  }

  /** Puts the contribution back into new use (administrators). */
  public void enable(InstalledExtension extension) {
    extensions.enable(extension.extensionPoint(), extension.id());
    installed = null;
    Messages.notice("extensions.enabled", name(extension));
  }

  /** The contribution's name in the reader's language, as the contract forms show it. */
  public String name(InstalledExtension extension) {
    // one refused, say for taking a built-in's id, by its own name: never as the portal's own
    return extension.state() == InstalledExtension.State.NOT_LOADED
        ? extension.name().in(FacesContext.getCurrentInstance().getViewRoot().getLocale())
        : ContributionNames.of(extension.extensionPoint(), extension.id(), extension.name());
  }

  /** Why the contribution is not loaded, in the reader's language; empty when it is loaded. */
  public String reason(InstalledExtension extension) {
    Refusal reason = extension.reason();
    return reason == null
        ? ""
        : Messages.text("extensions.refused." + reason.code(), reason.arguments().toArray());
  }
}
