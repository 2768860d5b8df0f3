package io.outsight.registry.extension;

import io.outsight.core.assessment.builtin.BuiltInQuestionnaires;
import io.outsight.core.compensation.PerClosedDeal;
import io.outsight.core.compensation.PerLead;
import io.outsight.core.compensation.PerQualifiedLead;
import io.outsight.core.compensation.RetainerPlusBonus;
import io.outsight.core.compensation.RevenueShare;
import io.outsight.core.metric.DerivedMetrics;
import io.outsight.core.metric.ReportedMetrics;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

/**
 * The core's own contributions to the extension points, made beans here because the core knows no
 * container. Each is produced as its own class, application-scoped, so that it is found by its
 * interface and listed with the core's jar exactly as a contribution annotated in its own jar is.
 */
@ApplicationScoped
public class CoreContributions {

  @Produces
  @ApplicationScoped
  BuiltInQuestionnaires questionnaires() {
    return new BuiltInQuestionnaires();
  }

  @Produces
  @ApplicationScoped
  PerClosedDeal perClosedDeal() {
    return new PerClosedDeal();
  }

  @Produces
  @ApplicationScoped
  PerLead perLead() {
    return new PerLead();
  }

  @Produces
  @ApplicationScoped
  PerQualifiedLead perQualifiedLead() {
    return new PerQualifiedLead();
  }

  @Produces
  @ApplicationScoped
  RetainerPlusBonus retainerPlusBonus() {
    return new RetainerPlusBonus();
  }

  @Produces
  @ApplicationScoped
  RevenueShare revenueShare() {
    return new RevenueShare();
  }

  @Produces
  @ApplicationScoped
  ReportedMetrics.LeadsCreated leadsCreated() {
    return new ReportedMetrics.LeadsCreated();
  }

  @Produces
  @ApplicationScoped
  ReportedMetrics.QualifiedLeads qualifiedLeads() {
    return new ReportedMetrics.QualifiedLeads();
  }

  @Produces
  @ApplicationScoped
  ReportedMetrics.MeetingsBooked meetingsBooked() {
    return new ReportedMetrics.MeetingsBooked();
  }

  @Produces
  @ApplicationScoped
  ReportedMetrics.DealsClosed dealsClosed() {
    return new ReportedMetrics.DealsClosed();
  }

  @Produces
  @ApplicationScoped
  ReportedMetrics.Revenue revenue() {
    return new ReportedMetrics.Revenue();
  }

  @Produces
  @ApplicationScoped
  ReportedMetrics.LeadsReturned leadsReturned() {
    return new ReportedMetrics.LeadsReturned();
  }

  @Produces
  @ApplicationScoped
  DerivedMetrics.LeadToQualified leadToQualified() {
    return new DerivedMetrics.LeadToQualified();
  }

  @Produces
  @ApplicationScoped
  DerivedMetrics.LeadToDeal leadToDeal() {
    return new DerivedMetrics.LeadToDeal();
  }

  @Produces
  @ApplicationScoped
  DerivedMetrics.MeetingToDeal meetingToDeal() {
    return new DerivedMetrics.MeetingToDeal();
  }

  @Produces
  @ApplicationScoped
  DerivedMetrics.CostPerLead costPerLead() {
    return new DerivedMetrics.CostPerLead();
  }

  @Produces
  @ApplicationScoped
  DerivedMetrics.CostPerAcquisition costPerAcquisition() {
    return new DerivedMetrics.CostPerAcquisition();
  }

  @Produces
  @ApplicationScoped
  DerivedMetrics.ReturnOnInvestment returnOnInvestment() {
    return new DerivedMetrics.ReturnOnInvestment();
  }
}
