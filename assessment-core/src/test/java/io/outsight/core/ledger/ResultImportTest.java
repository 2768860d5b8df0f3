package io.outsight.core.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class ResultImportTest {

  private static final Instant START = Instant.parse("2026-12-02T09:00:00Z");

  @Test
  void progressIsTheShareOfTheFileReadAndReachesAHundredOnlyWhenTheImportEnds() {
    ResultImport running =
        new ResultImport("results.csv", "LF-2026-01", "procurement", 1000, START);
    assertThat(running.percentAt(START)).isZero();
    running.advance(456, START.plusSeconds(1));
    assertThat(running.percentAt(START.plusSeconds(1))).isEqualTo(45);
    running.advance(1000, START.plusSeconds(2));
    assertThat(running.percentAt(START.plusSeconds(2))).as("read, not yet stored").isEqualTo(99);
    running.finish(ImportState.STORED, "{}", 1000, START.plusSeconds(3));
    assertThat(running.percentAt(START.plusSeconds(3))).isEqualTo(100);
    assertThat(running.stateAt(START.plusSeconds(3))).isEqualTo(ImportState.STORED);
  }

  @Test
  void aRunningImportWhoseInstanceFellSilentForAMinuteWasInterrupted() {
    ResultImport running = new ResultImport("results.csv", null, "procurement", 1000, START);
    running.advance(10, START.plusSeconds(30));
    assertThat(running.stateAt(START.plusSeconds(90)))
        .as("exactly a minute of silence")
        .isEqualTo(ImportState.RUNNING);
    assertThat(running.stateAt(START.plusSeconds(91))).isEqualTo(ImportState.INTERRUPTED);
    assertThat(running.percentAt(START.plusSeconds(91))).isEqualTo(100);
  }

  @Test
  void anImportEndsOnceAndNeverAsRunningOrInterrupted() {
    ResultImport running = new ResultImport("results.csv", null, "procurement", 1000, START);
    assertThatThrownBy(() -> running.finish(ImportState.INTERRUPTED, null, 0, START))
        .isInstanceOf(IllegalArgumentException.class);
    running.finish(ImportState.REJECTED, "{\"problemCount\":1}", 0, START.plusSeconds(1));
    assertThatThrownBy(() -> running.finish(ImportState.STORED, "{}", 1000, START.plusSeconds(2)))
        .isInstanceOf(IllegalStateException.class);
    running.advance(900, START.plusSeconds(3));
    assertThat(running.bytesRead()).as("an ended import reads no more").isZero();
  }

  @Test
  void aFileRefusedBeforeItsProgressWasToldShowsHowMuchOfItWasRead() {
    ResultImport refused = new ResultImport("small.csv", null, "procurement", 1000, START);
    refused.finish(ImportState.REJECTED, "{\"problemCount\":1}", 1000, START.plusSeconds(1));
    assertThat(refused.bytesRead()).isEqualTo(1000);
    ResultImport failed = new ResultImport("cut.csv", null, "procurement", 1000, START);
    failed.advance(200, START.plusSeconds(1));
    failed.finish(ImportState.FAILED, "{}", 600, START.plusSeconds(2));
    assertThat(failed.bytesRead()).isEqualTo(600);
    assertThat(failed.percentAt(START.plusSeconds(2))).as("ended").isEqualTo(100);
  }
}
