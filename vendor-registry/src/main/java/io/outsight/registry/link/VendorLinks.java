package io.outsight.registry.link;

import io.outsight.core.access.Roles;
import io.outsight.core.access.UserAccount;
import io.outsight.core.assessment.Answer;
import io.outsight.core.assessment.Assessment;
import io.outsight.core.contract.Contract;
import io.outsight.core.link.VendorLink;
import io.outsight.core.notification.Watch;
import io.outsight.core.rules.RuleViolation;
import io.outsight.core.vendor.Vendor;
import io.outsight.registry.assessment.AssessmentDetails;
import io.outsight.registry.assessment.VendorAnswers;
import io.outsight.registry.audit.AuditRecorder;
import io.outsight.registry.calendar.PortalClock;
import io.outsight.registry.ledger.MetricLedger;
import io.outsight.registry.ledger.ResultsRejected;
import io.outsight.registry.ledger.SubmissionReceipt;
import io.outsight.registry.notification.FindingRecords;
import io.outsight.registry.notification.MailServer;
import io.outsight.registry.notification.NotificationText;
import io.outsight.registry.rules.RefuseRuleViolations;
import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.io.InputStream;
import java.io.UnsupportedEncodingException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Vendor links: procurement issues one for a running contract's results, or for a vendor's
 * assessment to be answered, mailed to the vendor's contact in the language chosen and shown to
 * procurement once; everyone signed in lists them; procurement revokes them. The holder of a link
 * that opens uploads results for that contract, or answers that assessment, and nothing else; each
 * use is audited under the link's name, {@code vendor-link:<id>}.
 */
@Stateless
@DeclareRoles({Roles.PROCUREMENT, Roles.AUDITOR, Roles.ADMIN})
@Interceptors(RefuseRuleViolations.class)
public class VendorLinks {

  private static final Logger LOG = Logger.getLogger(VendorLinks.class.getName());

  /** The address of the page a results link opens, after the portal's own. */
  public static final String RESULTS_PAGE = "vendor/results.xhtml?token=";

  /** The address of the page a questionnaire link opens, after the portal's own. */
  public static final String QUESTIONNAIRE_PAGE = "vendor/questionnaire.xhtml?token=";

  @PersistenceContext(unitName = "outsight")
  private EntityManager em;

  @Inject private PortalClock clock;

  @Inject private AuditRecorder audit;

  @Inject private MailServer mail;

  @EJB private MetricLedger ledger;

  @EJB private VendorAnswers answers;

  @EJB private FindingRecords findings;

  @Resource private SessionContext session;

  @Inject
  @ConfigProperty(name = "outsight.vendor-links.days", defaultValue = "14")
  int validDays;

  /** The zone the portal shows times in, for the expiry a mail names. */
  @Inject
  @ConfigProperty(name = "outsight.timezone", defaultValue = "Europe/Helsinki")
  String timezone;

  /**
   * Issues a link through which the vendor's contact uploads the contract's results, and mails it
   * to them when a mail server is configured.
   *
   * @param language the language of the mail and the link's pages, en or fi
   * @throws RuleViolation {@code link.contract-unknown}, {@code link.contract-not-running}, {@code
   *     link.language}
   */
  @RolesAllowed({Roles.PROCUREMENT, Roles.ADMIN})
  public IssuedLink issueForResults(long contractId, String language) {
    Contract contract =
        Optional.ofNullable(em.find(Contract.class, contractId))
            .orElseThrow(
                () ->
                    new RuleViolation(
                        "link.contract-unknown",
                        "No contract " + contractId,
                        List.of(String.valueOf(contractId))));
    if (!contract.status().running()) {
      throw new RuleViolation(
          "link.contract-not-running",
          "Contract " + contract.reference() + " is not running: it takes no results",
          List.of(contract.reference()));
    }
    return issueForContract(contract, checked(language), caller(), "link.results", List.of());
  }

