package io.outsight.core.assessment.builtin;

import io.outsight.core.assessment.Answer;
import io.outsight.core.assessment.AnswerType;
import io.outsight.core.assessment.AnswerValue;
import io.outsight.core.assessment.InvalidQuestionnaire;
import io.outsight.core.assessment.LocalizedText;
import io.outsight.core.assessment.QuestionnaireTemplate;
import io.outsight.core.assessment.RedFlagRule;
import io.outsight.core.assessment.ScoreCard;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Turns a readiness assessment into a recommendation per scope under consideration. The rules, in
 * the order they decide:
 *
 * <ol>
 *   <li>Without targets, outsourcing is not advisable: results could not be judged.
 *   <li>Lead generation is not advisable for a low ACV (the smaller fish do not pay for it), a very
 *       short sales cycle, or selling to everyone rather than a persona.
 *   <li>Full sales is not advisable unless we are ready to give up control (3 or more of 5); one
 *       line or segment needs 2 or more.
 *   <li>If the capacity can be built in-house in time, keep it in-house.
 *   <li>Otherwise the score decides: 70 or more outsource; 50 to 70 outsource short-term, as a fix
 *       while building in-house; below 50 keep in-house. Without a communication plan an
 *       "outsource" becomes "short-term": roles must be clear before it is permanent.
 * </ol>
 */
public final class ReadinessAdvice {

  static final BigDecimal OUTSOURCE_FROM = BigDecimal.valueOf(70);
  static final BigDecimal SHORT_TERM_FROM = BigDecimal.valueOf(50);

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
    requireChoice(version, "economics.acv-level", "low", missing);
    requireChoice(version, "economics.cycle", "very-short", missing);
    requireQuestion(version, "economics.persona", AnswerType.YES_NO, missing);
    requireQuestion(version, "control.willing", AnswerType.SCALE_0_TO_5, missing);
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
    boolean inbound =
        answers.get("scope.inbound-reliance") instanceof AnswerValue.YesNo yesNo && yesNo.yes();
    List<ProCon> prosAndCons =
        Arrays.stream(ProCon.values())
            .filter(proCon -> proCon.concerns(scope))
            .filter(proCon -> proCon != ProCon.LEADS_INBOUND_BLIND_SPOTS || inbound)
            .toList();
    return new ScopeAdvice(scope, verdict, reasons, prosAndCons);
  }

  private static Verdict verdict(
      ReadinessScope scope,
      ScoreCard card,
      Map<String, AnswerValue> answers,
      List<LocalizedText> reasons) {
    if (card.redFlags().stream().map(RedFlagRule::key).anyMatch("no-targets"::equals)) {
      reasons.add(
          t(
              "No metrics, targets or quotas are defined, so a vendor's results could not be judged.",
              "Mittareita, tavoitteita tai kiintiöitä ei ole määritelty, joten toimittajan tuloksia ei voisi arvioida."));
      return Verdict.NOT_ADVISABLE;
    }
    if (scope == ReadinessScope.LEAD_GENERATION) {
      if (chose(answers, "economics.acv-level", "low")) {
        reasons.add(
            t(
                "The ACV is low: outsourced lead generation bringing smaller fish may not pay for itself.",
                "ACV on matala: pienempiä kaloja tuova ulkoistettu liidien tuottaminen ei välttämättä maksa itseään takaisin."));
      }
      if (chose(answers, "economics.cycle", "very-short")) {
        reasons.add(
            t(
                "The sales cycle is very short: outsourced lead generation rarely pays for itself then.",
                "Myyntisykli on hyvin lyhyt: ulkoistettu liidien tuottaminen maksaa itsensä silloin harvoin takaisin."));
      }
      if (answered(answers, "economics.persona", false)) {
        reasons.add(
            t(
                "We sell to everyone rather than a defined persona: outsourced prospecting cannot be targeted.",
                "Myymme kaikille emmekä määritellylle persoonalle: ulkoistettua prospektointia ei voi kohdentaa."));
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
              "Emme ole valmiita luopumaan kontrollista, jota näin laaja ulkoistus vaatii ("
                  + control.level()
                  + "/5, tarvitaan "
                  + neededControl
                  + ")."));
      return Verdict.NOT_ADVISABLE;
    }
    if (answered(answers, "resources.build-in-house", true)) {
      reasons.add(
          t(
              "The missing capacity can be built in-house in time.",
              "Puuttuva kapasiteetti voidaan rakentaa itse ajoissa."));
      return Verdict.KEEP_IN_HOUSE;
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
                  + " of 100 (50-70): outsource as a short-term fix while building in-house.",
              "Valmius on "
                  + points
                  + "/100 (50-70): ulkoista lyhytaikaisena ratkaisuna ja rakenna samalla omaa."));
      return Verdict.OUTSOURCE_SHORT_TERM;
    }
    reasons.add(
        t(
            "Readiness scores " + points + " of 100, 70 or more.",
            "Valmius on " + points + "/100, vähintään 70."));
    if (card.redFlags().stream().map(RedFlagRule::key).anyMatch("no-communication-plan"::equals)) {
      reasons.add(
          t(
              "There is no plan to communicate roles: start short-term and make responsibilities clear first.",
              "Roolien viestintäsuunnitelmaa ei ole: aloita lyhytaikaisesti ja selkeytä vastuut ensin."));
      return Verdict.OUTSOURCE_SHORT_TERM;
    }
    return Verdict.OUTSOURCE;
  }

  private static boolean chose(Map<String, AnswerValue> answers, String question, String choice) {
    return answers.get(question) instanceof AnswerValue.Chosen chosen
        && chosen.choiceKeys().contains(choice);
  }

  private static boolean answered(Map<String, AnswerValue> answers, String question, boolean yes) {
    return answers.get(question) instanceof AnswerValue.YesNo answer && answer.yes() == yes;
  }
}
