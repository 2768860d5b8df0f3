package io.outsight.core.assessment.builtin;

import io.outsight.core.assessment.Answer;
import io.outsight.core.assessment.ScoreCard;
import io.outsight.extension.api.LocalizedText;
import io.outsight.extension.api.questionnaire.AnswerType;
import io.outsight.extension.api.questionnaire.AnswerValue;
import io.outsight.extension.api.questionnaire.InvalidQuestionnaire;
import io.outsight.extension.api.questionnaire.QuestionnaireTemplate;
import io.outsight.extension.api.questionnaire.RedFlagRule;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Turns a readiness assessment into a recommendation per scope under consideration, faithful to the
 * article's counter-views. The rules, in the order they decide:
 *
 * <ol>
 *   <li>Without targets, outsourcing is not advisable: results could not be judged.
 *   <li>Founders sell first: all of sales is not advisable without a repeatable sales process of
 *       our own, customers who have paid, and someone of ours who has sold it.
 *   <li>Lead generation is not advisable for a low ACV (the smaller deals do not pay for it), a
 *       very short sales cycle, or selling to everyone rather than a persona.
 *   <li>Full sales is not advisable unless we are ready to give up control (3 or more of 5); one
 *       line or segment needs 2 or more.
 *   <li>If the capacity can be built in-house in time, keep it in-house, unless the need is a
 *       campaign of a few months, over before anyone could be hired.
 *   <li>Otherwise the score decides: 70 or more outsource; 50 to 70 outsource short-term, as a fix
 *       while building in-house; below 50 keep in-house.
 *   <li>An outsourcing verdict then answers to the rest: for all of sales, a long, complex cycle
 *       and a high deal value each take it one step down (outsource, short-term, keep in-house),
 *       while for lead generation they speak for it; a need that is temporary makes it short-term;
 *       strong staff resistance (0 or 1 of 5) without a communication plan makes it "communicate
 *       first", and no plan alone makes it short-term.
 * </ol>
 *
 * <p>Whatever the verdict to outsource, a sales scope that would leave none of our own people
 * selling carries the hot-dog warning. Answers a questionnaire version did not ask (version 1 asked
 * no maturity, duration or continuity) decide nothing.
 */
public final class ReadinessAdvice {

  static final BigDecimal OUTSOURCE_FROM = BigDecimal.valueOf(70);
  static final BigDecimal SHORT_TERM_FROM = BigDecimal.valueOf(50);

  /** At or below this acceptance (of 5), the staff's resistance is strong. */
  static final int STRONG_RESISTANCE_UP_TO = 1;

  private ReadinessAdvice() {}

  private static LocalizedText t(String en, String fi) {
    return new LocalizedText(en, fi);
  }

  /**
   * Refuses a version of the readiness questionnaire the advice could not read: one without a
   * question, choice or red flag the rules above decide by.
   *
   * @throws InvalidQuestionnaire {@code questionnaire.advice-reads}, naming what is missing
   */
  public static void requireReadable(QuestionnaireTemplate version) {
    List<String> missing = new ArrayList<>();
    requireQuestion(version, "scope.considered", AnswerType.MULTIPLE_CHOICE, missing);
    Arrays.stream(ReadinessScope.values())
        .forEach(scope -> requireChoice(version, "scope.considered", scope.choiceKey(), missing));
    requireQuestion(version, "scope.inbound-reliance", AnswerType.YES_NO, missing);
    requireQuestion(version, ReadinessAssessment.DURATION, AnswerType.SINGLE_CHOICE, missing);
    for (String duration : List.of("campaign", "bridge")) {
      requireChoice(version, ReadinessAssessment.DURATION, duration, missing);
    }
    requireQuestion(version, ReadinessAssessment.IN_HOUSE_LEFT, AnswerType.YES_NO, missing);
    ReadinessAssessment.MATURITY.forEach(
        key -> requireQuestion(version, key, AnswerType.YES_NO, missing));
    requireChoice(version, "economics.acv-level", "low", missing);
    requireChoice(version, "economics.acv-level", "high", missing);
    requireChoice(version, "economics.cycle", "very-short", missing);
    requireChoice(version, "economics.cycle", "long", missing);
    requireQuestion(version, "economics.persona", AnswerType.YES_NO, missing);
    requireQuestion(version, "control.willing", AnswerType.SCALE_0_TO_5, missing);
    requireQuestion(version, "culture.acceptance", AnswerType.SCALE_0_TO_5, missing);
    requireQuestion(version, "resources.build-in-house", AnswerType.YES_NO, missing);
    for (String flag : List.of("no-targets", "no-communication-plan")) {
      if (version.redFlags().stream().noneMatch(rule -> rule.key().equals(flag))) {
        missing.add(flag);
      }
    }
    if (!missing.isEmpty()) {
      throw new InvalidQuestionnaire(
          "advice-reads",
          "the readiness advice reads " + String.join(", ", missing),
          String.join(", ", missing));
    }
  }

