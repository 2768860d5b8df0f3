package io.outsight.registry.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.util.GreenMail;
import io.outsight.core.assessment.Answer;
import io.outsight.core.assessment.AssessmentStatus;
import io.outsight.core.assessment.ReviewDecision;
import io.outsight.core.contract.ContractStatus;
import io.outsight.core.contract.TermSheet;
import io.outsight.core.ledger.ImportProblem;
import io.outsight.extension.api.questionnaire.AnswerValue;
import io.outsight.extension.api.questionnaire.Question;
import io.outsight.registry.AsAdmin;
import io.outsight.registry.AsAuditor;
import io.outsight.registry.AsProcurement;
import io.outsight.registry.Records;
import io.outsight.registry.RegistryDeployment;
import io.outsight.registry.SmtpServer;
import io.outsight.registry.Sql;
import io.outsight.registry.assessment.AssessmentDetails;
import io.outsight.registry.assessment.Assessments;
import io.outsight.registry.assessment.DueDiligence;
import io.outsight.registry.calendar.PortalClock;
import io.outsight.registry.contract.ContractDetails;
import io.outsight.registry.contract.Contracts;
import io.outsight.registry.ledger.ResultsRejected;
import io.outsight.registry.ledger.SubmissionReceipt;
import io.outsight.registry.rules.Refused;
import io.outsight.registry.schema.SchemaMigrations;
import io.outsight.registry.vendor.Vendors;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Vendor links on a real Payara Micro, with a real SMTP server (GreenMail): procurement sends the
 * vendor's contact a link in their language; through it, and only it, the contact uploads results
 * for that one contract, checked whole, stored under the link's name; an expired, revoked or
 * guessed link opens nothing.
 */
@ExtendWith(ArquillianExtension.class)
class VendorLinksIT {

  /** Business ids and references of their own, on a database kept from an earlier run too. */
  private static final AtomicInteger NEXT =
      new AtomicInteger(400_000_000 + (int) (System.currentTimeMillis() / 1000 % 50_000_000));

  @Deployment
  static WebArchive deployment() {
    return RegistryDeployment.withMailServer();
  }

  @EJB VendorLinks links;
  @EJB DueDiligence dueDiligence;
  @EJB Assessments assessments;
  @EJB Vendors vendors;
  @EJB Contracts contracts;
  @EJB AsProcurement procurement;
  @EJB AsAuditor auditor;
  @EJB AsAdmin admin;
  @Inject PortalClock clock;

  @Resource(lookup = SchemaMigrations.DATA_SOURCE)
  DataSource dataSource;

  /** A lead generation contract begun four months ago, running a year more, of its own vendor. */
  private ContractDetails runningContract(String reference) throws Exception {
    long vendorId =
        procurement.call(
            () -> vendors.register(Records.germanVendor(reference + " Vertrieb GmbH")));
    Sql.execute(dataSource, "update vendor set status = 'APPROVED' where id = " + vendorId);
    TermSheet terms =
        Records.leadGeneration(
            reference, clock.today().withDayOfMonth(1).minusMonths(4), clock.today().plusYears(1));
    long id = procurement.call(() -> contracts.draft(vendorId, terms));
    ContractDetails draft = auditor.call(() -> contracts.details(id).orElseThrow());
    return procurement.call(
        () -> contracts.moveTo(id, draft.version(), ContractStatus.ACTIVE, null));
  }

  /**
   * The link as the contract's tab lists it, found by its id: the scheduled checks may run while a
   * test does and remind the contact of the contract's late reports with a link of their own.
   */
  private LinkDetails listed(ContractDetails contract, long linkId) throws Exception {
    return auditor.call(() -> links.ofContract(contract.id())).stream()
        .filter(link -> link.id() == linkId)
        .findFirst()
        .orElseThrow();
  }

  private String month(int monthsAgo) {
    return YearMonth.from(clock.today()).minusMonths(monthsAgo).toString();
  }

  private static ByteArrayInputStream file(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }

  private static String tokenOf(IssuedLink issued) {
    return issued.address().substring(issued.address().indexOf("token=") + "token=".length());
  }

