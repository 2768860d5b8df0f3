package io.outsight.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.outsight.core.assessment.Answer;
import io.outsight.core.assessment.AssessmentStatus;
import io.outsight.core.assessment.PublishedTemplate;
import io.outsight.core.assessment.ReviewDecision;
import io.outsight.core.assessment.RiskTier;
import io.outsight.core.assessment.TemplateDiff;
import io.outsight.core.assessment.TemplateJson;
import io.outsight.core.assessment.builtin.ReadinessAssessment;
import io.outsight.core.assessment.builtin.VendorDueDiligence;
import io.outsight.core.assessment.builtin.Verdict;
import io.outsight.core.audit.AuditEvent;
import io.outsight.core.audit.ChainSeal;
import io.outsight.core.audit.ChainVerification;
import io.outsight.core.audit.Checkpoint;
import io.outsight.core.compensation.PerLead;
import io.outsight.core.contract.ClauseContradiction;
import io.outsight.core.contract.ClauseFinding;
import io.outsight.core.contract.Contract;
import io.outsight.core.contract.ContractClauses;
import io.outsight.core.contract.ContractScope;
import io.outsight.core.contract.ReportingSchedule.Cadence;
import io.outsight.core.contract.TermSheet;
import io.outsight.core.vendor.ServiceOffering;
import io.outsight.core.vendor.VendorDetails;
import io.outsight.core.vendor.VendorOrder;
import io.outsight.core.vendor.VendorProfile;
import io.outsight.core.vendor.VendorSearch;
import io.outsight.core.vendor.VendorStatus;
import io.outsight.core.vendor.VendorSummary;
import io.outsight.extension.api.LocalizedText;
import io.outsight.extension.api.questionnaire.AnswerValue;
import io.outsight.extension.api.questionnaire.Question;
import io.outsight.extension.api.questionnaire.QuestionnaireTemplate;
import io.outsight.registry.assessment.ApprovalConditions;
import io.outsight.registry.assessment.AssessmentDetails;
import io.outsight.registry.assessment.Assessments;
import io.outsight.registry.assessment.ConditionDetails;
import io.outsight.registry.assessment.DueDiligence;
import io.outsight.registry.assessment.QuestionnaireDrafts;
import io.outsight.registry.assessment.QuestionnaireDrafts.DraftDetails;
import io.outsight.registry.assessment.QuestionnaireTemplates;
import io.outsight.registry.assessment.ReadinessAssessments;
import io.outsight.registry.assessment.RiskTierBackfill;
import io.outsight.registry.audit.AuditEntry;
import io.outsight.registry.audit.AuditKey;
import io.outsight.registry.audit.AuditTrail;
import io.outsight.registry.audit.CheckpointFiles;
import io.outsight.registry.audit.Checkpoints;
import io.outsight.registry.calendar.PortalClock;
import io.outsight.registry.contract.ClauseChecks;
import io.outsight.registry.contract.ClauseReview;
import io.outsight.registry.contract.ContractDetails;
import io.outsight.registry.contract.ContractLocks;
import io.outsight.registry.contract.Contracts;
import io.outsight.registry.extension.Extensions;
import io.outsight.registry.extension.InstalledExtension;
import io.outsight.registry.rules.Refused;
import io.outsight.registry.schema.SchemaMigrations;
import io.outsight.registry.vendor.VendorAlreadyRegisteredException;
import io.outsight.registry.vendor.Vendors;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.ConstraintViolationException;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The registry on a real Payara Micro and database, in one deployment: migrations, demo data, the
 * vendor boundary, templates, due diligence with four eyes, readiness assessments and extensions.
 */
@ExtendWith(ArquillianExtension.class)
class RegistryIT {

  private static final AtomicInteger NEXT_ID = new AtomicInteger(100_000_000);

  @Deployment
  static WebArchive deployment() {
    return RegistryDeployment.create();
  }

  @Inject Vendors vendors;
  @EJB AsProcurement procurement;
  @EJB AsAuditor auditor;
  @Inject PortalClock clock;

  @PersistenceContext(unitName = "outsight")
  EntityManager em;

  @Resource(lookup = SchemaMigrations.DATA_SOURCE)
  DataSource dataSource;

  @Resource ManagedExecutorService executor;

  /** A German vendor: its VAT number needs no check digit, so each test can make unique ones. */
  private static VendorProfile profile(String name) {
    VendorProfile profile = new VendorProfile();
    profile.setName(name);
    profile.setCountry("DE");
    profile.setBusinessId("DE" + NEXT_ID.incrementAndGet());
    profile.setContactName("Katrin Weber");
    profile.setContactEmail("katrin.weber@example.com");
    profile.setServices(List.of(ServiceOffering.LEAD_GENERATION));
    return profile;
  }

  private List<String> column(String sql) throws SQLException {
    return Sql.column(dataSource, sql);
  }

  @Test
  void migrationsBringTheSchemaToTheNewestVersion() throws SQLException {
    // PostgreSQL has one of its own (the audit trail's append-only trigger), and H2 one (the
    // ledger's ids handed out a thousand at a time)
    assertThat(
            column(
                "select \"version\" from \"flyway_schema_history\" where \"success\" and \"version\" is not null order by \"installed_rank\""))
        .containsExactlyElementsOf(
            Sql.onPostgresql(dataSource)
                ? List.of(
                    "1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15",
                    "16", "17", "18", "19", "20", "21", "22", "23", "24", "25", "26", "27", "28",
                    "29", "30", "31")
                : List.of(
                    "1", "2", "3", "4", "5", "6", "7", "9", "10", "11", "12", "13", "14", "15",
                    "16", "17", "18", "19", "20", "21", "22", "23", "24", "25", "26", "27", "28",
                    "29", "30", "31", "32"));
    assertThat(
            column(
                "select lower(table_name) from information_schema.tables where lower(table_schema) = 'public'"))
        .contains(
            "vendor",
            "vendor_service",
            "user_account",
            "user_account_role",
            "questionnaire_template",
            "assessment",
            "assessment_answer",
            "audit_event",
            "audit_chain_head",
            "contract",
            "contract_kpi",
            "metric_result",
            "result_submission",
            "report_export",
            "startup_lock");
    assertThat(
            column(
                "select lower(constraint_name) from information_schema.table_constraints where constraint_type = 'UNIQUE'"))
        .contains("uq_vendor_business_id");
  }

  @Test
  void theConnectionPoolIsAsLargeAsConfigured() throws SQLException {
    // arquillian.xml starts the server with outsight.datasource.max-pool-size=6 and a 2 s wait
    List<Connection> held = new ArrayList<>();
    try {
      for (int i = 0; i < 6; i++) {
        held.add(dataSource.getConnection());
      }
      assertThatThrownBy(dataSource::getConnection)
          .isInstanceOf(SQLException.class)
          .hasMessageContaining("max-pool-size");
    } finally {
      for (Connection connection : held) {
        connection.close();
      }
    }
    try (Connection again = dataSource.getConnection()) {
      assertThat(again.isValid(1)).isTrue();
    }
  }

  @Test
  void demoUsersAreSeededWithPbkdf2HashesOnly() throws SQLException {
    // beside the accounts other container tests open for their callers (it-...), on a database
    // those tests share (PostgreSQL)
    assertThat(
            column(
                "select username || ':' || role from user_account_role"
                    + " where username not like 'it-%' order by username"))
        .containsExactly("admin:ADMIN", "auditor:AUDITOR", "procurement:PROCUREMENT");
    assertThat(column("select password_hash from user_account where username not like 'it-%'"))
        .hasSize(3)
        .allSatisfy(hash -> assertThat(hash).startsWith("PBKDF2WithHmacSHA512:210000:"))
        .noneSatisfy(hash -> assertThat(hash).contains("outsight-demo"));
  }