  private static void requireQuestion(
      QuestionnaireTemplate version, String key, AnswerType type, List<String> missing) {
    if (version.question(key).filter(question -> question.type() == type).isEmpty()) {
      missing.add(key);
    }
  }

  private static void requireChoice(
      QuestionnaireTemplate version, String key, String choice, List<String> missing) {
    if (version.question(key).flatMap(question -> question.choice(choice)).isEmpty()) {
      missing.add(key + " / " + choice);
    }
  }

  public static List<ScopeAdvice> derivedFrom(ScoreCard card, List<Answer> answers) {
    Map<String, AnswerValue> byQuestion =
        answers.stream().collect(Collectors.toMap(Answer::questionKey, Answer::value));
    List<ReadinessScope> scopes =
        Arrays.stream(ReadinessScope.values())
            .filter(scope -> chose(byQuestion, "scope.considered", scope.choiceKey()))
            .toList();
    return scopes.stream().map(scope -> advise(scope, card, byQuestion)).toList();
  }

  private static ScopeAdvice advise(
      ReadinessScope scope, ScoreCard card, Map<String, AnswerValue> answers) {
    List<LocalizedText> reasons = new ArrayList<>();
    Verdict verdict = verdict(scope, card, answers, reasons);
    if (verdict.outsources()) {
      verdict = weighed(scope, verdict, card, answers, reasons);
    }
    List<LocalizedText> warnings = new ArrayList<>();
    if (verdict.outsources() && leavesNoneOfOurs(scope, answers)) {
      warnings.add(
          t(
              "None of our own people would be left selling here: if the vendor stops, the selling stops, as the hot-dog business found. Keep someone of ours selling, or agree an exit plan before signing.",
              "Tälle alueelle ei jäisi yhtään omaa myyjää: jos toimittaja lopettaa, myynti loppuu, kuten hodarikauppiaat huomasivat. Pidä joku omista myymässä tai sovi irtautumissuunnitelma ennen sopimuksen allekirjoittamista."));
    }
    boolean inbound = answered(answers, "scope.inbound-reliance", true);
    List<ProCon> prosAndCons =
        Arrays.stream(ProCon.values())
            .filter(proCon -> proCon.concerns(scope))
            .filter(proCon -> proCon != ProCon.LEADS_INBOUND_BLIND_SPOTS || inbound)
            .toList();
    return new ScopeAdvice(scope, verdict, reasons, warnings, prosAndCons);
  }

