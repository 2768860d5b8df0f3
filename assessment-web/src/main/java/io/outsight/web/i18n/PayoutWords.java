package io.outsight.web.i18n;

import io.outsight.extension.api.report.PeriodSpend;
import io.outsight.registry.extension.InstalledMetrics;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** How a period's spend was reached, a line each with its amount, in the user's language. */
@Named
@RequestScoped
public class PayoutWords {

  @Inject private Formats formats;

  @Inject private InstalledMetrics installed;

  public List<String> of(PeriodSpend spend) {
    ReportWording wording =
        new ReportWording(
            FacesContext.getCurrentInstance().getViewRoot().getLocale(), installed.catalogue());
    return spend.lines().stream()
        .map(line -> wording.payoutLine(line) + " · " + formats.money(line.amount()))
        .toList();
  }
}
