package io.outsight.web.vendor;

import io.outsight.core.vendor.VendorDetails;
import io.outsight.core.vendor.VendorStatus;
import io.outsight.extension.api.questionnaire.QuestionnaireTemplate;
import io.outsight.registry.assessment.ApprovalConditions;
import io.outsight.registry.assessment.AssessmentDetails;
import io.outsight.registry.assessment.ConditionDetails;
import io.outsight.registry.assessment.DueDiligence;
import io.outsight.registry.assessment.QuestionnaireTemplates;
import io.outsight.registry.audit.AuditEntry;
import io.outsight.registry.audit.AuditTrail;
import io.outsight.registry.contract.ContractSummary;
import io.outsight.registry.contract.Contracts;
import io.outsight.registry.ledger.LateReport;
import io.outsight.registry.ledger.LedgerReads;
import io.outsight.registry.rules.Refused;
import io.outsight.registry.vendor.Vendors;
import io.outsight.reporting.concentration.BusinessConcentrations;
import io.outsight.reporting.concentration.BusinessShares;
import io.outsight.web.concentration.ConcentrationWording;
import io.outsight.web.faces.Pages;
import io.outsight.web.i18n.LanguageSelection;
import io.outsight.web.i18n.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One vendor: its profile and lifecycle, due diligence, contracts, late reports and the history of
 * its changes.
 */
@Named
@ViewScoped
public class VendorView implements Serializable {

  private static final long serialVersionUID = 1L;

  private static final int MAX_LISTED = 200;

  @EJB private Vendors vendors;

  @EJB private DueDiligence dueDiligence;

  @EJB private QuestionnaireTemplates questionnaires;

  @Inject private LanguageSelection language;

  @EJB private Contracts contracts;

  @EJB private LedgerReads ledger;

  @EJB private AuditTrail auditTrail;

  @EJB private ApprovalConditions approvalConditions;

  @EJB private BusinessConcentrations concentrations;

  private List<BusinessShares.VendorInChannel> shares;

  private VendorDetails vendor;

  private List<AssessmentDetails> assessments;

  /** Read when first asked for: only those who may start a check are shown the list. */
  private List<QuestionnaireTemplate> vendorChecks;

  private String checkTemplate;

  private List<ContractSummary> contractList;

  private List<LateReport> lateReports;

  private List<AuditEntry> history;

  private List<ConditionDetails> conditions;

  private final Map<Long, String> closingNotes = new HashMap<>();

  private Integer reassessmentMonths;

  private VendorStatus nextStatus;

  private String reason;

  @PostConstruct
  void load() {
    Pages.show(vendors::details)
        .ifPresent(
            found -> {
              vendor = found;
              assessments = dueDiligence.ofVendor(found.id());
              contractList = contracts.list(found.id(), Set.of(), 0, MAX_LISTED);
              lateReports = ledger.lateReports(found.id());
              conditions = approvalConditions.ofVendor(found.id());
              reassessmentMonths =
                  found.riskTier() == null
                      ? null
                      : dueDiligence.intervals().monthsFor(found.riskTier());
            });
  }

  /** Moves the vendor on by hand; a refused move says why, and the reason typed stays. */
  public void changeStatus() {
    try {
      vendor = vendors.moveTo(vendor.id(), vendor.version(), nextStatus, reason);
      Messages.notice("vendor.statusChanged", Messages.text("status." + vendor.status()));
      nextStatus = null;
      reason = null;
      history = null;
    } catch (Refused refused) {
      FacesContext.getCurrentInstance()
          .addMessage(null, Messages.error("rule." + refused.rule(), refused.details().toArray()));
    }
  }

  /** Closes a condition with the note typed beside it; a refusal says why and the note stays. */
  public void closeCondition(ConditionDetails condition) {
    try {
      approvalConditions.close(
          condition.id(), condition.version(), closingNotes.get(condition.id()));
      Messages.notice("condition.closedNow", condition.description());
      closingNotes.remove(condition.id());
      conditions = approvalConditions.ofVendor(vendor.id());
      history = null;
    } catch (Refused refused) {
      FacesContext.getCurrentInstance()
          .addMessage(null, Messages.error("rule." + refused.rule(), refused.details().toArray()));
    }
  }

  public List<ConditionDetails> getConditions() {
    return conditions;
  }