  /** The verdict from the gates and the score, before the rest of the answers weigh in. */
  private static Verdict verdict(
      ReadinessScope scope,
      ScoreCard card,
      Map<String, AnswerValue> answers,
      List<LocalizedText> reasons) {
    if (card.redFlags().stream().map(RedFlagRule::key).anyMatch("no-targets"::equals)) {
      reasons.add(
          t(
              "No metrics, targets or quotas are set, so a vendor's results could not be judged.",
              "Mittareita, tavoitteita tai kiintiöitä ei ole asetettu, joten toimittajan tuloksia ei voisi arvioida."));
      return Verdict.NOT_ADVISABLE;
    }
    if (scope == ReadinessScope.FULL_SALES && !salesMature(answers, reasons)) {
      reasons.add(
          t(
              "Founders sell first: a vendor can scale a way of selling that works, not find one. Sell it ourselves until the cash flow allows an in-house team.",
              "Perustajat myyvät ensin: toimittaja voi monistaa toimivan myyntitavan, ei löytää sitä. Myy itse, kunnes kassavirta riittää omaan myyntitiimiin."));
      return Verdict.NOT_ADVISABLE;
    }
    if (scope == ReadinessScope.LEAD_GENERATION) {
      if (chose(answers, "economics.acv-level", "low")) {
        reasons.add(
            t(
                "The ACV is low: outsourced lead generation bringing smaller deals may not pay for itself.",
                "ACV on matala: ulkoistettu liidien hankinta, joka tuo pieniä kauppoja, ei välttämättä maksa itseään takaisin."));
      }
      if (chose(answers, "economics.cycle", "very-short")) {
        reasons.add(
            t(
                "The sales cycle is very short: outsourced lead generation rarely pays for itself then.",
                "Myyntisykli on hyvin lyhyt: silloin ulkoistettu liidien hankinta maksaa itsensä harvoin takaisin."));
      }
      if (answered(answers, "economics.persona", false)) {
        reasons.add(
            t(
                "We sell to everyone rather than a defined persona: outsourced prospecting cannot be targeted.",
                "Myymme kaikille emmekä määritellylle ostajapersoonalle: ulkoistettua prospektointia ei voi kohdentaa."));
      }
      if (!reasons.isEmpty()) {
        return Verdict.NOT_ADVISABLE;
      }
    }
    int neededControl =
        scope == ReadinessScope.FULL_SALES
            ? 3
            : scope == ReadinessScope.PRODUCT_LINE_OR_SEGMENT ? 2 : 0;
    if (answers.get("control.willing") instanceof AnswerValue.Scale control
        && control.level() < neededControl) {
      reasons.add(
          t(
              "We are not ready to give up the control that outsourcing this much selling takes ("
                  + control.level()
                  + " of 5, "
                  + neededControl
                  + " needed).",
              "Emme ole valmiita luopumaan ohjauksesta niin paljon kuin näin laaja ulkoistus vaatii ("
                  + control.level()
                  + "/5, tarvitaan "
                  + neededControl
                  + ")."));
      return Verdict.NOT_ADVISABLE;
    }
    boolean campaign = chose(answers, ReadinessAssessment.DURATION, "campaign");
    if (answered(answers, "resources.build-in-house", true)) {
      if (!campaign) {
        reasons.add(
            t(
                "The missing sellers can be hired and trained in-house in time.",
                "Puuttuvat myyjät ehditään rekrytoida ja perehdyttää itse."));
        return Verdict.KEEP_IN_HOUSE;
      }
      reasons.add(
          t(
              "We could hire, but the need is a campaign of a few months, over before new sellers would be up to speed.",
              "Voisimme rekrytoida, mutta tarve on muutaman kuukauden kampanja, joka on ohi ennen kuin uudet myyjät olisi perehdytetty."));
    }
    Optional<BigDecimal> score = card.overall();
    if (score.isEmpty()) {
      reasons.add(
          t(
              "Too few considerations are answered to recommend outsourcing.",
              "Liian harvaan näkökohtaan on vastattu, jotta ulkoistamista voisi suositella."));
      return Verdict.KEEP_IN_HOUSE;
    }
    String points = score.get().stripTrailingZeros().toPlainString();
    if (score.get().compareTo(SHORT_TERM_FROM) < 0) {
      reasons.add(
          t(
              "Readiness scores " + points + " of 100, below 50.",
              "Valmius on " + points + "/100, alle 50."));
      return Verdict.KEEP_IN_HOUSE;
    }
    if (score.get().compareTo(OUTSOURCE_FROM) < 0) {
      reasons.add(
          t(
              "Readiness scores "
                  + points
                  + " of 100 (50-70): at most a short-term fix while building in-house.",
              "Valmius on "
                  + points
                  + "/100 (50-70): korkeintaan lyhytaikainen ratkaisu, jonka aikana rakennetaan omaa myyntiä."));
      return Verdict.OUTSOURCE_SHORT_TERM;
    }
    reasons.add(
        t(
            "Readiness scores " + points + " of 100, 70 or more.",
            "Valmius on " + points + "/100, vähintään 70."));
    return Verdict.OUTSOURCE;
  }

  /**
   * The founders-sell-first gate, naming each part of a sales process of our own that is missing. A
   * question the version did not ask counts as met.
   */
  private static boolean salesMature(
      Map<String, AnswerValue> answers, List<LocalizedText> reasons) {
    List<LocalizedText> gaps = new ArrayList<>();
    if (answered(answers, ReadinessAssessment.MATURITY.get(0), false)) {
      gaps.add(
          t(
              "We have no repeatable sales process of our own to hand over.",
              "Meillä ei ole omaa toistettavaa myyntiprosessia, jonka voisi luovuttaa."));
    }
    if (answered(answers, ReadinessAssessment.MATURITY.get(1), false)) {
      gaps.add(
          t(
              "No customer beyond friends or pilots has paid for the product yet.",
              "Kukaan muu kuin tuttava tai pilottiasiakas ei ole vielä maksanut tuotteesta."));
    }
    if (answered(answers, ReadinessAssessment.MATURITY.get(2), false)) {
      gaps.add(
          t("Nobody of ours has sold it in person.", "Kukaan meistä ei ole myynyt tuotetta itse."));
    }
    reasons.addAll(gaps);
    return gaps.isEmpty();
  }

