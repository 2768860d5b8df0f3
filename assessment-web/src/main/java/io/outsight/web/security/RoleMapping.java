package io.outsight.web.security;

import io.outsight.core.access.Roles;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Which of the identity provider's groups give which portal role, from {@code
 * outsight.openid.role-mapping} ({@code group=ROLE,group=ROLE}, e.g. {@code
 * sales-buyers=PROCUREMENT,internal-audit=AUDITOR}). A group named as a role gives that role too,
 * so a provider whose groups are named PROCUREMENT, AUDITOR and ADMIN needs no mapping. The
 * administrators' page shows the mapping; it is changed where the portal is configured, not there.
 */
@Named
@ApplicationScoped
public class RoleMapping {

  private static final Logger LOG = Logger.getLogger(RoleMapping.class.getName());
  private static final Set<String> ROLES = Set.of(Roles.PROCUREMENT, Roles.AUDITOR, Roles.ADMIN);

  @Inject
  @ConfigProperty(name = "outsight.openid.role-mapping")
  Optional<String> configured;

  private Map<String, String> roleOfGroup;

  @PostConstruct
  void read() {
    roleOfGroup = new LinkedHashMap<>();
    ROLES.stream().sorted().forEach(role -> roleOfGroup.put(role, role));
    for (String entry : configured.map(mapping -> mapping.split(",")).orElse(new String[0])) {
      String[] groupAndRole = entry.split("=", 2);
      String role = groupAndRole.length == 2 ? groupAndRole[1].strip() : "";
      if (groupAndRole[0].isBlank() || !ROLES.contains(role)) {
        LOG.warning(
            () ->
                "outsight.openid.role-mapping: \""
                    + entry.strip()
                    + "\" is not group=ROLE with a role among "
                    + ROLES
                    + "; it gives no role");
        continue;
      }
      roleOfGroup.put(groupAndRole[0].strip(), role);
    }
  }

  /** The roles a caller in these groups has. */
  public Set<String> rolesOf(Collection<String> groups) {
    return groups.stream()
        .map(roleOfGroup::get)
        .filter(role -> role != null)
        .collect(Collectors.toUnmodifiableSet());
  }

  /** Each group that gives a role, with its role, as the administrators' page lists them. */
  public List<Map.Entry<String, String>> getEntries() {
    return List.copyOf(roleOfGroup.entrySet());
  }
}