  private List<String> problems(String token, String text) {
    try {
      links.uploadResults(token, "results.csv", file(text));
    } catch (ResultsRejected rejected) {
      return rejected.problems().stream().map(ImportProblem::toString).toList();
    }
    throw new AssertionError("the file was not rejected");
  }

  private String column(String sql) throws Exception {
    return Sql.column(dataSource, sql).get(0);
  }

  @Test
  void theContactUploadsResultsForItsContractThroughItsLinkAndNothingElse() throws Exception {
    String reference = "LINK-" + NEXT.incrementAndGet();
    ContractDetails contract = runningContract(reference);
    GreenMail server = SmtpServer.started();
    IssuedLink issued;
    try {
      issued = procurement.call(() -> links.issueForResults(contract.id(), "fi"));

      assertThat(issued.mailed()).isTrue();
      assertThat(issued.address())
          .startsWith("http://portal.example/vendor/results.xhtml?token=")
          .matches(".*token=[A-Za-z0-9_-]{43}");
      List<MimeMessage> mails = new ArrayList<>();
      for (MimeMessage mail : server.getReceivedMessages()) {
        if (mail.getAllRecipients()[0].toString().contains(Records.CONTACT)
            && mail.getSubject().contains(reference)) {
          mails.add(mail);
        }
      }
      assertThat(mails).hasSize(1);
      assertThat(mails.get(0).getSubject())
          .isEqualTo("Lähetä sopimuksen " + reference + " tulokset");
      assertThat((String) mails.get(0).getContent())
          .contains("Hei Katrin Weber")
          .contains(issued.address());
    } finally {
      server.stop();
    }
    String token = tokenOf(issued);
    // the token is kept only as its hash
    assertThat(column("select token_hash from vendor_link where id = " + issued.link().id()))
        .isEqualTo(
            HexFormat.of()
                .formatHex(
                    MessageDigest.getInstance("SHA-256")
                        .digest(token.getBytes(StandardCharsets.US_ASCII))))
        .doesNotContain(token);

    LinkAccess access = links.openForResults(token).orElseThrow();
    assertThat(access.contractReference()).isEqualTo(reference);
    assertThat(access.vendorName()).isEqualTo(reference + " Vertrieb GmbH");
    assertThat(access.language()).isEqualTo("fi");

    // a bad value: refused by line and column, nothing stored
    assertThat(problems(token, "period;leads created\n" + month(1) + ";12x\n"))
        .singleElement()
        .asString()
        .contains("line 2");
    // another contract (the demo's) cannot be named through this link
    String demoResults =
        column(
            "select count(*) from metric_result r join contract c on c.id = r.contract_id"
                + " where c.reference = 'LF-2026-01'");
    assertThat(problems(token, "contract;period;leads created\nLF-2026-01;" + month(1) + ";5\n"))
        .singleElement()
        .asString()
        .contains("line 2")
        .containsAnyOf("unknown-contract", "other-contract");
    assertThat(
            column(
                "select count(*) from metric_result r join contract c on c.id = r.contract_id"
                    + " where c.reference = 'LF-2026-01'"))
        .isEqualTo(demoResults);
    // each refusal is in the audit trail under the link's name, though nothing was stored
    assertThat(
            column(
                "select count(*) from audit_event where action = 'RESULTS_REFUSED' and actor = 'vendor-link:"
                    + issued.link().id()
                    + "'"))
        .isEqualTo("2");
    assertThat(column("select count(*) from metric_result where contract_id = " + contract.id()))
        .isEqualTo("0");

    SubmissionReceipt receipt =
        links.uploadResults(
            token,
            "results.csv",
            file("period;leads created\n" + month(2) + ";40\n" + month(1) + ";45\n"));
    assertThat(receipt.values()).isEqualTo(2);
    // the same file again is refused without telling who sent it before, or when
    assertThat(problems(token, "period;leads created\n" + month(2) + ";40\n" + month(1) + ";45\n"))
        .singleElement()
        .asString()
        .contains("already-imported-through-link")
        .doesNotContain("vendor-link");
    assertThat(receipt.contracts()).containsExactly(reference);
    long linkId = issued.link().id();
    assertThat(
            column(
                "select submitted_by from result_submission where id = " + receipt.submissionId()))
        .isEqualTo("vendor-link:" + linkId);
    assertThat(
            column(
                "select actor from audit_event where entity_type = 'ResultSubmission'"
                    + " and entity_id = '"
                    + receipt.submissionId()
                    + "'"))
        .isEqualTo("vendor-link:" + linkId);
    assertThat(listed(contract, linkId))
        .satisfies(
            link -> {
              assertThat(link.lastUsedAt()).isNotNull();
              assertThat(link.opens()).isTrue();
            });

    // auditors read the links and issue none
    assertThatThrownBy(() -> auditor.call(() -> links.issueForResults(contract.id(), "en")))
        .isInstanceOf(EJBAccessException.class);

    // revoked: it opens no more, and takes no file
    LinkDetails shown = listed(contract, linkId);
    procurement.call(() -> links.revoke(shown.id()));
    assertThat(links.openForResults(token)).isEmpty();
    assertThatThrownBy(
            () ->
                links.uploadResults(
                    token, "late.csv", file("period;leads created\n" + month(3) + ";30\n")))
        .isInstanceOf(LinkRefused.class);
    assertThatThrownBy(() -> procurement.call(() -> links.revoke(shown.id())))
        .isInstanceOf(Refused.class);

    // guessed: nothing opens
    assertThat(links.openForResults("A".repeat(43))).isEmpty();
    assertThat(links.openForResults("' or 1=1 --")).isEmpty();
    assertThat(links.openForResults(null)).isEmpty();
  }

