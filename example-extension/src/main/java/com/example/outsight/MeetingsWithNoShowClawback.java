package com.example.outsight;

import io.outsight.extension.api.LocalizedText;
import io.outsight.extension.api.Parameter;
import io.outsight.extension.api.ParameterType;
import io.outsight.extension.api.compensation.CompensationModel;
import io.outsight.extension.api.compensation.CompensationTerms;
import io.outsight.extension.api.compensation.Payout;
import io.outsight.extension.api.compensation.PayoutLine;
import io.outsight.extension.api.metric.PeriodResults;
import io.outsight.extension.api.metric.ReportedMetric;
import io.outsight.extension.api.money.Money;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Pays a fee for every meeting the vendor booked and claws back a share of it for every meeting the
 * prospect did not turn up to ({@link NoShowMetric}), never below nothing. The fee and the share
 * are the contract's: this model declares them as its parameters.
 */
public class MeetingsWithNoShowClawback implements CompensationModel {

  private static final LocalizedText NAME =
      new LocalizedText(
          "Per meeting, no-shows clawed back", "Tapaamisittain, peruuntuneet peritään takaisin");

  public static final String ID = "per-meeting-no-show-clawback";
  public static final String FEE = "meeting-fee";
  public static final String CLAWBACK = "no-show-clawback-percent";

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private static final Locale FINNISH = Locale.forLanguageTag("fi");

  private static final List<Parameter> PARAMETERS =
      List.of(
          Parameter.required(
                  FEE,
                  ParameterType.MONEY,
                  BigDecimal.ZERO,
                  new BigDecimal("100000"),
                  new LocalizedText("Fee per meeting booked", "Palkkio varatusta tapaamisesta"))
              .withHelp(
                  new LocalizedText(
                      "Paid for every meeting the vendor books, in the contract's currency.",
                      "Maksetaan jokaisesta toimittajan varaamasta tapaamisesta sopimuksen"
                          + " valuutassa.")),
          Parameter.required(
                  CLAWBACK,
                  ParameterType.PERCENT,
                  BigDecimal.ZERO,
                  HUNDRED,
                  new LocalizedText("No-show clawback", "Peruuntuneen tapaamisen takaisinperintä"))
              .withDefault(HUNDRED)
              .withHelp(
                  new LocalizedText(
                      "The share of the fee taken back for a meeting the prospect did not attend.",
                      "Osuus palkkiosta, joka peritään takaisin tapaamisesta, johon asiakas ei"
                          + " tullut.")));

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String displayName() {
    return NAME.en();
  }

  @Override
  public LocalizedText localizedName() {
    return NAME;
  }

  @Override
  public String version() {
    return ExampleExtension.VERSION;
  }

  @Override
  public List<Parameter> parameters() {
    return PARAMETERS;
  }

  @Override
  public Payout payoutFor(CompensationTerms terms, PeriodResults results) {
    if (terms.paidMetric() != null && terms.paidMetric() != ReportedMetric.MEETINGS_BOOKED) {
      throw new IllegalArgumentException("pays meetings booked, not " + terms.paidMetric().id());
    }
    Money fee = new Money(terms.parameter(FEE), terms.currency());
    BigDecimal share = terms.parameter(CLAWBACK);
    Optional<BigDecimal> booked = results.value(ReportedMetric.MEETINGS_BOOKED);
    if (booked.isEmpty()) {
      return Payout.of(
          List.of(
              new PayoutLine(
                  PayoutLine.Kind.NO_DATA,
                  ReportedMetric.MEETINGS_BOOKED,
                  null,
                  null,
                  Money.zero(terms.currency()))),
          terms.currency());
    }
    List<PayoutLine> lines = new ArrayList<>();
    Money earned = fee.times(booked.get());
    lines.add(
        PayoutLine.contributed(
            new LocalizedText(
                "Meetings booked: "
                    + number(booked.get(), Locale.ENGLISH)
                    + " at "
                    + money(fee, Locale.ENGLISH),
                "Varatut tapaamiset: "
                    + number(booked.get(), FINNISH)
                    + " à "
                    + money(fee, FINNISH)),
            ReportedMetric.MEETINGS_BOOKED,
            booked.get(),
            fee.amount(),
            earned));
    BigDecimal noShows = results.value(NoShowMetric.ID).orElse(BigDecimal.ZERO);
    if (noShows.signum() > 0) {
      Money clawback = fee.times(noShows).times(share.divide(HUNDRED));
      if (clawback.compareTo(earned) > 0) {
        clawback = earned;
      }
      lines.add(
          PayoutLine.contributed(
              new LocalizedText(
                  "No-shows clawed back: "
                      + number(noShows, Locale.ENGLISH)
                      + " at "
                      + number(share, Locale.ENGLISH)
                      + " % of "
                      + money(fee, Locale.ENGLISH),
                  "Peruuntuneet tapaamiset perittiin takaisin: "
                      + number(noShows, FINNISH)
                      + " × "
                      + number(share, FINNISH)
                      + " % palkkiosta "
                      + money(fee, FINNISH)),
              null,
              noShows,
              share,
              Money.zero(terms.currency()).minus(clawback)));
    }
    return Payout.of(lines, terms.currency());
  }

  private static String number(BigDecimal value, Locale locale) {
    NumberFormat format = NumberFormat.getNumberInstance(locale);
    format.setMaximumFractionDigits(2);
    return format.format(value);
  }

  private static String money(Money amount, Locale locale) {
    NumberFormat format = NumberFormat.getNumberInstance(locale);
    format.setMinimumFractionDigits(2);
    format.setMaximumFractionDigits(2);
    return format.format(amount.amount()) + " " + amount.currency().getCurrencyCode();
  }
}
