package io.outsight.core.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.outsight.core.audit.ChainVerification.Breach;
import io.outsight.core.audit.ChainVerification.BrokenLink;
import java.lang.reflect.Field;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChainVerificationTest {

  private static final Instant AT = Instant.parse("2026-11-26T10:00:00Z");

  private static List<AuditEvent> trail(int length) {
    List<AuditEvent> events = new ArrayList<>();
    events.add(AuditEvent.first(AT, "procurement", "Vendor", "1", "REGISTERED", null, "{\"name\":\"Kaleva\"}"));
    for (int i = 1; i < length; i++) {
      events.add(events.get(i - 1).next(AT.plusSeconds(i), "procurement", "Vendor", "1", "CHANGED", "{\"n\":" + (i - 1) + "}", "{\"n\":" + i + "}"));
    }
    return events;
  }

  /** What someone with database access could do behind the application's back. */
  private static void overwrite(AuditEvent event, String field, Object value) throws Exception {
    Field target = AuditEvent.class.getDeclaredField(field);
    target.setAccessible(true);
    target.set(event, value);
  }

  @Test
  void anUntouchedTrailIsIntact() {
    List<AuditEvent> events = trail(5);

    ChainVerification verification = ChainVerification.of(events);

    assertThat(verification.intact()).isTrue();
    assertThat(verification.eventsChecked()).isEqualTo(5);
    assertThat(events.get(0).previousHash()).isEqualTo(AuditEvent.GENESIS);
    assertThat(events.get(3).previousHash()).isEqualTo(events.get(2).hash());
  }

  @Test
  void anEditedEventIsNamed() throws Exception {
    List<AuditEvent> events = trail(5);
    overwrite(events.get(2), "after", "{\"n\":999}");

    assertThat(ChainVerification.of(events).firstBrokenLink()).contains(new BrokenLink(3, Breach.EDITED));
  }

  @Test
  void anEditedEventWhoseHashWasRecomputedBreaksTheNextLink() throws Exception {
    List<AuditEvent> events = trail(5);
    overwrite(events.get(2), "actor", "someone-else");
    overwrite(events.get(2), "hash", events.get(2).computeHash());

    assertThat(ChainVerification.of(events).firstBrokenLink()).contains(new BrokenLink(4, Breach.LINK_MISSING));
  }

  @Test
  void aRemovedEventLeavesAGap() {
    List<AuditEvent> events = trail(5);
    events.remove(1);

    assertThat(ChainVerification.of(events).firstBrokenLink()).contains(new BrokenLink(2, Breach.GAP));
  }

  @Test
  void removingTheNewestEventIsNoticedOnlyAgainstARecordedHead() {
    // Removing the newest event leaves a valid shorter chain: the registry keeps the head (last
    // sequence and hash) beside the trail to catch it; here the count checked tells what was seen.
    List<AuditEvent> events = trail(5);
    events.remove(4);

    assertThat(ChainVerification.of(events).intact()).isTrue();
    assertThat(ChainVerification.of(events).eventsChecked()).isEqualTo(4);
  }

  /** A trail written through its head, as the portal writes it. */
  private static List<AuditEvent> appended(ChainHead head, int length, String content) {
    List<AuditEvent> events = new ArrayList<>();
    for (int i = 0; i < length; i++) {
      events.add(head.append(AT.plusSeconds(i), "procurement", "Vendor", "1", "CHANGED", null, "{\"" + content + "\":" + i + "}"));
    }
    return events;
  }

  @Test
  void aTrailThatEndsAtItsHeadIsIntactAndOneThatStopsShortIsTruncated() {
    ChainHead head = new ChainHead() {};
    List<AuditEvent> events = appended(head, 5, "n");

    assertThat(ChainVerification.of(events, head).intact()).isTrue();
    assertThat(ChainVerification.of(events.subList(0, 4), head).firstBrokenLink()).contains(new BrokenLink(5, Breach.TRUNCATED));
  }

  @Test
  void eventsPastTheHeadAreNamed() {
    ChainHead head = new ChainHead() {};
    List<AuditEvent> events = appended(head, 3, "n");
    // written by someone with database access, past what the portal recorded as its newest event
    events.add(events.get(2).next(AT.plusSeconds(60), "intruder", "Vendor", "1", "CHANGED", null, "{}"));

    assertThat(ChainVerification.of(events, head).firstBrokenLink()).contains(new BrokenLink(4, Breach.BEYOND_HEAD));
  }

  @Test
  void aTrailWrittenAnewConsistentlyDoesNotMatchItsHead() {
    ChainHead recorded = new ChainHead() {};
    appended(recorded, 4, "n");
    // every event replaced by a consistent chain of the same length: each link checks, the head does not
    List<AuditEvent> rewritten = appended(new ChainHead() {}, 4, "forged");

    assertThat(ChainVerification.of(rewritten).intact()).isTrue();
    assertThat(ChainVerification.of(rewritten, recorded).firstBrokenLink()).contains(new BrokenLink(4, Breach.HEAD_MISMATCH));
  }
}