  @Test
  void aLinkPastItsExpiryOpensNothingAndAnEndedContractGetsNoLink() throws Exception {
    ContractDetails contract = runningContract("LINK-" + NEXT.incrementAndGet());
    IssuedLink issued = procurement.call(() -> links.issueForResults(contract.id(), "en"));
    String token = tokenOf(issued);
    assertThat(links.openForResults(token)).isPresent();

    Sql.execute(
        dataSource,
        "update vendor_link set expires_at = issued_at where id = " + issued.link().id());

    assertThat(links.openForResults(token)).isEmpty();
    assertThat(listed(contract, issued.link().id()))
        .extracting(LinkDetails::opens)
        .isEqualTo(false);

    ContractDetails ended =
        procurement.call(
            () ->
                contracts.moveTo(
                    contract.id(), contract.version(), ContractStatus.TERMINATED, "Ended early"));
    assertThatThrownBy(() -> procurement.call(() -> links.issueForResults(ended.id(), "en")))
        .isInstanceOf(Refused.class)
        .extracting(refused -> ((Refused) refused).rule())
        .isEqualTo("link.contract-not-running");
  }

  @Test
  void theContactAnswersTheVendorsDueDiligenceThroughItsLinkAndProcurementReviewsIt()
      throws Exception {
    String name = "LINK-" + NEXT.incrementAndGet() + " Vertrieb GmbH";
    long vendorId = procurement.call(() -> vendors.register(Records.germanVendor(name)));
    long assessmentId = procurement.call(() -> dueDiligence.start(vendorId));
    GreenMail server = SmtpServer.started();
    IssuedLink issued;
    try {
      issued = procurement.call(() -> links.issueForQuestionnaire(assessmentId, "en"));
      assertThat(issued.mailed()).isTrue();
      assertThat(issued.address())
          .matches(
              "http://portal\\.example/vendor/questionnaire\\.xhtml\\?token=[A-Za-z0-9_-]{43}");
      List<MimeMessage> mails = new ArrayList<>();
      for (MimeMessage mail : server.getReceivedMessages()) {
        if (((String) mail.getContent()).contains(issued.address())) {
          mails.add(mail);
        }
      }
      assertThat(mails)
          .singleElement()
          .satisfies(
              mail -> {
                assertThat(mail.getSubject()).startsWith("Please answer: Vendor due diligence");
                assertThat(mail.getAllRecipients()[0].toString()).contains(Records.CONTACT);
                assertThat((String) mail.getContent())
                    .contains("Hello Katrin Weber")
                    .contains(name);
              });
    } finally {
      server.stop();
    }
    String token = tokenOf(issued);
    long linkId = issued.link().id();

    QuestionnaireAccess shown = links.openQuestionnaire(token).orElseThrow();
    assertThat(shown.link().vendorName()).isEqualTo(name);
    assertThat(shown.assessmentId()).isEqualTo(assessmentId);
    assertThat(shown.answers()).isEmpty();
    // a questionnaire link uploads no results
    assertThat(links.openForResults(token)).isEmpty();
    assertThatThrownBy(() -> links.uploadResults(token, "r.csv", file("period;leads created\n")))
        .isInstanceOf(LinkRefused.class);

    // a draft of the first questions, with a document reference
    List<Answer> all =
        shown.template().questions().stream().map(VendorLinksIT::plausibleAnswer).toList();
    List<Answer> some = all.subList(0, 3);
    QuestionnaireAccess draft = links.saveAnswers(token, shown.version(), some);
    assertThat(draft.answers()).hasSize(3);
    assertThat(draft.answers().get(0).documentReference()).isEqualTo("DMS-1001");
    assertThat(draft.status()).isEqualTo(AssessmentStatus.DRAFT);
    assertThat(actorsOf(assessmentId, "ANSWERED")).containsExactly("vendor-link:" + linkId);

    // submitting with questions unanswered is refused, naming them; nothing changes
    assertThatThrownBy(() -> links.submitAnswers(token, draft.version()))
        .isInstanceOfSatisfying(
            Refused.class,
            refused -> {
              assertThat(refused.rule()).isEqualTo("assessment.incomplete");
              assertThat(refused.details())
                  .containsExactlyElementsOf(
                      all.subList(3, all.size()).stream().map(Answer::questionKey).toList());
            });
    // an answer saved over a version someone else changed meanwhile is refused
    assertThatThrownBy(() -> links.saveAnswers(token, shown.version(), all))
        .isInstanceOfSatisfying(
            Refused.class,
            refused -> assertThat(refused.rule()).isEqualTo("assessment.changed-meanwhile"));

    // a second link sent meanwhile, say in Finnish to a colleague of the contact's
    IssuedLink second = procurement.call(() -> links.issueForQuestionnaire(assessmentId, "fi"));
    assertThat(links.openQuestionnaire(tokenOf(second))).isPresent();

    QuestionnaireAccess answered = links.saveAnswers(token, draft.version(), all);
    QuestionnaireAccess submitted = links.submitAnswers(token, answered.version());
    assertThat(submitted.status()).isEqualTo(AssessmentStatus.SUBMITTED);
    assertThat(actorsOf(assessmentId, "SUBMITTED")).containsExactly("vendor-link:" + linkId);
    // the assessor and whoever sent the link hear of it (here, procurement's accounts)
    assertThat(
            Sql.column(
                dataSource,
                "select count(*) from notification n join finding f on f.id = n.finding_id"
                    + " where f.kind = 'VENDOR_ANSWERED' and f.vendor_id = "
                    + vendorId))
        .singleElement()
        .isNotEqualTo("0");
    // done: the link opens no more, and says so on the assessment's list
    assertThat(links.openQuestionnaire(token)).isEmpty();
    assertThatThrownBy(() -> links.saveAnswers(token, submitted.version(), all))
        .isInstanceOf(LinkRefused.class);
    assertThat(listedFor(assessmentId, linkId))
        .satisfies(
            link -> {
              assertThat(link.submittedAt()).isNotNull();
              assertThat(link.opens()).isFalse();
            });
    // the other link closed with the submission
    assertThat(links.openQuestionnaire(tokenOf(second))).isEmpty();
    assertThat(listedFor(assessmentId, second.link().id()).revokedBy())
        .isEqualTo("vendor-link:" + linkId);

    // procurement reviews as today: never the assessor, and a return does not reopen the link
    AssessmentDetails toReview = auditor.call(() -> assessments.details(assessmentId));
    assertThat(toReview.answers()).hasSameSizeAs(all);
    assertThatThrownBy(
            () ->
                procurement.call(
                    () ->
                        dueDiligence.decide(
                            assessmentId,
                            toReview.version(),
                            ReviewDecision.of(AssessmentStatus.RETURNED, "More on staffing"))))
        .isInstanceOfSatisfying(
            Refused.class, refused -> assertThat(refused.rule()).isEqualTo("assessment.four-eyes"));
    admin.call(
        () ->
            dueDiligence.decide(
                assessmentId,
                toReview.version(),
                ReviewDecision.of(AssessmentStatus.RETURNED, "More on staffing")));
    assertThat(links.openQuestionnaire(token)).isEmpty();
    assertThat(links.openQuestionnaire(tokenOf(second))).isEmpty();

    // a link for a submitted assessment, by an auditor, or for a readiness assessment: none
    assertThatThrownBy(() -> auditor.call(() -> links.issueForQuestionnaire(assessmentId, "en")))
        .isInstanceOf(EJBAccessException.class);
    assertThat(links.openQuestionnaire("A".repeat(43))).isEmpty();
  }

