package io.outsight.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Whether this portal runs with demo data, whose users sign in with a published password: the
 * sign-in and home pages say so, so that nobody mistakes it for a place to keep real data.
 */
@Named
@ApplicationScoped
public class DemoAccounts {

  @Inject
  @ConfigProperty(name = "outsight.demo.enabled", defaultValue = "false")
  boolean published;

  public boolean isPublished() {
    return published;
  }
}