  /**
   * Issues a link through which the vendor's contact answers the vendor's due diligence (or a
   * check), still a draft or returned, and mails it to them when a mail server is configured. What
   * they submit goes to review as the assessor's submission would.
   *
   * @param language the language of the mail and the link's pages, en or fi
   * @throws RuleViolation {@code link.assessment-unknown}, {@code link.assessment-not-open}, {@code
   *     link.language}
   */
  @RolesAllowed({Roles.PROCUREMENT, Roles.ADMIN})
  public IssuedLink issueForQuestionnaire(long assessmentId, String language) {
    VendorAnswers.Assignable assignable = answers.assignable(assessmentId);
    Vendor vendor = em.find(Vendor.class, assignable.vendorId());
    Instant now = clock.now();
    VendorLink.Issued issued =
        VendorLink.forQuestionnaire(
            vendor.id(),
            assessmentId,
            contact(vendor, checked(language)),
            caller(),
            now,
            validity());
    String title = assignable.title().in(Locale.forLanguageTag(language));
    return issue(
        issued,
        vendor,
        "Assessment",
        assessmentId,
        QUESTIONNAIRE_PAGE,
        "link.questionnaire",
        title,
        List.of());
  }

  private static String checked(String language) {
    if (!UserAccount.LANGUAGES.contains(language)) {
      throw new RuleViolation(
          "link.language", "A link speaks English or Finnish", List.of(String.valueOf(language)));
    }
    return language;
  }

  private static VendorLink.Contact contact(Vendor vendor, String language) {
    return new VendorLink.Contact(vendor.contact().name(), vendor.contact().email(), language);
  }

  private Duration validity() {
    return Duration.ofDays(validDays);
  }

  /**
   * Reminds the vendor's contact of reports late on a running contract, with a new upload link in
   * the vendor's language (Finnish for a Finnish vendor), issued by the portal; only when a mail
   * server is configured. The scheduled checks call this once for each late report they find, so a
   * period is reminded of once. Not for people: local, and reached from the checks alone.
   *
   * @param periods the late periods, as 2026-10
   * @return the link mailed, or empty when there is no mail server or the contract no longer runs
   */
  @PermitAll
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public Optional<IssuedLink> remindOfLateReports(long contractId, List<String> periods) {
    Contract contract = em.find(Contract.class, contractId);
    if (!mail.configured() || contract == null || !contract.status().running()) {
      return Optional.empty();
    }
    String language =
        "FI".equals(em.find(Vendor.class, contract.vendorId()).country()) ? "fi" : "en";
    // the newest reminder's link replaces the earlier reminders' links
    Instant now = clock.now();
    for (VendorLink earlier :
        em.createQuery(
                "select l from VendorLink l where l.contractId = :contract and l.issuedBy = :portal"
                    + " and l.revokedAt is null",
                VendorLink.class)
            .setParameter("contract", contractId)
            .setParameter("portal", AuditRecorder.PORTAL)
            .setLockMode(LockModeType.PESSIMISTIC_WRITE)
            .getResultList()) {
      if (earlier.opensAt(now)) {
        earlier.revoke(AuditRecorder.PORTAL, now);
      }
    }
    return Optional.of(
        issueForContract(contract, language, AuditRecorder.PORTAL, "link.reminder", periods));
  }

  /**
   * Issues a results link for the contract.
   *
   * @param mailKey the mail's words, {@code <key>.subject} and {@code <key>.body}
   * @param periods the late periods a reminder names
   */
  private IssuedLink issueForContract(
      Contract contract, String language, String by, String mailKey, List<String> periods) {
    Vendor vendor = em.find(Vendor.class, contract.vendorId());
    VendorLink.Issued issued =
        VendorLink.forResults(
            vendor.id(), contract.id(), contact(vendor, language), by, clock.now(), validity());
    return issue(
        issued,
        vendor,
        "Contract",
        contract.id(),
        RESULTS_PAGE,
        mailKey,
        contract.reference(),
        periods);
  }

  /**
   * Records a link just issued, audits it on what it is for, and mails it to the vendor's contact.
   *
   * @param subject what the link is for, as its mail names it: the contract, or the questionnaire
   */
  private IssuedLink issue(
      VendorLink.Issued issued,
      Vendor vendor,
      String entityType,
      long entityId,
      String page,
      String mailKey,
      String subject,
      List<String> periods) {
    VendorLink link = issued.link();
    em.persist(link);
    em.flush();
    Map<String, Object> recorded = new LinkedHashMap<>();
    recorded.put("link", VendorLink.actor(link));
    recorded.put("purpose", link.purpose().name());
    recorded.put("contact", link.contactEmail());
    recorded.put("language", link.language());
    recorded.put("expiresAt", link.expiresAt().toString());
    if (!periods.isEmpty()) {
      recorded.put("reminderOf", periods);
    }
    audit.record(link.issuedBy(), entityType, entityId, "VENDOR_LINK_ISSUED", null, recorded);
    String address = mail.link(page + issued.token());
    boolean mailed = mail.configured() && mailed(link, vendor, subject, address, mailKey, periods);
    return new IssuedLink(LinkDetails.of(link, clock.now()), address, mailed);
  }