  @Test
  void procurementRegistersAVendorAsAProspect() throws Exception {
    VendorProfile profile = profile("Registered Prospect GmbH");

    long id = procurement.call(() -> vendors.register(profile));

    List<VendorSummary> found =
        auditor.call(
            () ->
                vendors.search(
                    new VendorSearch("registered prospect", null, null, null, null),
                    VendorOrder.BY_NAME,
                    0,
                    10));
    assertThat(found)
        .singleElement()
        .satisfies(
            vendor -> {
              assertThat(vendor.id()).isEqualTo(id);
              assertThat(vendor.businessId()).isEqualTo(profile.getBusinessId());
              assertThat(vendor.status()).isEqualTo(VendorStatus.PROSPECT);
              assertThat(vendor.registeredAt()).isNotNull();
            });
    assertThat(column("select registered_by from vendor where id = " + id))
        .containsExactly("it-procurement");
  }

  @Test
  void aSecondRegistrationOfTheSameBusinessIdIsRefusedAndSavesNothing() throws Exception {
    VendorProfile first = profile("Original Vendor GmbH");
    procurement.call(() -> vendors.register(first));
    VendorProfile again = profile("Copycat Vendor GmbH");
    // The same VAT number as typed by someone else: lower case, with spaces.
    again.setBusinessId(first.getBusinessId().toLowerCase().replaceAll("(\\d{3})", "$1 "));
    long before = procurement.call(() -> vendors.count(VendorSearch.ALL));

    assertThatThrownBy(() -> procurement.call(() -> vendors.register(again)))
        .isInstanceOfSatisfying(
            VendorAlreadyRegisteredException.class,
            refused -> {
              assertThat(refused.businessId()).isEqualTo(first.getBusinessId());
              assertThat(refused.registeredName()).isEqualTo("Original Vendor GmbH");
            });
    assertThat(procurement.call(() -> vendors.count(VendorSearch.ALL))).isEqualTo(before);
  }

  @Test
  void anAuditorMayReadButNotRegister() throws Exception {
    long before = auditor.call(() -> vendors.count(VendorSearch.ALL));

    assertThatThrownBy(() -> auditor.call(() -> vendors.register(profile("Auditor's Vendor GmbH"))))
        .isInstanceOf(EJBAccessException.class);
    assertThat(auditor.call(() -> vendors.count(VendorSearch.ALL))).isEqualTo(before);
  }

  @Test
  void aCallerWithoutARoleIsRefused() {
    assertThatThrownBy(() -> vendors.count(VendorSearch.ALL))
        .isInstanceOf(EJBAccessException.class);
  }

  @Test
  void anIncompleteProfileIsRefusedByValidationAndSavesNothing() throws Exception {
    VendorProfile incomplete = profile(" ");
    long before = procurement.call(() -> vendors.count(VendorSearch.ALL));

    assertThatThrownBy(() -> procurement.call(() -> vendors.register(incomplete)))
        .hasRootCauseInstanceOf(ConstraintViolationException.class);
    assertThat(procurement.call(() -> vendors.count(VendorSearch.ALL))).isEqualTo(before);
  }

  @Test
  void searchPagesSortsAndFiltersInTheDatabase() throws Exception {
    for (int i = 0; i < 25; i++) {
      VendorProfile profile = profile(String.format("Paging Probe %02d", i));
      if (i % 5 == 0) {
        profile.setServices(List.of(ServiceOffering.COLD_CALLING, ServiceOffering.MARKETING));
      }
      procurement.call(() -> vendors.register(profile));
    }
    VendorSearch probes = new VendorSearch("PAGING probe", null, null, null, null);

    assertThat(auditor.call(() -> vendors.count(probes))).isEqualTo(25);
    assertThat(names(auditor.call(() -> vendors.search(probes, VendorOrder.BY_NAME, 10, 10))))
        .containsExactly(
            "Paging Probe 10",
            "Paging Probe 11",
            "Paging Probe 12",
            "Paging Probe 13",
            "Paging Probe 14",
            "Paging Probe 15",
            "Paging Probe 16",
            "Paging Probe 17",
            "Paging Probe 18",
            "Paging Probe 19");
    assertThat(
            names(
                auditor.call(
                    () ->
                        vendors.search(
                            probes, new VendorOrder(VendorOrder.Key.NAME, false), 0, 3))))
        .containsExactly("Paging Probe 24", "Paging Probe 23", "Paging Probe 22");

    VendorSearch coldCallingProbes =
        new VendorSearch(
            "paging probe", null, "DE", ServiceOffering.COLD_CALLING, VendorStatus.PROSPECT);
    assertThat(
            names(
                auditor.call(() -> vendors.search(coldCallingProbes, VendorOrder.BY_NAME, 0, 10))))
        .containsExactly(
            "Paging Probe 00",
            "Paging Probe 05",
            "Paging Probe 10",
            "Paging Probe 15",
            "Paging Probe 20");
    assertThat(
            auditor.call(
                () -> vendors.count(new VendorSearch("paging probe", null, "FI", null, null))))
        .isZero();
    // The user's % is a character to find, not a wildcard.
    assertThat(auditor.call(() -> vendors.count(new VendorSearch("%", null, null, null, null))))
        .isZero();
  }

  @Test
  void businessIdFilterMatchesFromTheStart() throws Exception {
    VendorProfile profile = profile("Prefix Probe GmbH");
    procurement.call(() -> vendors.register(profile));
    String prefix = profile.getBusinessId().substring(0, 8).toLowerCase();

    assertThat(
            names(
                auditor.call(
                    () ->
                        vendors.search(
                            new VendorSearch(null, prefix, null, null, null),
                            VendorOrder.BY_NAME,
                            0,
                            50))))
        .contains("Prefix Probe GmbH");
    assertThat(
            auditor.call(
                () ->
                    vendors.count(
                        new VendorSearch(
                            null, profile.getBusinessId().substring(2), null, null, null))))
        .isZero();
  }

  private static List<String> names(List<VendorSummary> vendors) {
    return vendors.stream().map(VendorSummary::name).toList();
  }

  @Inject DueDiligence dueDiligence;
  @Inject Assessments records;
  @Inject AuditTrail auditTrail;
  @Inject ReadinessAssessments readiness;
  @Inject QuestionnaireTemplates templates;
  @Inject Extensions extensions;
  @EJB AsAdmin admin;

  private long newVendor(String name) throws Exception {
    VendorProfile profile = profile(name);
    return procurement.call(() -> vendors.register(profile));
  }

  private VendorStatus statusOf(String name) throws Exception {
    List<VendorSummary> found =
        auditor.call(
            () ->
                vendors.search(
                    new VendorSearch(name, null, null, null, null), VendorOrder.BY_NAME, 0, 5));
    return found.get(0).status();
  }

  /** The best answer to every question of the template, except one left out. */
  private static List<Answer> answersTo(QuestionnaireTemplate template, String leaveOut) {
    List<Answer> answers = new ArrayList<>();
    for (Question question : template.questions()) {
      if (question.key().equals(leaveOut)) {
        continue;
      }
      AnswerValue value =
          switch (question.type()) {
            case SCALE_0_TO_5 -> new AnswerValue.Scale(5);
            case YES_NO -> new AnswerValue.YesNo(question.yesIsFavourable());
            case SINGLE_CHOICE, MULTIPLE_CHOICE ->
                new AnswerValue.Chosen(Set.of(question.choices().get(0).key()));
            default -> new AnswerValue.NotApplicable();
          };
      answers.add(Answer.of(question.key(), value));
    }
    return answers;
  }

