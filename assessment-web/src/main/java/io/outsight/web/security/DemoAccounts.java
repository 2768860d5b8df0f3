package io.outsight.web.security;

import io.outsight.registry.demo.DemoData;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/**
 * Whether this portal runs with demo data, whose users sign in with a published password: the
 * sign-in and home pages say so, so that nobody mistakes it for a place to keep real data. The demo
 * data decides ({@link DemoData#enabled()}), so that pages and seeding never disagree.
 */
@Named
@ApplicationScoped
public class DemoAccounts {

  @EJB private DemoData demoData;

  public boolean isPublished() {
    return demoData.enabled();
  }
}