  /** The contract's links, the newest first. */
  @RolesAllowed({Roles.PROCUREMENT, Roles.AUDITOR, Roles.ADMIN})
  public List<LinkDetails> ofContract(long contractId) {
    Instant now = clock.now();
    return em.createQuery(
            "select l from VendorLink l where l.contractId = :contract order by l.issuedAt desc",
            VendorLink.class)
        .setParameter("contract", contractId)
        .getResultStream()
        .map(link -> LinkDetails.of(link, now))
        .toList();
  }

  /** The links for answering the assessment, the newest first. */
  @RolesAllowed({Roles.PROCUREMENT, Roles.AUDITOR, Roles.ADMIN})
  public List<LinkDetails> ofAssessment(long assessmentId) {
    Instant now = clock.now();
    return em.createQuery(
            "select l from VendorLink l where l.assessmentId = :assessment"
                + " order by l.issuedAt desc",
            VendorLink.class)
        .setParameter("assessment", assessmentId)
        .getResultStream()
        .map(link -> LinkDetails.of(link, now))
        .toList();
  }

  /**
   * Revokes a link; an upload through it that is running finishes first, and none starts after.
   *
   * @throws RuleViolation {@code link.unknown}, {@code link.revoked-already}
   */
  @RolesAllowed({Roles.PROCUREMENT, Roles.ADMIN})
  public LinkDetails revoke(long linkId) {
    VendorLink link =
        Optional.ofNullable(em.find(VendorLink.class, linkId, LockModeType.PESSIMISTIC_WRITE))
            .orElseThrow(
                () ->
                    new RuleViolation(
                        "link.unknown", "No link " + linkId, List.of(String.valueOf(linkId))));
    Instant now = clock.now();
    link.revoke(caller(), now);
    em.flush();
    audit.record(
        caller(),
        link.contractId().isPresent() ? "Contract" : "Assessment",
        link.contractId().or(link::assessmentId).orElseThrow(),
        "VENDOR_LINK_REVOKED",
        null,
        Map.of("link", VendorLink.actor(link)));
    return LinkDetails.of(link, now);
  }

  /** What a results link lets its holder see, if it opens. */
  @PermitAll
  public Optional<LinkAccess> openForResults(String token) {
    return opening(token, VendorLink.Purpose.RESULTS, LockModeType.NONE)
        .map(
            link ->
                LinkAccess.of(
                    link,
                    em.find(Vendor.class, link.vendorId()).name(),
                    em.find(Contract.class, link.contractId().orElseThrow()).reference()));
  }

  /** What a questionnaire link lets its holder see, if it opens: the assessment to answer. */
  @PermitAll
  public Optional<QuestionnaireAccess> openQuestionnaire(String token) {
    return opening(token, VendorLink.Purpose.QUESTIONNAIRE, LockModeType.NONE)
        .flatMap(link -> answers.answerable(link).map(details -> questionnaire(link, details)));
  }

  /**
   * Saves what the contact answered through their link as a draft.
   *
   * @param seenVersion the version of the assessment the contact answered
   * @throws LinkRefused for a link that does not open for answering
   * @throws RuleViolation as procurement's saving would, {@code assessment.changed-meanwhile} too
   */
  @PermitAll
  public QuestionnaireAccess saveAnswers(String token, long seenVersion, List<Answer> given) {
    VendorLink link = answering(token);
    return questionnaire(link, answers.answer(link, seenVersion, given));
  }

  /**
   * Submits what the contact answered through their link: the assessment goes to review, the link
   * opens no more, and the assessor and whoever sent the link hear of it.
   *
   * @throws LinkRefused for a link that does not open for answering
   * @throws RuleViolation {@code assessment.incomplete} naming the questions without an answer
   */
  @PermitAll
  public QuestionnaireAccess submitAnswers(String token, long seenVersion) {
    VendorLink link = answering(token);
    AssessmentDetails submitted = answers.submit(link, seenVersion);
    findings.recordHappened(
        Watch.vendorAnswered(em.find(Vendor.class, link.vendorId()), link.id(), clock.today()),
        submitted.assessor(),
        link.issuedBy());
    return questionnaire(link, submitted);
  }

  private VendorLink answering(String token) {
    VendorLink link =
        opening(token, VendorLink.Purpose.QUESTIONNAIRE, LockModeType.PESSIMISTIC_WRITE)
            .orElseThrow(LinkRefused::new);
    link.usedAt(clock.now());
    return link;
  }