  private static String ruleOf(Exception refusal) {
    return ((Refused) refusal).rule();
  }

  @Test
  void aPublishedVersionNeverChangesAndANewVersionIsPublishedBesideIt() throws Exception {
    List<PublishedTemplate> published = auditor.call(() -> templates.published());

    PublishedTemplate first =
        published.stream()
            .filter(
                template -> template.id().equals(VendorDueDiligence.ID) && template.version() == 1)
            .findFirst()
            .orElseThrow();
    assertThat(first.provider()).isEqualTo("io.outsight.questionnaires");
    assertThat(first.fingerprint())
        .isEqualTo(TemplateJson.fingerprint(VendorDueDiligence.version1()));
    assertThat(auditor.call(() -> templates.version(VendorDueDiligence.ID, 1)))
        .isEqualTo(VendorDueDiligence.version1());
    assertThat(auditor.call(() -> templates.latest(VendorDueDiligence.ID)).title().en())
        .isEqualTo("Vendor due diligence, fourth edition");
    assertThat(published).extracting(PublishedTemplate::id).contains(ReadinessAssessment.ID);
  }

  @Test
  void dueDiligenceGoesFromDraftToAFourEyesApprovalThatApprovesTheVendor() throws Exception {
    long vendorId = newVendor("Four Eyes Vendor GmbH");
    long id = procurement.call(() -> dueDiligence.start(vendorId));
    assertThat(statusOf("Four Eyes Vendor GmbH")).isEqualTo(VendorStatus.UNDER_ASSESSMENT);

    AssessmentDetails draft = procurement.call(() -> records.details(id));
    assertThat(draft.template().version()).isEqualTo(4);
    AssessmentDetails saved =
        procurement.call(
            () -> records.save(id, draft.version(), answersTo(draft.template(), "data.reuse")));

    Exception incomplete =
        assertThrows(
            Exception.class,
            () -> procurement.call(() -> dueDiligence.submit(id, saved.version())));
    assertThat(ruleOf(incomplete)).isEqualTo("assessment.incomplete");
    assertThat(((Refused) incomplete).details()).containsExactly("data.reuse");

    AssessmentDetails complete =
        procurement.call(() -> records.save(id, saved.version(), answersTo(draft.template(), "")));
    AssessmentDetails submitted =
        procurement.call(() -> dueDiligence.submit(id, complete.version()));
    assertThat(submitted.scoreCard().riskTier()).isEqualTo(RiskTier.LOW);

    Exception ownReview =
        assertThrows(
            Exception.class,
            () ->
                procurement.call(
                    () ->
                        dueDiligence.decide(
                            id,
                            submitted.version(),
                            ReviewDecision.of(AssessmentStatus.APPROVED, null))));
    assertThat(ruleOf(ownReview)).isEqualTo("assessment.four-eyes");
    assertThatThrownBy(
            () ->
                auditor.call(
                    () ->
                        dueDiligence.decide(
                            id,
                            submitted.version(),
                            ReviewDecision.of(AssessmentStatus.APPROVED, null))))
        .isInstanceOf(EJBAccessException.class);

    AssessmentDetails approved =
        admin.call(
            () ->
                dueDiligence.decide(
                    id, submitted.version(), ReviewDecision.of(AssessmentStatus.APPROVED, null)));
    assertThat(approved.status()).isEqualTo(AssessmentStatus.APPROVED);
    assertThat(approved.reviewer()).isEqualTo("it-admin");
    assertThat(statusOf("Four Eyes Vendor GmbH")).isEqualTo(VendorStatus.APPROVED);
    assertThat(auditor.call(() -> dueDiligence.ofVendor(vendorId)))
        .extracting(AssessmentDetails::id)
        .containsExactly(id);
  }

  @Test
  void aRejectionRejectsTheVendorWithTheReviewersReason() throws Exception {
    long vendorId = newVendor("Reused Leads GmbH");
    long id = procurement.call(() -> dueDiligence.start(vendorId));
    AssessmentDetails draft = procurement.call(() -> records.details(id));
    List<Answer> answers = new ArrayList<>(answersTo(draft.template(), "data.reuse"));
    answers.add(Answer.of("data.reuse", new AnswerValue.YesNo(true)));
    AssessmentDetails saved = procurement.call(() -> records.save(id, draft.version(), answers));
    AssessmentDetails submitted = procurement.call(() -> dueDiligence.submit(id, saved.version()));
    assertThat(submitted.scoreCard().redFlags())
        .extracting(flag -> flag.key())
        .containsExactly("leads-reusable");

    admin.call(
        () ->
            dueDiligence.decide(
                id,
                submitted.version(),
                ReviewDecision.of(
                    AssessmentStatus.REJECTED, "Our leads would be reused for competitors")));

    assertThat(statusOf("Reused Leads GmbH")).isEqualTo(VendorStatus.REJECTED);
  }

  @Test
  void aStaleVersionIsRefusedSoThatNoEditIsLost() throws Exception {
    long vendorId = newVendor("Concurrent Edit GmbH");
    long id = procurement.call(() -> dueDiligence.start(vendorId));
    AssessmentDetails draft = procurement.call(() -> records.details(id));
    procurement.call(
        () -> records.save(id, draft.version(), answersTo(draft.template(), "data.reuse")));

    Exception stale =
        assertThrows(
            Exception.class,
            () ->
                procurement.call(
                    () -> records.save(id, draft.version(), answersTo(draft.template(), ""))));
    assertThat(ruleOf(stale)).isEqualTo("assessment.changed-meanwhile");
    Exception twice =
        assertThrows(Exception.class, () -> procurement.call(() -> dueDiligence.start(vendorId)));
    assertThat(ruleOf(twice)).isEqualTo("assessment.already-open");
  }

  /**
   * Without an extension that publishes one, no questionnaire is offered to check a vendor against:
   * neither the due diligence's nor the readiness assessment's own, nor one no installed provider
   * publishes; and an auditor starts nothing.
   */
  @Test
  void aVendorIsCheckedOnlyAgainstAFurtherQuestionnaireAndNotByAnAuditor() throws Exception {
    long vendorId = newVendor("Checked Elsewhere Oy");
    assertThat(auditor.call(() -> templates.vendorChecks())).isEmpty();

    for (String template :
        List.of(VendorDueDiligence.ID, ReadinessAssessment.ID, "gdpr-check", "")) {
      Exception refused =
          assertThrows(
              Exception.class,
              () -> procurement.call(() -> dueDiligence.startCheck(vendorId, template)));
      assertThat(ruleOf(refused)).isEqualTo("assessment.not-a-check");
    }
    assertThatThrownBy(
            () -> auditor.call(() -> dueDiligence.startCheck(vendorId, VendorDueDiligence.ID)))
        .isInstanceOf(EJBAccessException.class);
    assertThat(procurement.call(() -> dueDiligence.ofVendor(vendorId))).isEmpty();
  }

  @Inject QuestionnaireDrafts drafts;

