package io.outsight.core.costmodel;

import io.outsight.extension.api.report.SalesOption;
import java.io.Serializable;
import java.util.Optional;

/**
 * Where an outsourced option and the in-house team change places: the month from which the option
 * that leads at the horizon has netted more so far and stays ahead (none if it led from the first
 * month), and the volume nearest today's at which the other option would come out ahead over the
 * horizon (none within ten times today's volume). On a tie, in-house is ahead.
 */
public record Crossover(
    SalesOption outsourced,
    SalesOption leaderAtHorizon,
    Optional<Integer> month,
    Optional<VolumeShift> volume)
    implements Serializable {

  /**
   * The volume of leads a month at which {@code leader} goes ahead: from that volume up when {@code
   * orMore}, else at that volume or fewer.
   */
  public record VolumeShift(int leadsPerMonth, boolean orMore, SalesOption leader)
      implements Serializable {}
}
