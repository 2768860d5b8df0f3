package io.outsight.web.admin;

import io.outsight.registry.extension.Extensions;
import io.outsight.registry.extension.InstalledExtension;
import io.outsight.registry.extension.Refusal;
import io.outsight.web.i18n.Messages;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;

/** The installed extensions, for administrators and auditors. */
@Named
@RequestScoped
public class ExtensionsView {

  @EJB private Extensions extensions;

  public List<InstalledExtension> getInstalled() {
    return extensions.installed();
  }

  /** Why the contribution is not loaded, in the reader's language; empty when it is loaded. */
  public String reason(InstalledExtension extension) {
    Refusal reason = extension.reason();
    return reason == null
        ? ""
        : Messages.text("extensions.refused." + reason.code(), reason.arguments().toArray());
  }
}
