package io.outsight.registry.demo;

import static io.outsight.core.vendor.ServiceOffering.ADVERTISING;
import static io.outsight.core.vendor.ServiceOffering.COLD_CALLING;
import static io.outsight.core.vendor.ServiceOffering.FULL_SALES;
import static io.outsight.core.vendor.ServiceOffering.LEAD_GENERATION;
import static io.outsight.core.vendor.ServiceOffering.MARKETING;
import static io.outsight.core.vendor.ServiceOffering.PRODUCT_LINE_OR_SEGMENT_SALES;
import static io.outsight.core.vendor.ServiceOffering.PROSPECTING;

import io.outsight.core.access.PasswordPolicy;
import io.outsight.core.access.Roles;
import io.outsight.core.access.UserAccount;
import io.outsight.core.compensation.PerLead;
import io.outsight.core.concentration.InHouseResult;
import io.outsight.core.contract.Contract;
import io.outsight.core.contract.ContractScope;
import io.outsight.core.contract.ContractStatus;
import io.outsight.core.contract.KpiTarget;
import io.outsight.core.contract.TermSheet;
import io.outsight.core.ledger.LeadReturn;
import io.outsight.core.ledger.ResultSource;
import io.outsight.core.ledger.ResultSubmission;
import io.outsight.core.rules.RuleViolation;
import io.outsight.core.vendor.ServiceOffering;
import io.outsight.core.vendor.Vendor;
import io.outsight.core.vendor.VendorDetails;
import io.outsight.core.vendor.VendorProfile;
import io.outsight.core.vendor.VendorStatus;
import io.outsight.extension.api.metric.Period;
import io.outsight.extension.api.metric.ReportedMetric;
import io.outsight.extension.api.report.KpiDirection;
import io.outsight.registry.access.PasswordHashing;
import io.outsight.registry.audit.AuditRecorder;
import io.outsight.registry.calendar.PortalClock;
import io.outsight.registry.contract.ContractState;
import io.outsight.registry.ledger.LedgerAppender;
import io.outsight.registry.schema.SchemaMigrations;
import io.outsight.registry.schema.StartupLock;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Fills an empty database once, when it has no user account yet: with the demo users and vendors
 * when demo data is asked for ({@code outsight.demo.enabled}, which the README's run command sets),
 * else with the first administrator named in the configuration. The demo users' password is
 * published, so an installation never gets them unless asked: without demo data and without a
 * configured administrator nobody could sign in, and the log says how to name one.
 */
@Singleton
@Startup
@DependsOn({"SchemaMigrations", "Checkpoints"})
public class DemoData {

  /** The demo users' password, listed in the README. */
  public static final String DEMO_PASSWORD = "outsight-demo";

  private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

  @PersistenceContext(unitName = "outsight")
  private EntityManager em;

  @Inject private Pbkdf2PasswordHash passwordHash;

  @Inject private AuditRecorder audit;

  @Resource(lookup = SchemaMigrations.DATA_SOURCE)
  private DataSource dataSource;

  @Inject
  @ConfigProperty(name = "outsight.demo.enabled", defaultValue = "false")
  private boolean enabled;

  @Inject
  @ConfigProperty(name = "outsight.admin.username")
  private Optional<String> adminUsername;

  @Inject
  @ConfigProperty(name = "outsight.admin.password")
  private Optional<String> adminPassword;

  @Inject private PortalClock clock;

  /** Whether this portal runs with demo data, whose users' password is published. */
  @Lock(LockType.READ)
  public boolean enabled() {
    return enabled;
  }

  @PostConstruct
  void seedOnFirstStart() {
    StartupLock.hold(em);
    long accounts =
        em.createQuery("select count(u) from UserAccount u", Long.class).getSingleResult();
    if (accounts > 0) {
      return;
    }
    passwordHash.initialize(PasswordHashing.parameters());
    if (!enabled) {
      firstAdministrator();
      return;
    }
    // One hash for the three: their password is published anyway, and a first start hashes before
    // the JIT has compiled PBKDF2's 210,000 rounds (the three took 1.2 s of the start-up thread).
    String demoPasswordHash = passwordHash.generate(DEMO_PASSWORD.toCharArray());
    user("procurement", "Paula Procurement", Roles.PROCUREMENT, demoPasswordHash);
    user("auditor", "Aaro Auditor", Roles.AUDITOR, demoPasswordHash);
    user("admin", "Alma Admin", Roles.ADMIN, demoPasswordHash);

    vendor(
        "Kaleva Sales Partners Oy",
        "FI",
        "2260181-9",
        "https://kaleva-sales.example",
        "Mikko Järvinen",
        FULL_SALES,
        PRODUCT_LINE_OR_SEGMENT_SALES);
    Vendor leadForge =
        vendor(
            "LeadForge Nordic Oy",
            "FI",
            "2083016-7",
            "https://leadforge.example",
            "Aino Virtanen",
            LEAD_GENERATION,
            PROSPECTING,
            COLD_CALLING);
    vendor("Pohjolan Myyntitiimi Oy", "FI", "1318609-4", null, "Jukka Korhonen", FULL_SALES);
    vendor(
        "Aurora Telesales Oy",
        "FI",
        "1909960-2",
        "https://aurora-telesales.example",
        "Sanna Mäkinen",
        COLD_CALLING,
        LEAD_GENERATION);
    vendor(
        "Saimaa Contact Center Oy",
        "FI",
        "1824628-7",
        null,
        "Pekka Nieminen",
        COLD_CALLING,
        PROSPECTING);
    vendor(
        "Tampere Growth Agency Oy",
        "FI",
        "3482199-0",
        "https://tampere-growth.example",
        "Laura Heikkinen",
        MARKETING,
        ADVERTISING,
        LEAD_GENERATION);
    vendor(
        "Oulu B2B Marketing Oy",
        "FI",
        "3518190-5",
        "https://oulu-b2b.example",
        "Ville Koskinen",
        MARKETING,
        ADVERTISING);
    vendor(
        "Helsinki Demand Generation Oy",
        "FI",
        "2786579-2",
        "https://hki-demandgen.example",
        "Emilia Laine",
        LEAD_GENERATION,
        MARKETING);
    vendor(
        "Baltic Outreach AB",
        "SE",
        "SE556677889901",
        "https://baltic-outreach.example",
        "Erik Lindqvist",
        PROSPECTING,
        COLD_CALLING);
    vendor(
        "Berlin Pipeline GmbH",
        "DE",
        "DE123456789",
        "https://berlin-pipeline.example",
        "Katrin Weber",
        PRODUCT_LINE_OR_SEGMENT_SALES,
        LEAD_GENERATION);
    vendor(
        "Atlantic SDR Ltd",
        "GB",
        "09876543",
        "https://atlantic-sdr.example",
        "Oliver Smith",
        PROSPECTING,
        LEAD_GENERATION);
    vendor(
        "Nordic Rent-a-Rep Oy",
        "FI",
        "2432319-7",
        "https://rent-a-rep.example",
        "Matti Hämäläinen",
        FULL_SALES,
        PRODUCT_LINE_OR_SEGMENT_SALES);
    leadGenerationContract(leadForge);
    LOG.info("Seeded the demo users, vendors and a contract with results (first start)");
  }

  private void user(String username, String displayName, String role, String hash) {
    em.persist(new UserAccount(username, displayName, hash, Set.of(role)));
  }

  /**
   * The administrator of a new installation, from outsight.admin.username and
   * outsight.admin.password.
   */
  private void firstAdministrator() {
    String username = adminUsername.map(String::strip).orElse("");
    String password = adminPassword.orElse("");
    if (username.isEmpty() || password.isEmpty()) {
      LOG.warning(
          () ->
              "No user can sign in yet: the database has no account, demo data is off, and no first administrator is"
                  + " configured. Set outsight.admin.username and outsight.admin.password ("
                  + PasswordPolicy.MIN_LENGTH
                  + " characters or more;"
                  + " environment OUTSIGHT_ADMIN_USERNAME and OUTSIGHT_ADMIN_PASSWORD) and start again.");
      return;
    }
    UserAccount admin;
    try {
      PasswordPolicy.require(username, password);
      admin =
          new UserAccount(
              username,
              username,
              passwordHash.generate(password.toCharArray()),
              Set.of(Roles.ADMIN));
    } catch (RuleViolation invalid) {
      LOG.severe(
          () ->
              "No first administrator from outsight.admin.username and outsight.admin.password: "
                  + invalid.getMessage()
                  + ". Nobody can sign in until they are set right and the portal is started again.");
      return;
    }
    em.persist(admin);
    audit.record(
        "configuration",
        "UserAccount",
        username,
        "CREATED",
        null,
        Map.of("username", username, "roles", List.of(Roles.ADMIN)));
    LOG.info(() -> "Created the first administrator, " + username + ", from the configuration");
  }

  /**
   * An active lead generation contract that began six months ago, paid per lead, with results
   * reported up to two months ago: last month's report is missing, so the home page shows it late.
   */
  private void leadGenerationContract(Vendor vendor) {
    VendorDetails before = VendorDetails.of(vendor);
    vendor.moveTo(VendorStatus.UNDER_ASSESSMENT, null);
    vendor.moveTo(VendorStatus.APPROVED, "Demo data: approved without an assessment on record");
    vendor.moveTo(VendorStatus.ACTIVE, null);
    audit.record("demo", "Vendor", vendor.id(), "STATUS_CHANGED", before, VendorDetails.of(vendor));

    TermSheet terms = new TermSheet();
    terms.setReference("LF-2026-01");
    terms.setScope(ContractScope.LEAD_GENERATION);
    LocalDate start = clock.today().withDayOfMonth(1).minusMonths(6);
    terms.setStart(start);
    terms.setEnd(start.plusYears(2).minusDays(1));
    terms.setEvergreen(true);
    terms.setCompensationModel(PerLead.ID);
    terms.setTiers(
        new ArrayList<>(
            List.of(
                new TermSheet.Band(BigDecimal.ZERO, new BigDecimal("45")),
                new TermSheet.Band(new BigDecimal("150"), new BigDecimal("35")))));
    terms.setCap(new BigDecimal("9000"));
    terms.setInHouseMonthlyCost(new BigDecimal("7800"));
    terms.setKpis(
        new ArrayList<>(
            List.of(
                new KpiTarget(
                    ReportedMetric.LEADS_CREATED.id(),
                    KpiDirection.HIGHER_IS_BETTER,
                    new BigDecimal("150"),
                    new BigDecimal("150"),
                    new BigDecimal("120")),
                new KpiTarget(
                    ReportedMetric.MEETINGS_BOOKED.id(),
                    KpiDirection.HIGHER_IS_BETTER,
                    new BigDecimal("25"),
                    new BigDecimal("25"),
                    new BigDecimal("18")))));
    terms.getClauses().setWeOwnLeads(true);
    terms.getClauses().setNoReuseForOthers(true);
    terms.getClauses().setDataLocation("EU (Finland)");
    terms.getClauses().setReturnAndDeleteAtExit(true);
    terms.setExitPlan(true);
    terms.setExitPlanNote("Two in-house SDRs can take the segment over within a quarter.");
    terms.setExitPlanReviewedOn(clock.today().minusMonths(4));
    Contract contract = Contract.draft(vendor.id(), terms, "demo", clock.now());
    em.persist(contract);
    em.flush();
    ContractState drafted = ContractState.of(contract);
    audit.record("demo", "Contract", contract.id(), "DRAFTED", null, drafted);
    contract.moveTo(ContractStatus.ACTIVE, null, clock.today());
    audit.record(
        "demo", "Contract", contract.id(), "STATUS_CHANGED", drafted, ContractState.of(contract));

    ResultSubmission submission =
        new ResultSubmission(null, ResultSource.MANUAL, "demo", clock.now());
    em.persist(submission);
    em.flush();
    int[][] monthly = {
      {162, 31, 26, 5}, {148, 27, 22, 3}, {171, 35, 28, 6}, {139, 24, 17, 2}, {155, 30, 24, 4}
    };
    try (Connection connection = dataSource.getConnection();
        LedgerAppender appender =
            new LedgerAppender(
                connection, submission.id(), ResultSource.MANUAL, "demo", clock.now())) {
      for (int i = 0; i < monthly.length; i++) {
        Period period = Period.containing(start.plusMonths(i), 1);
        appender.append(
            contract.id(),
            ReportedMetric.LEADS_CREATED.id(),
            period,
            BigDecimal.valueOf(monthly[i][0]),
            null,
            null);
        appender.append(
            contract.id(),
            ReportedMetric.QUALIFIED_LEADS.id(),
            period,
            BigDecimal.valueOf(monthly[i][1]),
            null,
            null);
        appender.append(
            contract.id(),
            ReportedMetric.MEETINGS_BOOKED.id(),
            period,
            BigDecimal.valueOf(monthly[i][2]),
            null,
            null);
        // returned ten days after the month, well within the dispute window
        em.persist(
            new LeadReturn(
                contract,
                period,
                period.lastDay().plusDays(10),
                monthly[i][3],
                "No budget after all",
                ResultSource.MANUAL,
                "demo",
                clock.now(),
                submission.id(),
                null));
      }
      // and two leads of the second month returned too late to be credited
      Period second = Period.containing(start.plusMonths(1), 1);
      em.persist(
          new LeadReturn(
              contract,
              second,
              contract.disputeWindowCloses(second).plusDays(5),
              2,
              "Duplicates of leads we already had",
              ResultSource.MANUAL,
              "demo",
              clock.now(),
              submission.id(),
              null));
      appender.flush();
    } catch (SQLException failed) {
      throw new PersistenceException("the demo results could not be stored", failed);
    }
    ourOwnResults(start, monthly.length);
    // three values and a return a month, and the late return
    int recorded = monthly.length * 4 + 1;
    submission.completed(recorded, null);
    audit.record(
        "demo",
        "ResultSubmission",
        submission.id(),
        "RECORDED",
        null,
        Map.of(
            "source",
            ResultSource.MANUAL.name(),
            "values",
            recorded,
            "contract",
            contract.reference()));
  }

  /**
   * What our own people brought in the whole business in the months the vendor reported: the
   * measure its share is taken against.
   */
  private void ourOwnResults(LocalDate start, int months) {
    Map<String, Object> recorded = new TreeMap<>();
    for (int i = 0; i < months; i++) {
      YearMonth month = YearMonth.from(start.plusMonths(i));
      Map<String, BigDecimal> values =
          Map.of(
              ReportedMetric.LEADS_CREATED.id(), BigDecimal.valueOf(60L + 5 * i),
              ReportedMetric.MEETINGS_BOOKED.id(), BigDecimal.valueOf(14L + i),
              ReportedMetric.DEALS_CLOSED.id(), BigDecimal.valueOf(4),
              ReportedMetric.REVENUE.id(), BigDecimal.valueOf(96_000L + 4_000 * i));
      values.forEach(
          (metric, value) -> {
            em.persist(
                new InHouseResult("", month, metric, value, "demo", clock.now(), "Demo data"));
            recorded.put(month + " " + metric, value);
          });
    }
    audit.record("demo", "InHouseResults", "demo", "ENTERED", null, recorded);
  }

  private Vendor vendor(
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
            + "@"
            + (website == null ? "vendor.example" : website.substring(8)));
    profile.setServices(List.of(services));
    Vendor vendor = Vendor.register(profile, "demo", clock.now());
    em.persist(vendor);
    em.flush();
    audit.record("demo", "Vendor", vendor.id(), "REGISTERED", null, VendorDetails.of(vendor));
    return vendor;
  }
}
