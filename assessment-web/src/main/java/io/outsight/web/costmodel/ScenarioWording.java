package io.outsight.web.costmodel;

import io.outsight.extension.api.report.SalesOption;
import io.outsight.web.i18n.Messages;

/** How the screens name a scenario revision and where its options change places. */
public final class ScenarioWording {

  private ScenarioWording() {}

  /** "Nordics 2027, version 2". */
  public static String title(String name, int revision) {
    return Messages.text("report.scenario.name", name, revision);
  }

  /** Which option leads at the horizon, and from which month when not from the first. */
  public static String crossover(SalesOption leaderAtHorizon, Integer month) {
    String leader = Messages.text("costModel.option." + leaderAtHorizon);
    return month == null
        ? Messages.text("costModel.crossover.throughout", leader)
        : Messages.text("costModel.crossover.month", leader, month);
  }
}