  @Test
  void theNextVersionIsWrittenAsADraftAndPublishedWhileStartedAssessmentsKeepTheirs()
      throws Exception {
    String id = ReadinessAssessment.ID;
    long startedBefore = procurement.call(() -> readiness.start("Before the next version"));
    QuestionnaireTemplate newest = auditor.call(() -> templates.latest(id));
    assertThatThrownBy(() -> procurement.call(() -> drafts.start(id)))
        .isInstanceOf(EJBAccessException.class);

    DraftDetails draft = admin.call(() -> drafts.start(id));
    assertThat(draft.content().version()).isEqualTo(newest.version() + 1);
    assertThat(ruleOf(assertThrows(Exception.class, () -> admin.call(() -> drafts.start(id)))))
        .isEqualTo("questionnaire.draft-exists");
    int next = newest.version() + 1;
    QuestionnaireTemplate reworded =
        new QuestionnaireTemplate(
            id,
            next,
            new LocalizedText("Outsourcing readiness, revised", "Ulkoistusvalmius, tarkistettu"),
            newest.sections(),
            newest.redFlags());
    DraftDetails revised = admin.call(() -> drafts.revise(id, draft.version(), reworded));
    assertThat(
            ruleOf(
                assertThrows(
                    Exception.class,
                    () -> admin.call(() -> drafts.revise(id, draft.version(), reworded)))))
        .as("a revision of a version someone else has revised since")
        .isEqualTo("questionnaire.changed-meanwhile");
    assertThat(admin.call(() -> drafts.changes(id)).changes())
        .containsExactly(
            new TemplateDiff.Change(
                TemplateDiff.Kind.CHANGED, TemplateDiff.Subject.TEMPLATE, id, List.of("title")));

    // a version the readiness advice could not read is kept as a draft but not published
    QuestionnaireTemplate withoutControl =
        new QuestionnaireTemplate(
            id,
            next,
            reworded.title(),
            reworded.sections().stream()
                .filter(
                    section ->
                        section.questions().stream()
                            .noneMatch(question -> question.key().equals("control.willing")))
                .toList(),
            reworded.redFlags().stream()
                .filter(flag -> !flag.questionKey().startsWith("control."))
                .toList());
    DraftDetails unreadable =
        admin.call(() -> drafts.revise(id, revised.version(), withoutControl));
    Exception refused =
        assertThrows(
            Exception.class, () -> admin.call(() -> drafts.publish(id, unreadable.version())));
    assertThat(ruleOf(refused)).isEqualTo("questionnaire.advice-reads");
    assertThat(((Refused) refused).details().get(0)).contains("control.willing");
    assertThat(auditor.call(() -> templates.latest(id)).version()).isEqualTo(newest.version());

    DraftDetails restored = admin.call(() -> drafts.revise(id, unreadable.version(), reworded));
    QuestionnaireTemplate published = admin.call(() -> drafts.publish(id, restored.version()));

    assertThat(published).isEqualTo(reworded);
    assertThat(auditor.call(() -> templates.latest(id))).isEqualTo(reworded);
    assertThat(auditor.call(() -> templates.version(id, newest.version()))).isEqualTo(newest);
    assertThat(admin.call(() -> drafts.draft(id))).isEmpty();
    assertThat(procurement.call(() -> records.details(startedBefore)).template().version())
        .isEqualTo(newest.version());
    long startedAfter = procurement.call(() -> readiness.start("After the next version"));
    assertThat(procurement.call(() -> records.details(startedAfter)).template().version())
        .isEqualTo(next);
    assertThat(
            column(
                "select action || ' by ' || actor from audit_event where entity_id = '"
                    + id
                    + "' order by sequence"))
        .containsSubsequence(
            "STARTED by it-admin",
            "REVISED by it-admin",
            "REVISED by it-admin",
            "PUBLISHED by it-admin");
  }

  @Test
  void readinessIsSavedRevisedAndComparable() throws Exception {
    long id = procurement.call(() -> readiness.start("Outsource lead generation in 2027?"));
    AssessmentDetails draft = procurement.call(() -> records.details(id));
    List<Answer> answers = new ArrayList<>(answersTo(draft.template(), "scope.considered"));
    answers.add(Answer.of("scope.considered", new AnswerValue.Chosen(Set.of("lead-generation"))));
    AssessmentDetails saved = procurement.call(() -> records.save(id, draft.version(), answers));
    assertThat(saved.advice())
        .singleElement()
        .satisfies(advice -> assertThat(advice.verdict()).isEqualTo(Verdict.OUTSOURCE));

    long revision = procurement.call(() -> readiness.revise(id));

    List<AssessmentDetails> all = auditor.call(() -> readiness.all());
    assertThat(all).extracting(AssessmentDetails::id).contains(id, revision);
    AssessmentDetails revised =
        all.stream().filter(details -> details.id() == revision).findFirst().orElseThrow();
    assertThat(revised.answers()).containsExactlyInAnyOrderElementsOf(saved.answers());
    assertThat(revised.subject()).isEqualTo("Outsource lead generation in 2027?");
  }

  @Test
  void administratorsSeeEveryInstalledExtensionWithItsPointAndModule() throws Exception {
    List<InstalledExtension> installed = admin.call(() -> extensions.installed());

    assertThat(installed)
        .extracting(InstalledExtension::extensionPoint, InstalledExtension::id)
        .contains(
            tuple("QuestionnaireProvider", "io.outsight.questionnaires"),
            tuple("QuestionnaireProvider", "it.changed-questionnaires"));
    assertThat(installed)
        .filteredOn(extension -> extension.id().equals("io.outsight.questionnaires"))
        .singleElement()
        .satisfies(extension -> assertThat(extension.module()).startsWith("assessment-core"));
    // every one at a point of its own and with the jar it came in, the core's behind their proxies
    assertThat(installed)
        .extracting(InstalledExtension::extensionPoint, InstalledExtension::id)
        .contains(
            tuple("CompensationModel", "per-lead"),
            tuple("MetricDefinition", "leads-created"),
            tuple("MetricDefinition", "cost-per-lead"));
    assertThat(installed)
        .allSatisfy(
            extension -> {
              assertThat(extension.extensionPoint())
                  .as(extension.id())
                  .isIn(
                      "QuestionnaireProvider",
                      "CompensationModel",
                      "MetricDefinition",
                      "ReportExporter");
              assertThat(extension.module()).as(extension.id()).matches(".+\\.jar|WEB-INF/classes");
            });
    assertThat(installed)
        .filteredOn(extension -> extension.id().equals("it.changed-questionnaires"))
        .extracting(InstalledExtension::module)
        .containsExactly("WEB-INF/classes");
    assertThatThrownBy(() -> procurement.call(() -> extensions.installed()))
        .isInstanceOf(EJBAccessException.class);
  }