  /** An outsourcing verdict weighed against the deal, the duration and the culture. */
  private static Verdict weighed(
      ReadinessScope scope,
      Verdict verdict,
      ScoreCard card,
      Map<String, AnswerValue> answers,
      List<LocalizedText> reasons) {
    boolean longCycle = chose(answers, "economics.cycle", "long");
    boolean highValue = chose(answers, "economics.acv-level", "high");
    if (scope == ReadinessScope.FULL_SALES) {
      if (longCycle) {
        reasons.add(
            t(
                "The sales cycle is long and complex: months of relationships with several decision makers would be carried by a third party, the article's reputation risk. Consider outsourcing lead generation and closing ourselves.",
                "Myyntisykli on pitkä ja monimutkainen: kolmas osapuoli hoitaisi kuukausia kestäviä suhteita useisiin päättäjiin, mikä on artikkelin maineriski. Harkitse liidien hankinnan ulkoistamista ja kauppojen päättämistä itse."));
        verdict = stepDown(verdict);
      }
      if (highValue) {
        reasons.add(
            t(
                "Deals are of high value: each one a vendor loses or mishandles costs much. Consider outsourcing lead generation and closing ourselves.",
                "Kaupat ovat arvokkaita: jokainen toimittajan menettämä tai huonosti hoitama kauppa maksaa paljon. Harkitse liidien hankinnan ulkoistamista ja kauppojen päättämistä itse."));
        verdict = stepDown(verdict);
      }
      if (!verdict.outsources()) {
        return verdict;
      }
    }
    if (scope == ReadinessScope.LEAD_GENERATION && (longCycle || highValue)) {
      reasons.add(
          t(
              "High-value deals or a long cycle: outsourced prospecting fills the pipeline while our own sellers do the closing.",
              "Arvokkaat kaupat tai pitkä myyntisykli: ulkoistettu prospektointi täyttää myyntiputken, ja omat myyjämme päättävät kaupat."));
    }
    if (verdict == Verdict.OUTSOURCE
        && (chose(answers, ReadinessAssessment.DURATION, "campaign")
            || chose(answers, ReadinessAssessment.DURATION, "bridge"))) {
      reasons.add(
          t(
              "The need is temporary: outsource for its duration, not for good.",
              "Tarve on tilapäinen: ulkoista sen ajaksi, ei pysyvästi."));
      verdict = Verdict.OUTSOURCE_SHORT_TERM;
    }
    boolean noPlan =
        card.redFlags().stream().map(RedFlagRule::key).anyMatch("no-communication-plan"::equals);
    boolean strongResistance =
        answers.get("culture.acceptance") instanceof AnswerValue.Scale acceptance
            && acceptance.level() <= STRONG_RESISTANCE_UP_TO;
    if (strongResistance && noPlan) {
      reasons.add(
          t(
              "Our staff are expected to resist strongly and there is no plan saying who does what: communicate first, then outsource.",
              "Henkilöstön odotetaan vastustavan voimakkaasti, eikä suunnitelmaa rooleista ja vastuista ole: kerro ensin, ulkoista sitten."));
      return Verdict.COMMUNICATE_FIRST;
    }
    if (strongResistance) {
      reasons.add(
          t(
              "Our staff are expected to resist strongly: carry out the communication plan before the vendor starts.",
              "Henkilöstön odotetaan vastustavan voimakkaasti: toteuta viestintäsuunnitelma ennen kuin toimittaja aloittaa."));
    }
    if (noPlan && verdict == Verdict.OUTSOURCE) {
      reasons.add(
          t(
              "There is no plan to communicate roles: start short-term and make responsibilities clear first.",
              "Roolien viestintäsuunnitelmaa ei ole: aloita lyhytaikaisesti ja selkeytä vastuut ensin."));
      return Verdict.OUTSOURCE_SHORT_TERM;
    }
    return verdict;
  }

  private static Verdict stepDown(Verdict verdict) {
    return verdict == Verdict.OUTSOURCE ? Verdict.OUTSOURCE_SHORT_TERM : Verdict.KEEP_IN_HOUSE;
  }

  /**
   * Whether none of our own people would sell here afterwards: said so, or all of sales goes and
   * nobody said anyone stays (true of all of sales whatever the version asked). Lead generation
   * leaves our own sellers closing by definition.
   */
  private static boolean leavesNoneOfOurs(ReadinessScope scope, Map<String, AnswerValue> answers) {
    return scope != ReadinessScope.LEAD_GENERATION
        && (answered(answers, ReadinessAssessment.IN_HOUSE_LEFT, false)
            || (scope == ReadinessScope.FULL_SALES
                && !answered(answers, ReadinessAssessment.IN_HOUSE_LEFT, true)));
  }

  private static boolean chose(Map<String, AnswerValue> answers, String question, String choice) {
    return answers.get(question) instanceof AnswerValue.Chosen chosen
        && chosen.choiceKeys().contains(choice);
  }

  private static boolean answered(Map<String, AnswerValue> answers, String question, boolean yes) {
    return answers.get(question) instanceof AnswerValue.YesNo answer && answer.yes() == yes;
  }
}