  private QuestionnaireAccess questionnaire(VendorLink link, AssessmentDetails details) {
    return new QuestionnaireAccess(
        LinkAccess.of(link, details.subject(), null),
        details.id(),
        details.version(),
        details.status(),
        details.template(),
        details.answers());
  }

  /**
   * Imports the vendor's results file whole through its link, as procurement's import would; a file
   * refused is recorded in the audit trail all the same, under the link's name.
   *
   * @throws LinkRefused for a link that does not open for results
   * @throws ResultsRejected with every problem by line and column
   */
  @PermitAll
  public SubmissionReceipt uploadResults(String token, String fileName, InputStream content) {
    VendorLink link =
        opening(token, VendorLink.Purpose.RESULTS, LockModeType.PESSIMISTIC_WRITE)
            .orElseThrow(LinkRefused::new);
    try {
      return ledger.importThroughLink(link, fileName, content);
    } catch (ResultsRejected rejected) {
      session
          .getBusinessObject(VendorLinks.class)
          .recordRefusal(link.id(), link.contractId().orElseThrow(), fileName, rejected);
      throw rejected;
    }
  }

  /**
   * Records a vendor's file the ledger refused, in a transaction of its own: the import's is rolled
   * back, and the audit trail still shows what came through the link. Local: reached from {@link
   * #uploadResults} alone.
   */
  @PermitAll
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void recordRefusal(
      long linkId, long contractId, String fileName, ResultsRejected rejected) {
    Map<String, Object> refused = new LinkedHashMap<>();
    refused.put("file", String.valueOf(fileName));
    refused.put("problems", rejected.problemCount());
    refused.put(
        "first", rejected.problems().isEmpty() ? "" : rejected.problems().get(0).toString());
    audit.record("vendor-link:" + linkId, "Contract", contractId, "RESULTS_REFUSED", null, refused);
  }

  /**
   * The link the token opens for the purpose: issued, neither revoked nor expired, for a contract
   * still running or an assessment still answered; read with the lock asked for.
   */
  private Optional<VendorLink> opening(
      String token, VendorLink.Purpose purpose, LockModeType lock) {
    Instant now = clock.now();
    return VendorLink.hashOf(token)
        .flatMap(
            hash ->
                em.createQuery(
                        "select l from VendorLink l where l.tokenHash = :hash", VendorLink.class)
                    .setParameter("hash", hash)
                    .setLockMode(lock)
                    .getResultStream()
                    .findFirst())
        .filter(link -> link.purpose() == purpose && link.opensAt(now))
        .filter(
            link ->
                switch (purpose) {
                  case RESULTS ->
                      link.contractId()
                          .map(id -> em.find(Contract.class, id))
                          .filter(contract -> contract.status().running())
                          .isPresent();
                  case QUESTIONNAIRE ->
                      link.assessmentId()
                          .map(id -> em.find(Assessment.class, id))
                          .filter(assessment -> assessment.status().editable())
                          .isPresent();
                });
  }

  /** Mails the link to the vendor's contact; a refusal is logged, and the link stands. */
  private boolean mailed(
      VendorLink link,
      Vendor vendor,
      String subject,
      String address,
      String mailKey,
      List<String> periods) {
    NotificationText text = NotificationText.in(link.language());
    String expires =
        DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(Locale.forLanguageTag(link.language()))
                .withZone(ZoneId.of(timezone))
                .format(link.expiresAt())
            + " ("
            + timezone
            + ")";
    try {
      MimeMessage message = mail.message();
      message.setRecipient(
          MimeMessage.RecipientType.TO,
          new InternetAddress(link.contactEmail(), link.contactName(), "UTF-8"));
      message.setSubject(text.format(mailKey + ".subject", subject), "UTF-8");
      message.setText(
          text.format(
              mailKey + ".body",
              link.contactName(),
              vendor.name(),
              subject,
              address,
              expires,
              String.join(", ", periods)),
          "UTF-8");
      mail.send(message);
      return true;
    } catch (MessagingException | UnsupportedEncodingException refused) {
      LOG.log(
          Level.WARNING,
          refused,
          () ->
              "Link "
                  + link.id()
                  + " not mailed to "
                  + link.contactEmail()
                  + ": pass it on by hand");
      return false;
    }
  }

  private String caller() {
    return session.getCallerPrincipal().getName();
  }
}