  public long getOpenConditions() {
    return conditions.stream().filter(ConditionDetails::open).count();
  }

  /** The closing note typed for each open condition, by the condition. */
  public Map<Long, String> getClosingNotes() {
    return closingNotes;
  }

  /** How often the vendor is assessed again at the risk tier its last approval found. */
  public Integer getReassessmentMonths() {
    return reassessmentMonths;
  }

  /** The states a user may move the vendor to by hand: due diligence decides the others. */
  public List<VendorStatus> getNextStatuses() {
    return vendor.status().nextByHand().stream().sorted().toList();
  }

  /** The changes to the vendor, its contracts and their results, newest first. */
  public List<AuditEntry> getHistory() {
    if (history == null) {
      List<Long> contractIds = contractList.stream().map(ContractSummary::id).toList();
      List<AuditEntry> entries =
          new ArrayList<>(
              auditTrail.history("Vendor", List.of(String.valueOf(vendor.id())), MAX_LISTED));
      entries.addAll(auditTrail.history("Contract", ids(contractIds), MAX_LISTED));
      entries.addAll(
          auditTrail.history(
              "ApprovalCondition",
              ids(conditions.stream().map(ConditionDetails::id).toList()),
              MAX_LISTED));
      entries.addAll(
          auditTrail.history(
              "ResultSubmission", ids(ledger.submissionsFor(contractIds)), MAX_LISTED));
      entries.sort(Comparator.comparingLong(AuditEntry::sequence).reversed());
      history = entries;
    }
    return history;
  }

  /**
   * What an event changed, in words: the vendor, a contract by its reference, or a submission of
   * results.
   */
  public String entityLabel(AuditEntry event) {
    String type = Messages.text("audit.entityType." + event.entityType());
    if (event.entityType().equals("Contract")) {
      return contractList.stream()
          .filter(contract -> String.valueOf(contract.id()).equals(event.entityId()))
          .findFirst()
          .map(contract -> type + " " + contract.reference())
          .orElse(type + " " + event.entityId());
    }
    return event.entityType().equals("Vendor")
        ? type + " " + vendor.name()
        : type + " #" + event.entityId();
  }

  private static List<String> ids(List<Long> ids) {
    return ids.stream().map(String::valueOf).toList();
  }

  public List<ContractSummary> getContracts() {
    return contractList;
  }

  public List<LateReport> getLateReports() {
    return lateReports;
  }

  public VendorStatus getNextStatus() {
    return nextStatus;
  }

  public void setNextStatus(VendorStatus nextStatus) {
    this.nextStatus = nextStatus;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  /** The vendor's share of each channel it sells in, over the last twelve months. */
  public List<BusinessShares.VendorInChannel> getShares() {
    if (shares == null) {
      shares = concentrations.current().ofVendor(vendor.id());
    }
    return shares;
  }

  public String channelName(String channel) {
    return ConcentrationWording.channel(channel);
  }

  public VendorDetails getVendor() {
    return vendor;
  }

  public List<AssessmentDetails> getAssessments() {
    return assessments;
  }

  /**
   * The further questionnaires the vendor can be checked against, titled in the user's language.
   */
  public List<SelectItem> getVendorChecks() {
    if (vendorChecks == null) {
      vendorChecks = questionnaires.vendorChecks();
    }
    return vendorChecks.stream()
        .map(template -> new SelectItem(template.id(), template.title().in(language.getLocale())))
        .toList();
  }

  public String getCheckTemplate() {
    return checkTemplate;
  }

  public void setCheckTemplate(String checkTemplate) {
    this.checkTemplate = checkTemplate;
  }

  public String startCheck() {
    try {
      return "/assessments/wizard?faces-redirect=true&id="
          + dueDiligence.startCheck(vendor.id(), checkTemplate);
    } catch (Refused refused) {
      FacesContext.getCurrentInstance()
          .addMessage(null, Messages.error("rule." + refused.rule(), ""));
      return null;
    }
  }

  public String startDueDiligence() {
    try {
      return "/assessments/wizard?faces-redirect=true&id=" + dueDiligence.start(vendor.id());
    } catch (Refused refused) {
      FacesContext.getCurrentInstance()
          .addMessage(null, Messages.error("rule." + refused.rule(), ""));
      return null;
    }
  }
}
