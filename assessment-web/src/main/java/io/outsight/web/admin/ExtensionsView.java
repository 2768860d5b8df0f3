package io.outsight.web.admin;

import io.outsight.registry.extension.Extensions;
import io.outsight.registry.extension.InstalledExtension;
import io.outsight.registry.extension.Refusal;
import io.outsight.web.i18n.Messages;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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

  /** Where the bundle keeps the portal's own words for its built-in contributions, by point. */
  private static final Map<String, String> BUILT_IN_NAMES =
      Map.of("CompensationModel", "compensation.", "MetricDefinition", "metric.");

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

  /**
   * The contribution's name in the reader's language: a built-in model's or metric's as the
   * contract forms show it, another's as it names itself.
   */
  public String name(InstalledExtension extension) {
    return Optional.ofNullable(BUILT_IN_NAMES.get(extension.extensionPoint()))
        .flatMap(prefix -> Messages.textIfAny(prefix + extension.id()))
        .orElse(extension.displayName());
  }

  /** Why the contribution is not loaded, in the reader's language; empty when it is loaded. */
  public String reason(InstalledExtension extension) {
    Refusal reason = extension.reason();
    return reason == null
        ? ""
        : Messages.text("extensions.refused." + reason.code(), reason.arguments().toArray());
  }
}