  @Test
  void anAdministratorTakesAModelOutOfNewUseAndBackAudited() throws Exception {
    long vendorId = newVendor("Out Of Use Leads Oy");
    String key = "CompensationModel/" + PerLead.ID;

    admin.call(
        () -> {
          extensions.disable("CompensationModel", PerLead.ID);
          return null;
        });
    try {
      assertThat(auditor.call(() -> extensions.installed()))
          .filteredOn(extension -> extension.id().equals(PerLead.ID))
          .extracting(InstalledExtension::state)
          .containsExactly(InstalledExtension.State.DISABLED);
      // not for a new contract, and nothing is stored
      assertThatThrownBy(
              () ->
                  procurement.call(
                      () ->
                          contracts.draft(
                              vendorId, contractTerms("OUT-OF-USE-1", new ContractClauses()))))
          .satisfies(
              refusal ->
                  assertThat(ruleOf((Exception) refusal)).isEqualTo("contract.model-disabled"));
      assertThat(column("select count(*) from contract where reference = 'OUT-OF-USE-1'"))
          .containsExactly("0");
      // only administrators take a contribution in or out of use
      assertThatThrownBy(
              () ->
                  procurement.call(
                      () -> {
                        extensions.enable("CompensationModel", PerLead.ID);
                        return null;
                      }))
          .isInstanceOf(EJBAccessException.class);
    } finally {
      admin.call(
          () -> {
            extensions.enable("CompensationModel", PerLead.ID);
            return null;
          });
    }

    assertThat(auditor.call(() -> extensions.installed()))
        .filteredOn(extension -> extension.id().equals(PerLead.ID))
        .extracting(InstalledExtension::state)
        .containsExactly(InstalledExtension.State.LOADED);
    long drafted =
        procurement.call(
            () -> contracts.draft(vendorId, contractTerms("OUT-OF-USE-1", new ContractClauses())));
    assertThat(drafted).isPositive();
    assertThat(
            column(
                "select action || ' by ' || actor from audit_event where entity_type = 'Extension'"
                    + " and entity_id = '"
                    + key
                    + "' order by sequence"))
        .endsWith("DISABLED by it-admin", "ENABLED by it-admin");
  }

  private List<String> events(String entityType, long entityId) throws SQLException {
    return column(
        "select action || ' by ' || actor from audit_event where entity_type = '"
            + entityType
            + "' and entity_id = '"
            + entityId
            + "' order by sequence");
  }

  @Test
  void everyChangeWritesAChainedAuditEventAndARefusedOneWritesNone() throws Exception {
    long vendorId = newVendor("Audited Vendor GmbH");
    long id = procurement.call(() -> dueDiligence.start(vendorId));
    AssessmentDetails draft = procurement.call(() -> records.details(id));
    procurement.call(() -> records.save(id, draft.version(), answersTo(draft.template(), "")));

    assertThat(events("Vendor", vendorId))
        .containsExactly("REGISTERED by it-procurement", "STATUS_CHANGED by it-procurement");
    assertThat(events("Assessment", id))
        .containsExactly("STARTED by it-procurement", "ANSWERED by it-procurement");
    assertThat(
            column(
                "select after_state from audit_event where entity_type = 'Vendor' and entity_id = '"
                    + vendorId
                    + "' order by sequence"))
        .last()
        .asString()
        .contains("\"status\":\"UNDER_ASSESSMENT\"", "\"name\":\"Audited Vendor GmbH\"");

    long eventsBefore = Long.parseLong(column("select count(*) from audit_event").get(0));
    assertThrows(Exception.class, () -> procurement.call(() -> dueDiligence.start(vendorId)));
    assertThat(Long.parseLong(column("select count(*) from audit_event").get(0)))
        .isEqualTo(eventsBefore);
    assertThat(auditor.call(() -> auditTrail.verify()).intact()).isTrue();
    assertThatThrownBy(() -> procurement.call(() -> auditTrail.verify()))
        .isInstanceOf(EJBAccessException.class);
  }

  /**
   * Changes committed while an auditor verifies (a background import, other users) leave events
   * past the head read before the walk; they are the portal's own, so the trail is intact every
   * time.
   */
  @Test
  void aTrailVerifiedWhileOthersChangeItIsIntact() throws Exception {
    ExecutorService others = Executors.newSingleThreadExecutor();
    try {
      Future<?> registering =
          others.submit(
              () -> {
                for (int vendor = 0; vendor < 100; vendor++) {
                  newVendor("Busy Vendor " + vendor + " Oy");
                }
                return null;
              });
      List<ChainVerification> verified = new ArrayList<>();
      while (!registering.isDone()) {
        verified.add(auditor.call(() -> auditTrail.verify()));
      }
      registering.get();
      assertThat(verified).isNotEmpty().allSatisfy(check -> assertThat(check.intact()).isTrue());
    } finally {
      others.shutdownNow();
    }
  }

  @Test
  void theTrailRefusesEditsOnPostgresqlAndVerificationNamesAnEditedOrRemovedEvent()
      throws Exception {
    newVendor("Tamper Target GmbH");
    long sequence = Long.parseLong(column("select max(sequence) - 1 from audit_event").get(0));
    String original = column("select actor from audit_event where sequence = " + sequence).get(0);
    boolean postgresql = Sql.onPostgresql(dataSource);
    if (postgresql) {
      // the portal's own role may read and append, nothing more; the trigger stops even the
      // schema's owner
      for (String change :
          List.of(
              "update audit_event set actor = 'someone-else' where sequence = " + sequence,
              "delete from audit_event where sequence = " + sequence,
              "truncate audit_event",
              "alter table audit_event disable trigger user")) {
        assertThatThrownBy(() -> Sql.execute(dataSource, change))
            .as(change)
            .hasMessageMatching("(?s).*(permission denied|must be owner).*");
      }
      try (Connection owner = tamperer()) {
        assertThatThrownBy(
                () ->
                    owner
                        .createStatement()
                        .executeUpdate("delete from audit_event where sequence = " + sequence))
            .hasMessageContaining("append-only");
        // what the schema's owner can still do, and what the chain then shows
        owner.createStatement().executeUpdate("alter table audit_event disable trigger user");
      }
    }
    try (Connection connection = tamperer()) {
      connection
          .createStatement()
          .executeUpdate(
              "update audit_event set actor = 'someone-else' where sequence = " + sequence);
      ChainVerification edited = auditor.call(() -> auditTrail.verify());
      assertThat(edited.firstBrokenLink())
          .contains(new ChainVerification.BrokenLink(sequence, ChainVerification.Breach.EDITED));
      connection
          .createStatement()
          .executeUpdate(
              "update audit_event set actor = '" + original + "' where sequence = " + sequence);

      connection
          .createStatement()
          .executeUpdate(
              "create table removed_event as select * from audit_event where sequence = "
                  + sequence);
      connection
          .createStatement()
          .executeUpdate("delete from audit_event where sequence = " + sequence);
      ChainVerification removed = auditor.call(() -> auditTrail.verify());
      assertThat(removed.firstBrokenLink())
          .contains(new ChainVerification.BrokenLink(sequence, ChainVerification.Breach.GAP));
      connection
          .createStatement()
          .executeUpdate("insert into audit_event select * from removed_event");
      connection.createStatement().executeUpdate("drop table removed_event");

      // the newest event removed: a shorter chain, every link intact, that ends before its head
      long newest = Long.parseLong(column("select max(sequence) from audit_event").get(0));
      connection
          .createStatement()
          .executeUpdate(
              "create table removed_event as select * from audit_event where sequence = " + newest);
      connection
          .createStatement()
          .executeUpdate("delete from audit_event where sequence = " + newest);
      assertThat(auditor.call(() -> auditTrail.verify()).firstBrokenLink())
          .contains(new ChainVerification.BrokenLink(newest, ChainVerification.Breach.TRUNCATED));
      connection
          .createStatement()
          .executeUpdate("insert into audit_event select * from removed_event");
      connection.createStatement().executeUpdate("drop table removed_event");

      // the newest event written anew with the key: every link checks, the head does not
      AuditEvent genuine = event(newest);
      AuditEvent forged =
          AuditEvent.following(
              newest - 1,
              genuine.previousHash(),
              genuine.occurredAt(),
              "someone-else",
              genuine.entityType(),
              genuine.entityId(),
              genuine.action(),
              genuine.before(),
              genuine.after(),
              auditKey.key());
      connection
          .createStatement()
          .executeUpdate(
              "update audit_event set actor = 'someone-else', hash = '"
                  + forged.hash()
                  + "' where sequence = "
                  + newest);
      assertThat(auditor.call(() -> auditTrail.verify()).firstBrokenLink())
          .contains(
              new ChainVerification.BrokenLink(newest, ChainVerification.Breach.HEAD_MISMATCH));
      connection
          .createStatement()
          .executeUpdate(
              "update audit_event set actor = '"
                  + genuine.actor()
                  + "', hash = '"
                  + genuine.hash()
                  + "' where sequence = "
                  + newest);
    } finally {
      if (postgresql) {
        try (Connection owner = tamperer()) {
          owner.createStatement().executeUpdate("alter table audit_event enable trigger user");
        }
      }
    }
    assertThat(auditor.call(() -> auditTrail.verify()).intact()).isTrue();
  }

