package io.outsight.registry.access;

import io.outsight.registry.audit.AuditRecorder;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Map;

/**
 * Failed sign-ins in the audit trail: nobody is signed in when they happen, so this boundary is
 * open to all callers and records the name tried, cut to what the trail keeps, and the address.
 */
@Stateless
@PermitAll
public class SignInFailures {

  /** What the trail's entity column keeps of a name tried. */
  private static final int NAME_KEPT = 60;

  @Inject private AuditRecorder audit;

  public void record(String username, String address) {
    String name = username.length() > NAME_KEPT ? username.substring(0, NAME_KEPT) : username;
    audit.record(
        "(not signed in)",
        "SignIn",
        name,
        "FAILED",
        null,
        Map.of("username", name, "address", address));
  }
}
