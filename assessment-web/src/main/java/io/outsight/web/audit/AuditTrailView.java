package io.outsight.web.audit;

import io.outsight.core.audit.ChainVerification;
import io.outsight.registry.audit.AuditEntry;
import io.outsight.registry.audit.AuditFilter;
import io.outsight.registry.audit.AuditTrail;
import io.outsight.registry.calendar.PortalClock;
import io.outsight.reporting.audit.AuditTrailExport;
import io.outsight.web.faces.Downloads;
import io.outsight.web.i18n.Formats;
import io.outsight.web.i18n.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * Auditors verify the chain, narrow the trail by entity, actor and days, and export what they see.
 */
@Named
@ViewScoped
public class AuditTrailView implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private AuditTrail trail;

  @EJB private AuditTrailExport export;

  @Inject private Formats formats;

  @Inject private PortalClock clock;

  private String entityType;
  private String entityId;
  private String actor;
  private LocalDate fromDay;
  private LocalDate untilDay;
  private ChainVerification verification;
  private LazyDataModel<AuditEntry> events;

  @PostConstruct
  void init() {
    events = new Events();
  }

  public void verify() {
    verification = trail.verify();
  }

  /**
   * A code in the user's language when the bundle has it (an extension's own codes may not): the
   * code itself otherwise.
   */
  public String word(String prefix, String code) {
    return Messages.textIfAny(prefix + code).orElse(code);
  }

  /** Streams the events of the current filter as a CSV download. */
  public void exportCsv() throws IOException {
    Locale language = FacesContext.getCurrentInstance().getViewRoot().getLocale();
    Downloads.sendCsv(
        "audit-trail-" + clock.today() + ".csv", out -> export.exportCsv(filter(), language, out));
  }

  private AuditFilter filter() {
    ZoneId zone = formats.zone();
    return new AuditFilter(
        entityType,
        entityId,
        actor,
        fromDay == null ? null : fromDay.atStartOfDay(zone).toInstant(),
        untilDay == null ? null : untilDay.plusDays(1).atStartOfDay(zone).toInstant());
  }

  private class Events extends LazyDataModel<AuditEntry> {
    private static final long serialVersionUID = 1L;

    @Override
    public int count(Map<String, FilterMeta> filters) {
      return Math.toIntExact(trail.count(filter()));
    }

    @Override
    public List<AuditEntry> load(
        int first, int pageSize, Map<String, SortMeta> sorts, Map<String, FilterMeta> filters) {
      return trail.search(filter(), first, pageSize);
    }

    @Override
    public String getRowKey(AuditEntry entry) {
      return String.valueOf(entry.sequence());
    }
  }

  public LazyDataModel<AuditEntry> getEvents() {
    return events;
  }

  public ChainVerification getVerification() {
    return verification;
  }

  /**
   * The verification's outcome in words: how many events were checked, or where the chain breaks.
   */
  public String getVerificationText() {
    if (verification == null) {
      return "";
    }
    return verification
        .firstBrokenLink()
        .map(broken -> Messages.text("audit.broken." + broken.breach(), broken.sequence()))
        .orElseGet(() -> Messages.text("audit.intact", verification.eventsChecked()));
  }

  public String getEntityType() {
    return entityType;
  }

  public void setEntityType(String entityType) {
    this.entityType = entityType;
  }

  public String getEntityId() {
    return entityId;
  }

  public void setEntityId(String entityId) {
    this.entityId = entityId;
  }

  public String getActor() {
    return actor;
  }

  public void setActor(String actor) {
    this.actor = actor;
  }

  public LocalDate getFromDay() {
    return fromDay;
  }

  public void setFromDay(LocalDate fromDay) {
    this.fromDay = fromDay;
  }

  public LocalDate getUntilDay() {
    return untilDay;
  }

  public void setUntilDay(LocalDate untilDay) {
    this.untilDay = untilDay;
  }
}
