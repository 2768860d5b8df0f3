package io.outsight.web.faces;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class TurnsTest {

  @Test
  void noMoreTurnsAreTakenAtOnceThanThereAre() throws Exception {
    Turns turns = new Turns(2, Duration.ofMillis(50));

    Optional<Turns.Turn> first = turns.take();
    Optional<Turns.Turn> second = turns.take();
    Optional<Turns.Turn> third = turns.take();

    assertThat(first).isPresent();
    assertThat(second).isPresent();
    assertThat(third).as("none free within the longest wait").isEmpty();
    assertThat(turns.free()).isZero();
  }

  @Test
  void aTurnGivenBackGoesToTheNextAndIsGivenBackOnlyOnce() throws Exception {
    Turns turns = new Turns(1, Duration.ofMillis(50));
    Turns.Turn taken = turns.take().orElseThrow();

    taken.close();
    taken.close();

    assertThat(turns.free()).isEqualTo(1);
    assertThat(turns.take()).isPresent();
    assertThat(turns.take()).isEmpty();
  }

  @Test
  void theyWhoAskedFirstGetTheirTurnFirst() throws Exception {
    Turns turns = new Turns(1, Duration.ofSeconds(30));
    Turns.Turn held = turns.take().orElseThrow();
    List<String> served = new CopyOnWriteArrayList<>();
    Thread first = waiter(turns, "first", served);
    awaitWaiting(turns, 1);
    Thread second = waiter(turns, "second", served);
    awaitWaiting(turns, 2);

    held.close();
    first.join(TimeUnit.SECONDS.toMillis(30));
    second.join(TimeUnit.SECONDS.toMillis(30));

    assertThat(served).containsExactly("first", "second");
  }

  @Test
  void thereIsAtLeastOneTurn() {
    assertThatThrownBy(() -> new Turns(0, Duration.ofSeconds(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("0");
  }

  /** A thread that takes a turn, notes its name and gives the turn back. */
  private static Thread waiter(Turns turns, String name, List<String> served) {
    Thread waiter =
        new Thread(
            () -> {
              try (Turns.Turn turn = turns.take().orElseThrow()) {
                served.add(name);
              } catch (InterruptedException stopped) {
                Thread.currentThread().interrupt();
              }
            });
    waiter.start();
    return waiter;
  }

  private static void awaitWaiting(Turns turns, int count) throws InterruptedException {
    long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (turns.waiting() < count && System.nanoTime() < until) {
      Thread.sleep(5);
    }
    assertThat(turns.waiting()).isEqualTo(count);
  }
}
