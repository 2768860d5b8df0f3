package io.outsight.core.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.outsight.core.audit.ChainVerification.Breach;
import io.outsight.core.audit.ChainVerification.BrokenLink;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ChainVerificationTest {

  private static final Instant AT = Instant.parse("2026-11-26T10:00:00Z");

  private static final ChainKey KEY =
      ChainKey.of("the installation's own key, 32+ bytes".getBytes(StandardCharsets.UTF_8));

  private static final ChainKey ANOTHER_KEY =
      ChainKey.of("a key the intruder made up, 32+ b".getBytes(StandardCharsets.UTF_8));

  /** A trail, its head and the checkpoints written as the portal writes them. */
  private static final class Trail {
    final ChainHead head = new ChainHead() {};
    final List<AuditEvent> events = new ArrayList<>();
    final List<Checkpoint> checkpoints = new ArrayList<>();

    Trail append(int count, String content) {
      return append(count, content, KEY);
    }

    Trail append(int count, String content, ChainKey key) {
      for (int i = 0; i < count; i++) {
        events.add(
            head.append(
                key,
                AT.plusSeconds(events.size()),
                "procurement",
                "Vendor",
                "1",
                "CHANGED",
                null,
                "{\"" + content + "\":" + i + "}"));
      }
      return this;
    }

    Trail checkpoint() {
      checkpoints.add(
          Checkpoint.of(head, checkpoints.stream().reduce((a, b) -> b), AT.plusSeconds(3600), KEY));
      return this;
    }

    ChainVerification verify() {
      return ChainVerification.of(events, head, KEY, checkpoints);
    }
  }

  /** What someone with database access could do behind the application's back. */
  private static void overwrite(Class<?> type, Object target, String field, Object value)
      throws Exception {
    Field declared = type.getDeclaredField(field);
    declared.setAccessible(true);
    declared.set(target, value);
  }

  @Test
  void anUntouchedTrailIsIntactAndItsEventsAreSealedWithTheKey() {
    Trail trail = new Trail().checkpoint().append(3, "n").checkpoint().append(2, "n");

    assertThat(trail.verify().intact()).isTrue();
    assertThat(trail.verify().eventsChecked()).isEqualTo(5);
    assertThat(trail.events.get(0).previousHash()).isEqualTo(AuditEvent.GENESIS);
    assertThat(trail.events.get(3).previousHash()).isEqualTo(trail.events.get(2).hash());
    assertThat(trail.events.get(3).hash())
        .isEqualTo(trail.events.get(3).computeHash(KEY))
        .isNotEqualTo(trail.events.get(3).computeHash(ChainSeal.UNKEYED));
  }

  @Test
  void anEditedEventIsNamed() throws Exception {
    Trail trail = new Trail().checkpoint().append(5, "n");
    overwrite(AuditEvent.class, trail.events.get(2), "after", "{\"n\":999}");

    assertThat(trail.verify().firstBrokenLink()).contains(new BrokenLink(3, Breach.EDITED));
  }

  @Test
  void anEditedEventWhoseHashWasRecomputedWithTheKeyBreaksTheNextLink() throws Exception {
    Trail trail = new Trail().checkpoint().append(5, "n");
    AuditEvent edited = trail.events.get(2);
    overwrite(AuditEvent.class, edited, "actor", "someone-else");
    overwrite(AuditEvent.class, edited, "hash", edited.computeHash(KEY));

    assertThat(trail.verify().firstBrokenLink()).contains(new BrokenLink(4, Breach.LINK_MISSING));
  }

  @Test
  void aTrailRewrittenConsistentlyWithoutTheKeyFailsAtItsFirstEvent() {
    Trail recorded = new Trail().checkpoint().append(4, "n");
    // every event and the head written anew by someone who can write the database but lacks the key
    Trail forged = new Trail().append(4, "forged", ANOTHER_KEY);
    forged.checkpoints.addAll(recorded.checkpoints);

    assertThat(forged.verify().firstBrokenLink()).contains(new BrokenLink(1, Breach.EDITED));
  }

  @Test
  void aRemovedEventLeavesAGap() {
    Trail trail = new Trail().checkpoint().append(5, "n");
    trail.events.remove(1);

    assertThat(trail.verify().firstBrokenLink()).contains(new BrokenLink(2, Breach.GAP));
  }

  @Test
  void aTrailThatStopsShortOfItsHeadIsTruncated() {
    Trail trail = new Trail().checkpoint().append(5, "n");
    trail.events.remove(4);

    assertThat(trail.verify().firstBrokenLink()).contains(new BrokenLink(5, Breach.TRUNCATED));
  }

  @Test
  void eventsPastTheHeadAreNamed() {
    Trail trail = new Trail().checkpoint().append(3, "n");
    // written by someone with database access, past what the portal recorded as its newest event
    Trail twin = new Trail().append(3, "n");
    trail.events.add(
        twin.head.append(
            KEY, AT.plusSeconds(60), "intruder", "Vendor", "1", "CHANGED", null, "{}"));

    assertThat(trail.verify().firstBrokenLink()).contains(new BrokenLink(4, Breach.BEYOND_HEAD));
  }

  @Test
  void aTrailWrittenAnewWithTheKeyButNotItsHeadDoesNotMatchTheHead() {
    Trail recorded = new Trail().checkpoint().append(4, "n");
    Trail rewritten = new Trail().append(4, "forged");

    assertThat(
            ChainVerification.of(rewritten.events, recorded.head, KEY, recorded.checkpoints)
                .firstBrokenLink())
        .contains(new BrokenLink(4, Breach.HEAD_MISMATCH));
  }

  @Test
  void aTrailAndHeadWrittenAnewWithTheKeyDoNotHoldWhatTheCheckpointsRecorded() {
    Trail recorded = new Trail().checkpoint().append(4, "n").checkpoint();
    Trail rewritten = new Trail().append(4, "forged");
    rewritten.checkpoints.addAll(recorded.checkpoints);

    assertThat(rewritten.verify().firstBrokenLink())
        .contains(new BrokenLink(4, Breach.CHECKPOINT_MISMATCH));
  }

  @Test
  void anOlderBackupRestoredWithItsHeadEndsBeforeTheNewestCheckpoint() {
    Trail backup = new Trail().checkpoint().append(3, "n").checkpoint();
    Trail now = new Trail().checkpoint().append(3, "n").checkpoint().append(2, "n").checkpoint();
    backup.checkpoints.clear();
    backup.checkpoints.addAll(now.checkpoints);

    assertThat(backup.verify().firstBrokenLink())
        .contains(new BrokenLink(4, Breach.BEHIND_CHECKPOINT));
  }

  @Test
  void aCheckpointWrittenWithoutTheKeyIsForged() {
    Trail trail = new Trail().checkpoint().append(3, "n");
    trail.checkpoints.add(
        Checkpoint.of(trail.head, Optional.of(trail.checkpoints.get(0)), AT, ANOTHER_KEY));

    assertThat(trail.verify().firstBrokenLink())
        .contains(new BrokenLink(3, Breach.CHECKPOINT_FORGED));
  }

  @Test
  void aRemovedCheckpointIsMissedAndATrailWithoutAnyIsUnanchored() {
    Trail trail = new Trail().checkpoint().append(2, "n").checkpoint().append(2, "n").checkpoint();
    trail.checkpoints.remove(1);

    assertThat(trail.verify().firstBrokenLink())
        .contains(new BrokenLink(4, Breach.CHECKPOINT_MISSING));

    trail.checkpoints.clear();
    assertThat(trail.verify().firstBrokenLink()).contains(new BrokenLink(1, Breach.UNANCHORED));
  }

  @Test
  void eventsWrittenBeforeTheTrailHadAKeyAreCheckedAsSha256AndTheMarkCannotBeMoved()
      throws Exception {
    Trail trail = new Trail();
    for (int i = 0; i < 3; i++) {
      AuditEvent event =
          AuditEvent.following(
              i,
              trail.head.lastHash(),
              AT.plusSeconds(i),
              "procurement",
              "Vendor",
              "1",
              "CHANGED",
              null,
              "{}",
              ChainSeal.UNKEYED);
      trail.events.add(event);
      overwrite(ChainHead.class, trail.head, "lastSequence", event.sequence());
      overwrite(ChainHead.class, trail.head, "lastHash", event.hash());
    }
    // what the upgrade that brought the key does: the events so far stay as they were sealed
    overwrite(ChainHead.class, trail.head, "legacyThrough", 3L);
    trail.checkpoint().append(2, "n").checkpoint();

    assertThat(trail.verify().intact()).isTrue();
    assertThat(trail.verify().eventsChecked()).isEqualTo(5);

    // moving the mark, so that keyed events could be written anew with plain SHA-256
    overwrite(ChainHead.class, trail.head, "legacyThrough", 5L);
    assertThat(trail.verify().firstBrokenLink())
        .contains(new BrokenLink(3, Breach.CHECKPOINT_MISMATCH));
  }

  @Test
  void aKeyShorterThanItsMacIsRefused() {
    assertThatThrownBy(() -> ChainKey.of(new byte[31]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("32");
    assertThat(KEY).hasToString("ChainKey[hidden]");
  }
}
