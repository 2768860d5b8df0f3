package io.outsight.registry.demo;

import static io.outsight.core.vendor.ServiceOffering.ADVERTISING;
import static io.outsight.core.vendor.ServiceOffering.COLD_CALLING;
import static io.outsight.core.vendor.ServiceOffering.FULL_SALES;
import static io.outsight.core.vendor.ServiceOffering.LEAD_GENERATION;
import static io.outsight.core.vendor.ServiceOffering.MARKETING;
import static io.outsight.core.vendor.ServiceOffering.PRODUCT_LINE_OR_SEGMENT_SALES;
import static io.outsight.core.vendor.ServiceOffering.PROSPECTING;

import io.outsight.core.access.Roles;
import io.outsight.core.access.UserAccount;
import io.outsight.registry.access.PasswordHashing;
import io.outsight.registry.audit.AuditRecorder;
import io.outsight.core.vendor.ServiceOffering;
import io.outsight.core.vendor.Vendor;
import io.outsight.core.vendor.VendorDetails;
import io.outsight.core.vendor.VendorProfile;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Seeds the demo users and vendors once, when the database has no user account yet. */
@Singleton
@Startup
@DependsOn("SchemaMigrations")
public class DemoData {

  /** The demo users' password, listed in the README. */
  public static final String DEMO_PASSWORD = "outsight-demo";

  private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

  @PersistenceContext(unitName = "outsight")
  private EntityManager em;

  @Inject private Pbkdf2PasswordHash passwordHash;

  @Inject private AuditRecorder audit;

  @Inject
  @ConfigProperty(name = "outsight.demo.enabled", defaultValue = "true")
  private boolean enabled;

  @PostConstruct
  void seedOnFirstStart() {
    long accounts = em.createQuery("select count(u) from UserAccount u", Long.class).getSingleResult();
    if (!enabled || accounts > 0) {
      return;
    }
    passwordHash.initialize(PasswordHashing.parameters());
    user("procurement", "Paula Procurement", Roles.PROCUREMENT);
    user("auditor", "Aaro Auditor", Roles.AUDITOR);
    user("admin", "Alma Admin", Roles.ADMIN);

    vendor("Kaleva Sales Partners Oy", "FI", "2260181-9", "https://kaleva-sales.example", "Mikko Järvinen", FULL_SALES, PRODUCT_LINE_OR_SEGMENT_SALES);
    vendor("LeadForge Nordic Oy", "FI", "2083016-7", "https://leadforge.example", "Aino Virtanen", LEAD_GENERATION, PROSPECTING, COLD_CALLING);
    vendor("Pohjolan Myyntitiimi Oy", "FI", "1318609-4", null, "Jukka Korhonen", FULL_SALES);
    vendor("Aurora Telesales Oy", "FI", "1909960-2", "https://aurora-telesales.example", "Sanna Mäkinen", COLD_CALLING, LEAD_GENERATION);
    vendor("Saimaa Contact Center Oy", "FI", "1824628-7", null, "Pekka Nieminen", COLD_CALLING, PROSPECTING);
    vendor("Tampere Growth Agency Oy", "FI", "3482199-0", "https://tampere-growth.example", "Laura Heikkinen", MARKETING, ADVERTISING, LEAD_GENERATION);
    vendor("Oulu B2B Marketing Oy", "FI", "3518190-5", "https://oulu-b2b.example", "Ville Koskinen", MARKETING, ADVERTISING);
    vendor("Helsinki Demand Generation Oy", "FI", "2786579-2", "https://hki-demandgen.example", "Emilia Laine", LEAD_GENERATION, MARKETING);
    vendor("Baltic Outreach AB", "SE", "SE556677889901", "https://baltic-outreach.example", "Erik Lindqvist", PROSPECTING, COLD_CALLING);
    vendor("Berlin Pipeline GmbH", "DE", "DE123456789", "https://berlin-pipeline.example", "Katrin Weber", PRODUCT_LINE_OR_SEGMENT_SALES, LEAD_GENERATION);
    vendor("Atlantic SDR Ltd", "GB", "09876543", "https://atlantic-sdr.example", "Oliver Smith", PROSPECTING, LEAD_GENERATION);
    vendor("Nordic Rent-a-Rep Oy", "FI", "2432319-7", "https://rent-a-rep.example", "Matti Hämäläinen", FULL_SALES, PRODUCT_LINE_OR_SEGMENT_SALES);
    LOG.info("Seeded the demo users and vendors (first start)");
  }

  private void user(String username, String displayName, String role) {
    String hash = passwordHash.generate(DEMO_PASSWORD.toCharArray());
    em.persist(new UserAccount(username, displayName, hash, Set.of(role)));
  }

  private void vendor(
      String name,
      String country,
      String businessId,
      String website,
      String contactName,
      ServiceOffering... services) {
    VendorProfile profile = new VendorProfile();
    profile.setName(name);
    profile.setCountry(country);
    profile.setBusinessId(businessId);
    profile.setWebsite(website);
    profile.setContactName(contactName);
    profile.setContactEmail(
        contactName.toLowerCase().replace('ä', 'a').replace('ö', 'o').replace(' ', '.')
            + "@" + (website == null ? "vendor.example" : website.substring(8)));
    profile.setServices(List.of(services));
    Vendor vendor = Vendor.register(profile, "demo", Instant.now());
    em.persist(vendor);
    em.flush();
    audit.record("demo", "Vendor", vendor.id(), "REGISTERED", null, VendorDetails.of(vendor));
  }
}
