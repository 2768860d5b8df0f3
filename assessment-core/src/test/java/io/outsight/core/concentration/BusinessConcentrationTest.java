package io.outsight.core.concentration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.outsight.core.concentration.ConcentrationWarning.Kind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every share below is worked out by hand in the comment beside it. */
class BusinessConcentrationTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 12, 3);

  private static ChannelOutcome outcome(int leads, int deals, int revenue) {
    return new ChannelOutcome(
        BigDecimal.valueOf(leads),
        BigDecimal.ZERO,
        BigDecimal.valueOf(deals),
        BigDecimal.valueOf(revenue));
  }

  private static ChannelResults.Vendor vendor(
      long id, String name, ChannelOutcome outcome, LocalDate reviewed) {
    return new ChannelResults.Vendor(id, name, outcome, reviewed);
  }

  private static ChannelConcentration channel(
      ChannelOutcome inHouse, ChannelResults.Vendor... vendors) {
    // the whole business comes first; with one channel it is that channel's results
    return BusinessConcentration.of(
            List.of(new ChannelResults("Nordics", inHouse, List.of(vendors))),
            ConcentrationThresholds.DEFAULT,
            TODAY)
        .get(1);
  }

  @Test
  void aSingleVendorCarryingFivePercentOfTheBusinessIsFiveNotAHundredPercent() {
    // 50,000 of 1,000,000 revenue and 5 of 100 deals
    ChannelConcentration nordics =
        channel(outcome(900, 95, 950_000), vendor(1, "Acme", outcome(100, 5, 50_000), null));

    assertThat(nordics.vendors())
        .singleElement()
        .satisfies(
            share -> {
              assertThat(share.share().revenue()).isEqualByComparingTo("5.0");
              assertThat(share.share().deals()).isEqualByComparingTo("5.0");
              assertThat(share.share().leads()).isEqualByComparingTo("10.0");
              assertThat(share.level()).isEqualTo(ConcentrationLevel.OK);
            });
    assertThat(nordics.inHouse().revenue()).isEqualByComparingTo("95.0");
    assertThat(nordics.warnings()).isEmpty();
    assertThat(nordics.level()).isEqualTo(ConcentrationLevel.OK);
  }

  @Test
  void twoVendorsEachCarrying45PercentOfRevenueAreBothWarnedAndTheOneWithoutAnExitPlanIsRed() {
    // revenue 100 + 450 + 450 = 1,000: 45.0 % each; deals 10 + 5 + 5 = 20: 25.0 % each
    ChannelConcentration nordics =
        channel(
            outcome(10, 10, 100),
            vendor(1, "Acme", outcome(10, 5, 450), LocalDate.of(2026, 6, 1)),
            vendor(2, "Brisk", outcome(10, 5, 450), null));

    assertThat(nordics.warnings())
        .extracting(
            ConcentrationWarning::kind,
            ConcentrationWarning::vendorName,
            ConcentrationWarning::level)
        .containsExactly(
            tuple(Kind.REVENUE_SHARE, "Acme", ConcentrationLevel.WARNING),
            tuple(Kind.REVENUE_SHARE, "Brisk", ConcentrationLevel.WARNING),
            tuple(Kind.NO_REVIEWED_EXIT_PLAN, "Brisk", ConcentrationLevel.RED));
    assertThat(nordics.warnings().get(0).share()).isEqualByComparingTo("45.0");
    assertThat(nordics.warnings().get(0).threshold()).isEqualByComparingTo("30");
    assertThat(nordics.vendors())
        .extracting(ChannelConcentration.VendorShare::vendorName, v -> v.level())
        .containsExactly(
            tuple("Acme", ConcentrationLevel.WARNING), tuple("Brisk", ConcentrationLevel.RED));
    assertThat(nordics.level()).isEqualTo(ConcentrationLevel.RED);
  }

  @Test
  void aShareIsBeyondItsThresholdOnlyAboveIt() {
    // 300 of 1,000 revenue is 30 % exactly: not more than 30 %; 5 of 10 deals is 50 %: not more
    assertThat(
            channel(outcome(10, 5, 700), vendor(1, "Acme", outcome(10, 5, 300), null)).warnings())
        .isEmpty();
    // 301 of 1,000 is 30.1 %; 501 of 1,000 deals 50.1 %
    assertThat(
            channel(outcome(10, 499, 699), vendor(1, "Acme", outcome(10, 501, 301), null))
                .warnings())
        .extracting(ConcentrationWarning::kind, ConcentrationWarning::share)
        .containsExactly(
            tuple(Kind.REVENUE_SHARE, new BigDecimal("30.1")),
            tuple(Kind.DEALS_SHARE, new BigDecimal("50.1")),
            tuple(Kind.NO_REVIEWED_EXIT_PLAN, null));
  }

  @Test
  void anExitPlanReviewedAYearAgoTodayStillCountsOneDayEarlierDoesNot() {
    ChannelOutcome ours = outcome(10, 10, 100);
    ChannelOutcome theirs = outcome(10, 10, 900);
    assertThat(channel(ours, vendor(1, "Acme", theirs, LocalDate.of(2025, 12, 3))).level())
        .isEqualTo(ConcentrationLevel.WARNING);
    assertThat(channel(ours, vendor(1, "Acme", theirs, LocalDate.of(2025, 12, 2))).level())
        .isEqualTo(ConcentrationLevel.RED);
  }

  @Test
  void aChannelOurOwnPeopleNoLongerWorkHasNoInHouseCapacityLeft() {
    // the vendor brought leads only: no revenue or deals to share, but nobody of ours is left
    ChannelConcentration nordics =
        channel(ChannelOutcome.NONE, vendor(1, "Acme", outcome(100, 0, 0), null));

    assertThat(nordics.warnings())
        .extracting(ConcentrationWarning::kind, ConcentrationWarning::vendorId)
        .containsExactly(tuple(Kind.NO_IN_HOUSE_CAPACITY, null));
    assertThat(nordics.vendors().get(0).share().revenue()).isNull();
    assertThat(nordics.level()).isEqualTo(ConcentrationLevel.WARNING);
    // a channel nobody brought anything in warns of nothing
    assertThat(channel(ChannelOutcome.NONE).warnings()).isEmpty();
  }

  @Test
  void theWholeBusinessSumsEveryChannelAndTheResultsNoChannelWasNamedFor() {
    // Finland: ours 70, Acme 30 of the revenue: 30 %, not beyond. Sweden: ours 50, Acme 50: 50 %.
    // With 100 more of ours no channel was named for, the business: ours 220, Acme 80 of 300,
    // 26.7 %; "sweden" is Sweden.
    List<ChannelConcentration> all =
        BusinessConcentration.of(
            List.of(
                new ChannelResults(
                    "Sweden",
                    outcome(0, 0, 50),
                    List.of(vendor(1, "Acme", outcome(0, 0, 30), null))),
                new ChannelResults("", outcome(0, 0, 100), List.of()),
                new ChannelResults(
                    "Finland",
                    outcome(0, 0, 70),
                    List.of(vendor(1, "Acme", outcome(0, 0, 30), null))),
                new ChannelResults(
                    "sweden",
                    ChannelOutcome.NONE,
                    List.of(vendor(1, "Acme", outcome(0, 0, 20), null)))),
            ConcentrationThresholds.DEFAULT,
            TODAY);

    assertThat(all)
        .extracting(
            ChannelConcentration::channel,
            channel -> channel.vendors().get(0).share().revenue(),
            ChannelConcentration::level)
        .containsExactly(
            tuple("", new BigDecimal("26.7"), ConcentrationLevel.OK),
            tuple("Finland", new BigDecimal("30.0"), ConcentrationLevel.OK),
            tuple("Sweden", new BigDecimal("50.0"), ConcentrationLevel.RED));
    // the business over 30 % when Sweden weighs more: ours 20 there, Acme 50 of 70
    assertThat(
            BusinessConcentration.of(
                    List.of(
                        new ChannelResults(
                            "Finland",
                            outcome(0, 0, 70),
                            List.of(vendor(1, "Acme", outcome(0, 0, 30), null))),
                        new ChannelResults(
                            "Sweden",
                            outcome(0, 0, 20),
                            List.of(
                                vendor(1, "Acme", outcome(0, 0, 50), LocalDate.of(2026, 9, 1))))),
                    ConcentrationThresholds.DEFAULT,
                    TODAY)
                .get(0)
                .warnings())
        // 80 of 170 is 47.1 %, and Acme's newest reviewed exit plan counts for the business
        .extracting(ConcentrationWarning::kind, ConcentrationWarning::share)
        .containsExactly(tuple(Kind.REVENUE_SHARE, new BigDecimal("47.1")));
  }
}