  @Test
  void aQuestionnaireLinkIsIssuedOnlyForAVendorsAssessmentStillAnswered() throws Exception {
    long vendorId =
        procurement.call(
            () -> vendors.register(Records.germanVendor("LINK-" + NEXT.incrementAndGet() + " AG")));
    long assessmentId = procurement.call(() -> dueDiligence.start(vendorId));
    assertThatThrownBy(
            () -> procurement.call(() -> links.issueForQuestionnaire(assessmentId, "sv")))
        .isInstanceOfSatisfying(
            Refused.class, refused -> assertThat(refused.rule()).isEqualTo("link.language"));
    assertThatThrownBy(() -> procurement.call(() -> links.issueForQuestionnaire(-1, "en")))
        .isInstanceOfSatisfying(
            Refused.class,
            refused -> assertThat(refused.rule()).isEqualTo("link.assessment-unknown"));

    IssuedLink issued = procurement.call(() -> links.issueForQuestionnaire(assessmentId, "fi"));
    String token = tokenOf(issued);
    assertThat(links.openQuestionnaire(token)).isPresent();
    // the assessor answers and submits it first: the vendor's link no longer opens, and none is
    // issued for it
    AssessmentDetails started = procurement.call(() -> assessments.details(assessmentId));
    List<Answer> all =
        started.template().questions().stream().map(VendorLinksIT::plausibleAnswer).toList();
    AssessmentDetails saved =
        procurement.call(() -> assessments.save(assessmentId, started.version(), all));
    procurement.call(() -> dueDiligence.submit(assessmentId, saved.version()));
    assertThat(links.openQuestionnaire(token)).isEmpty();
    assertThat(listedFor(assessmentId, issued.link().id()).revokedBy()).isEqualTo("it-procurement");
    assertThatThrownBy(
            () -> procurement.call(() -> links.issueForQuestionnaire(assessmentId, "fi")))
        .isInstanceOfSatisfying(
            Refused.class,
            refused -> assertThat(refused.rule()).isEqualTo("link.assessment-not-open"));
  }

  private LinkDetails listedFor(long assessmentId, long linkId) throws Exception {
    return auditor.call(() -> links.ofAssessment(assessmentId)).stream()
        .filter(link -> link.id() == linkId)
        .findFirst()
        .orElseThrow();
  }

  /** An answer of the question's type, the first with a document reference. */
  private static Answer plausibleAnswer(Question question) {
    AnswerValue value =
        switch (question.type()) {
          case SCALE_0_TO_5 -> new AnswerValue.Scale(4);
          case YES_NO -> new AnswerValue.YesNo(true);
          case SINGLE_CHOICE, MULTIPLE_CHOICE ->
              new AnswerValue.Chosen(Set.of(question.choices().get(0).key()));
          case FREE_TEXT -> new AnswerValue.Text("As agreed in our offer");
          default -> new AnswerValue.NotApplicable();
        };
    return new Answer(question.key(), value, "From the vendor", "DMS-1001");
  }

  private List<String> actorsOf(long assessmentId, String action) throws Exception {
    return Sql.column(
        dataSource,
        "select actor from audit_event where entity_type = 'Assessment' and entity_id = '"
            + assessmentId
            + "' and action = '"
            + action
            + "' order by sequence");
  }
}