  /**
   * A connection of someone who can rewrite the trail behind the portal's back: on PostgreSQL the
   * schema's owner, whose name the server was given; on H2 anyone who opens the database.
   */
  private Connection tamperer() throws SQLException {
    return Sql.onPostgresql(dataSource)
        ? DriverManager.getConnection(
            System.getProperty("outsight.datasource.url"),
            System.getProperty("outsight.datasource.owner.user"),
            System.getProperty("outsight.datasource.owner.password"))
        : dataSource.getConnection();
  }

  @Inject AuditKey auditKey;

  @EJB Checkpoints checkpoints;

  @Inject CheckpointFiles checkpointFiles;

  @Test
  void aTrailRewrittenWholeOrRestoredFromAnOlderBackupIsNamedByItsKeyAndItsCheckpoints()
      throws Exception {
    newVendor("Rewrite Target GmbH");
    Checkpoint anchored = checkpoints.now().orElseThrow();
    assertThat(checkpointFiles.all()).extracting(Checkpoint::number).contains(anchored.number());
    long newest = anchored.trailSequence();
    boolean postgresql = Sql.onPostgresql(dataSource);
    try (Connection owner = tamperer()) {
      Statement sql = owner.createStatement();
      sql.executeUpdate("create table saved_event as select * from audit_event");
      sql.executeUpdate("create table saved_head as select * from audit_chain_head");
      if (postgresql) {
        sql.executeUpdate("alter table audit_event disable trigger user");
      }
      try {
        // the whole trail written anew, every link consistent, by someone who can write the
        // database
        // but does not hold the key: the first event's seal does not check
        String previousHash = AuditEvent.GENESIS;
        for (long sequence = 1; sequence <= newest; sequence++) {
          AuditEvent genuine = event(sequence);
          AuditEvent forged =
              AuditEvent.following(
                  sequence - 1,
                  previousHash,
                  genuine.occurredAt(),
                  genuine.actor(),
                  genuine.entityType(),
                  genuine.entityId(),
                  genuine.action(),
                  genuine.before(),
                  genuine.after(),
                  ChainSeal.UNKEYED);
          sql.executeUpdate(
              "update audit_event set previous_hash = '"
                  + forged.previousHash()
                  + "', hash = '"
                  + forged.hash()
                  + "' where sequence = "
                  + sequence);
          previousHash = forged.hash();
        }
        sql.executeUpdate("update audit_chain_head set last_hash = '" + previousHash + "'");
        em.clear();
        assertThat(auditor.call(() -> auditTrail.verify()).firstBrokenLink())
            .contains(new ChainVerification.BrokenLink(1, ChainVerification.Breach.EDITED));

        // and the mark of where the key began moved past it, so that plain SHA-256 checks: the
        // checkpoints disagree
        sql.executeUpdate("update audit_chain_head set legacy_through = " + newest);
        assertThat(auditor.call(() -> auditTrail.verify()).firstBrokenLink())
            .map(ChainVerification.BrokenLink::breach)
            .contains(ChainVerification.Breach.CHECKPOINT_MISMATCH);

        // an older backup restored, trail and head alike: it ends before the newest checkpoint
        restore(sql);
        sql.executeUpdate("delete from audit_event where sequence = " + newest);
        sql.executeUpdate(
            "update audit_chain_head set last_sequence = "
                + (newest - 1)
                + ", last_hash = '"
                + event(newest - 1).hash()
                + "'");
        assertThat(auditor.call(() -> auditTrail.verify()).firstBrokenLink())
            .contains(
                new ChainVerification.BrokenLink(
                    newest, ChainVerification.Breach.BEHIND_CHECKPOINT));
      } finally {
        restore(sql);
        sql.executeUpdate("drop table saved_event");
        sql.executeUpdate("drop table saved_head");
        if (postgresql) {
          sql.executeUpdate("alter table audit_event enable trigger user");
        }
      }
    }
    assertThat(auditor.call(() -> auditTrail.verify()).intact()).isTrue();
  }

  private void restore(Statement sql) throws SQLException {
    sql.executeUpdate("delete from audit_event");
    sql.executeUpdate("insert into audit_event select * from saved_event");
    sql.executeUpdate("delete from audit_chain_head");
    sql.executeUpdate("insert into audit_chain_head select * from saved_head");
    em.clear();
  }

  @Test
  void overdueReassessmentsListApprovedVendorsPastTheirDate() throws Exception {
    long vendorId = newVendor("Overdue Reassessment GmbH");
    long id = procurement.call(() -> dueDiligence.start(vendorId));
    AssessmentDetails draft = procurement.call(() -> records.details(id));
    AssessmentDetails saved =
        procurement.call(() -> records.save(id, draft.version(), answersTo(draft.template(), "")));
    AssessmentDetails submitted = procurement.call(() -> dueDiligence.submit(id, saved.version()));
    admin.call(
        () ->
            dueDiligence.decide(
                id,
                submitted.version(),
                new ReviewDecision(
                    AssessmentStatus.CONDITIONALLY_APPROVED,
                    "References to be checked",
                    null,
                    List.of(
                        new ReviewDecision.Condition(
                            "Call two references", "it-procurement", clock.today())))));
    // a low risk vendor is assessed again in 24 months
    assertThat(auditor.call(() -> vendors.details(vendorId)).orElseThrow().reassessBy())
        .isEqualTo(clock.today().plusMonths(24));
    assertThat(auditor.call(() -> dueDiligence.overdueReassessments()))
        .extracting(vendor -> vendor.id())
        .doesNotContain(vendorId);

    // due today is not yet overdue; due yesterday is
    reassessBy(vendorId, clock.today());
    assertThat(auditor.call(() -> dueDiligence.overdueReassessments()))
        .extracting(vendor -> vendor.id())
        .doesNotContain(vendorId);
    reassessBy(vendorId, clock.today().minusDays(1));
    assertThat(auditor.call(() -> dueDiligence.overdueReassessments()))
        .extracting(vendor -> vendor.id())
        .contains(vendorId);
    assertThat(statusOf("Overdue Reassessment GmbH"))
        .isEqualTo(VendorStatus.CONDITIONALLY_APPROVED);
  }

  @Inject ApprovalConditions approvalConditions;
  @EJB RiskTierBackfill backfill;
  @Inject ClauseChecks clauseChecks;
  @Inject Contracts contracts;

