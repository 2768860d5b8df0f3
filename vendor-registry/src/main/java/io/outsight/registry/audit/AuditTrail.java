package io.outsight.registry.audit;

import io.outsight.core.access.Roles;
import io.outsight.core.audit.AuditEvent;
import io.outsight.core.audit.ChainHead;
import io.outsight.core.audit.ChainVerification;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.stream.Stream;

/** The audit trail for auditors: is it complete and unaltered, and if not, where does it break? */
@Stateless
@DeclareRoles({Roles.PROCUREMENT, Roles.AUDITOR, Roles.ADMIN})
public class AuditTrail {

  @PersistenceContext(unitName = "outsight")
  private EntityManager em;

  @RolesAllowed({Roles.AUDITOR, Roles.ADMIN})
  public ChainVerification verify() {
    ChainHead head = em.find(ChainHead.class, 1);
    try (Stream<AuditEvent> events =
        em.createQuery("select e from AuditEvent e order by e.sequence", AuditEvent.class).getResultStream()) {
      return ChainVerification.of(events::iterator, head);
    }
  }
}
