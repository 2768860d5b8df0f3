package io.outsight.web.concentration;

import io.outsight.core.concentration.ConcentrationWarning;
import io.outsight.reporting.concentration.ConcentrationSection;
import io.outsight.web.i18n.ReportWording;
import jakarta.faces.context.FacesContext;

/**
 * How the pages name a channel and say what a concentration warning is about: in the words the
 * portfolio export uses, in the page's language.
 */
public final class ConcentrationWording {

  private ConcentrationWording() {}

  /** The channel's name; the whole business when none is named. */
  public static String channel(String channel) {
    return ConcentrationSection.channel(words(), channel);
  }

  /** The warning in a sentence, with its channel, vendor, share and threshold. */
  public static String warning(ConcentrationWarning warning, int exitPlanReviewMonths) {
    return ConcentrationSection.warning(words(), warning, exitPlanReviewMonths);
  }

  private static ReportWording words() {
    return new ReportWording(FacesContext.getCurrentInstance().getViewRoot().getLocale(), null);
  }
}