  /** A due diligence submitted with the best answers but for those given. */
  private AssessmentDetails submittedDueDiligence(long vendorId, Answer... given) throws Exception {
    long id = procurement.call(() -> dueDiligence.start(vendorId));
    AssessmentDetails draft = procurement.call(() -> records.details(id));
    List<Answer> answers = new ArrayList<>(answersTo(draft.template(), ""));
    for (Answer answer : given) {
      answers.replaceAll(best -> best.questionKey().equals(answer.questionKey()) ? answer : best);
    }
    AssessmentDetails saved = procurement.call(() -> records.save(id, draft.version(), answers));
    return procurement.call(() -> dueDiligence.submit(id, saved.version()));
  }

  private static Answer chose(String question, String choice) {
    return Answer.of(question, new AnswerValue.Chosen(Set.of(choice)));
  }

  @Test
  void aRiskyVendorIsApprovedOnlyWithAJustificationAndItsConditionsAreFollowedUpToTheirClose()
      throws Exception {
    long vendorId = newVendor("Kept Leads GmbH");
    AssessmentDetails submitted =
        submittedDueDiligence(vendorId, chose(VendorDueDiligence.LEAD_OWNERSHIP, "vendor"));
    assertThat(submitted.scoreCard().riskTier()).isEqualTo(RiskTier.HIGH);
    long id = submitted.id();

    Exception unjustified =
        assertThrows(
            Exception.class,
            () ->
                admin.call(
                    () ->
                        dueDiligence.decide(
                            id,
                            submitted.version(),
                            ReviewDecision.of(AssessmentStatus.APPROVED, "Good otherwise"))));
    assertThat(ruleOf(unjustified)).isEqualTo("assessment.justification-required");
    assertThat(statusOf("Kept Leads GmbH")).isEqualTo(VendorStatus.UNDER_ASSESSMENT);

    LocalDate inTwoWeeks = clock.today().plusDays(14);
    AssessmentDetails decided =
        admin.call(
            () ->
                dueDiligence.decide(
                    id,
                    submitted.version(),
                    new ReviewDecision(
                        AssessmentStatus.CONDITIONALLY_APPROVED,
                        null,
                        "The lead ownership clause will be negotiated before signing",
                        List.of(
                            new ReviewDecision.Condition(
                                "Agree that the leads are ours", "it-procurement", inTwoWeeks),
                            new ReviewDecision.Condition(
                                "Send the signed DPA", "it-procurement", clock.today())))));
    assertThat(decided.riskJustification())
        .isEqualTo("The lead ownership clause will be negotiated before signing");
    assertThat(statusOf("Kept Leads GmbH")).isEqualTo(VendorStatus.CONDITIONALLY_APPROVED);
    // a high risk vendor is assessed again in 12 months
    assertThat(auditor.call(() -> vendors.details(vendorId)).orElseThrow())
        .satisfies(
            vendor -> {
              assertThat(vendor.riskTier()).isEqualTo(RiskTier.HIGH);
              assertThat(vendor.reassessBy()).isEqualTo(clock.today().plusMonths(12));
            });
    assertThat(events("Assessment", id)).last().asString().startsWith("DECIDED by it-admin");
    // approved before tiers were kept: the tier is recorded from the decision, the date stands
    sql(
        "update vendor set risk_tier = null, reassess_by = date '2030-01-31' where id = "
            + vendorId);
    assertThat(backfill.recordTiers()).isEqualTo(1);
    assertThat(auditor.call(() -> vendors.details(vendorId)).orElseThrow())
        .satisfies(
            vendor -> {
              assertThat(vendor.riskTier()).isEqualTo(RiskTier.HIGH);
              assertThat(vendor.reassessBy()).isEqualTo(LocalDate.of(2030, 1, 31));
            });
    assertThat(events("Vendor", vendorId)).last().isEqualTo("RISK_TIER_RECORDED by outsight");
    assertThat(backfill.recordTiers()).isZero();
    assertThat(column("select risk_justification from assessment where id = " + id))
        .containsExactly("The lead ownership clause will be negotiated before signing");

    List<ConditionDetails> conditions = auditor.call(() -> approvalConditions.ofVendor(vendorId));
    assertThat(conditions)
        .extracting(ConditionDetails::description, ConditionDetails::dueOn)
        .containsExactly(
            tuple("Send the signed DPA", clock.today()),
            tuple("Agree that the leads are ours", inTwoWeeks));
    assertThat(conditions).noneMatch(ConditionDetails::overdue);
    assertThat(auditor.call(() -> approvalConditions.open()))
        .extracting(ConditionDetails::id)
        .containsAll(conditions.stream().map(ConditionDetails::id).toList());
    ConditionDetails dpa = conditions.get(0);
    assertThat(events("ApprovalCondition", dpa.id())).containsExactly("SET by it-admin");

    // past its due date, a condition is overdue
    sql("update approval_condition set due_on = due_on - 1 where id = " + dpa.id());
    assertThat(auditor.call(() -> approvalConditions.ofVendor(vendorId)).get(0).overdue()).isTrue();

    Exception withoutNote =
        assertThrows(
            Exception.class,
            () -> procurement.call(() -> approvalConditions.close(dpa.id(), dpa.version(), " ")));
    assertThat(ruleOf(withoutNote)).isEqualTo("condition.note-required");
    assertThatThrownBy(
            () ->
                auditor.call(
                    () -> approvalConditions.close(dpa.id(), dpa.version(), "Auditors only read")))
        .isInstanceOf(EJBAccessException.class);
    ConditionDetails closed =
        procurement.call(
            () -> approvalConditions.close(dpa.id(), dpa.version(), "Signed DPA in DMS-0815"));
    assertThat(closed.open()).isFalse();
    assertThat(closed.overdue()).isFalse();
    assertThat(closed.closedBy()).isEqualTo("it-procurement");
    Exception twice =
        assertThrows(
            Exception.class,
            () ->
                procurement.call(() -> approvalConditions.close(dpa.id(), dpa.version(), "Again")));
    assertThat(ruleOf(twice)).isEqualTo("condition.changed-meanwhile");
    assertThat(events("ApprovalCondition", dpa.id()))
        .containsExactly("SET by it-admin", "CLOSED by it-procurement");
    assertThat(auditor.call(() -> approvalConditions.open()))
        .extracting(ConditionDetails::id)
        .doesNotContain(dpa.id())
        .contains(conditions.get(1).id());
  }

  private void sql(String statement) throws SQLException {
    try (var connection = dataSource.getConnection()) {
      connection.createStatement().executeUpdate(statement);
    }
  }

  /**
   * A contract the transaction read before it locked the contract's row, whose row another
   * transaction changed meanwhile, is read again under the lock: a results file is checked against
   * the locked row, not against the earlier copy.
   */
  @Test
  void aContractLockedByReferenceIsReadAgainWhenItsRowChangedAfterTheTransactionReadIt()
      throws Exception {
    long vendorId = newVendor("Locked Again Oy");
    String reference = "LOCK-AGAIN-" + NEXT_ID.incrementAndGet();
    long contractId =
        procurement.call(
            () -> contracts.draft(vendorId, contractTerms(reference, new ContractClauses())));

    procurement.call(
        () -> {
          Contract read = em.find(Contract.class, contractId);
          assertThat(read.exitPlanNote()).isEmpty();
          // committed by a task of its own, outside this transaction
          executor
              .submit(
                  () -> {
                    sql(
                        "update contract set exit_plan_note = 'Agreed meanwhile',"
                            + " version = version + 1 where id = "
                            + contractId);
                    return null;
                  })
              .get();
          try (var connection = dataSource.getConnection();
              var locks = new ContractLocks(em, connection)) {
            Contract locked = locks.lockedByReference(reference).orElseThrow();
            assertThat(locked).isSameAs(read);
            assertThat(locked.exitPlanNote()).contains("Agreed meanwhile");
          }
          return null;
        });
  }

