package io.outsight.web.admin;

import io.outsight.registry.extension.Extensions;
import io.outsight.registry.extension.InstalledExtension;
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
}