  /** A year's lead generation contract with the vendor, from the first of next month. */
  private TermSheet contractTerms(String reference, ContractClauses clauses) {
    TermSheet terms = new TermSheet();
    terms.setReference(reference);
    terms.setScope(ContractScope.LEAD_GENERATION);
    terms.setStart(clock.today().withDayOfMonth(1).plusMonths(1));
    terms.setEnd(terms.getStart().plusYears(1).minusDays(1));
    terms.setCompensationModel(PerLead.ID);
    terms.setTiers(
        new ArrayList<>(List.of(new TermSheet.Band(BigDecimal.ZERO, new BigDecimal("40")))));
    terms.setCadence(Cadence.MONTHLY);
    terms.setDueDay(10);
    terms.setClauses(clauses);
    return terms;
  }

  @Test
  void aContractStartsWithTheClausesDueDiligenceImpliesAndShowsEachContradictionUntilResolved()
      throws Exception {
    long vendorId = newVendor("Subcontracting Leads GmbH");
    AssessmentDetails submitted =
        submittedDueDiligence(
            vendorId,
            chose(VendorDueDiligence.LEAD_OWNERSHIP, "shared"),
            chose(VendorDueDiligence.FULFILMENT, "disclosed-subcontractor"),
            Answer.of(VendorDueDiligence.DATA_LOCATION, new AnswerValue.Text("Pipedrive, EU")));
    admin.call(
        () ->
            dueDiligence.decide(
                submitted.id(),
                submitted.version(),
                new ReviewDecision(
                    AssessmentStatus.APPROVED, null, "Shared leads are acceptable here", null)));

    long withoutDueDiligence = newVendor("No Due Diligence GmbH");
    assertThat(procurement.call(() -> clauseChecks.impliedFor(withoutDueDiligence))).isEmpty();
    ContractClauses implied =
        procurement.call(() -> clauseChecks.impliedFor(vendorId)).orElseThrow();
    assertThat(implied.isWeOwnLeads()).isTrue();
    assertThat(implied.isSubcontractingAllowed()).isTrue();
    assertThat(implied.isDataInsideEea()).isTrue();
    assertThat(implied.getDataLocation()).isEqualTo("Pipedrive, EU");
    // procurement forbids subcontracting all the same
    implied.setSubcontractingAllowed(false);
    long contractId =
        procurement.call(() -> contracts.draft(vendorId, contractTerms("DD-CLAUSES-1", implied)));

    ClauseReview review = auditor.call(() -> clauseChecks.review(contractId));
    assertThat(review.assessmentId()).isEqualTo(submitted.id());
    assertThat(review.standing())
        .extracting(ClauseFinding::contradiction)
        .containsExactly(ClauseContradiction.SUBCONTRACTING, ClauseContradiction.LEAD_OWNERSHIP);
    assertThat(auditor.call(() -> clauseChecks.standing()))
        .extracting(ClauseReview::contractId)
        .contains(contractId);

    assertThatThrownBy(
            () ->
                auditor.call(
                    () ->
                        clauseChecks.accept(
                            contractId, ClauseContradiction.SUBCONTRACTING, "Read only")))
        .isInstanceOf(EJBAccessException.class);
    Exception withoutReason =
        assertThrows(
            Exception.class,
            () ->
                procurement.call(
                    () -> clauseChecks.accept(contractId, ClauseContradiction.SUBCONTRACTING, "")));
    assertThat(ruleOf(withoutReason)).isEqualTo("clause.reason-required");
    ClauseReview accepted =
        procurement.call(
            () ->
                clauseChecks.accept(
                    contractId,
                    ClauseContradiction.SUBCONTRACTING,
                    "The subcontractor is bound by annex 3"));
    assertThat(accepted.standing())
        .extracting(ClauseFinding::contradiction)
        .containsExactly(ClauseContradiction.LEAD_OWNERSHIP);
    assertThat(accepted.findings().get(0).acceptedBy()).isEqualTo("it-procurement");
    assertThat(events("Contract", contractId)).contains("CLAUSE_ACCEPTED by it-procurement");
    Exception twice =
        assertThrows(
            Exception.class,
            () ->
                procurement.call(
                    () ->
                        clauseChecks.accept(
                            contractId, ClauseContradiction.SUBCONTRACTING, "Once more")));
    assertThat(ruleOf(twice)).isEqualTo("clause.accepted-already");

    // giving up the clause resolves the last contradiction
    ContractDetails draft = auditor.call(() -> contracts.details(contractId).orElseThrow());
    TermSheet amended = draft.terms();
    amended.getClauses().setWeOwnLeads(false);
    procurement.call(() -> contracts.amend(contractId, draft.version(), amended));
    assertThat(auditor.call(() -> clauseChecks.review(contractId)).standing()).isEmpty();
    assertThat(auditor.call(() -> clauseChecks.standing()))
        .extracting(ClauseReview::contractId)
        .doesNotContain(contractId);
  }

  @Test
  void aVendorsProfileIsKeptUpToDateWithItsVersionCheckedAndBeforeAndAfterAudited()
      throws Exception {
    long vendorId = newVendor("Profile Vendor GmbH");
    VendorDetails registered = auditor.call(() -> vendors.details(vendorId)).orElseThrow();
    VendorProfile changed = VendorProfile.of(registered);
    changed.setName("Profile Vendor Group GmbH");
    changed.setWebsite("https://profile-vendor.example");
    changed.setContactEmail("sales@profile-vendor.example");

    assertThatThrownBy(
            () -> auditor.call(() -> vendors.update(vendorId, registered.version(), changed)))
        .isInstanceOf(EJBAccessException.class);
    VendorDetails updated =
        procurement.call(() -> vendors.update(vendorId, registered.version(), changed));

    assertThat(updated.name()).isEqualTo("Profile Vendor Group GmbH");
    assertThat(updated.contactEmail()).isEqualTo("sales@profile-vendor.example");
    assertThat(updated.businessId()).isEqualTo(registered.businessId());
    AuditEntry event =
        auditor
            .call(() -> auditTrail.history("Vendor", List.of(String.valueOf(vendorId)), 5))
            .get(0);
    assertThat(event.action()).isEqualTo("UPDATED");
    assertThat(event.before()).contains("\"name\":\"Profile Vendor GmbH\"");
    assertThat(event.after()).contains("\"name\":\"Profile Vendor Group GmbH\"");

    // the version the other user saw is stale now: nothing they typed is stored
    VendorProfile stale = VendorProfile.of(registered);
    stale.setName("Stale Name GmbH");
    Exception refused =
        assertThrows(
            Exception.class,
            () -> procurement.call(() -> vendors.update(vendorId, registered.version(), stale)));
    assertThat(ruleOf(refused)).isEqualTo("vendor.changed-meanwhile");
    assertThat(auditor.call(() -> vendors.details(vendorId)).orElseThrow().name())
        .isEqualTo("Profile Vendor Group GmbH");
  }

  private AuditEvent event(long sequence) {
    return em.createQuery(
            "select e from AuditEvent e where e.sequence = :sequence", AuditEvent.class)
        .setParameter("sequence", sequence)
        .getSingleResult();
  }

  private void reassessBy(long vendorId, LocalDate day) throws SQLException {
    sql("update vendor set reassess_by = date '" + day + "' where id = " + vendorId);
  }
}
