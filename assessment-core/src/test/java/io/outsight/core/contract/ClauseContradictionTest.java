package io.outsight.core.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.outsight.core.assessment.Answer;
import io.outsight.core.assessment.builtin.VendorDueDiligence;
import io.outsight.core.rules.RuleViolation;
import io.outsight.extension.api.questionnaire.AnswerValue.Chosen;
import io.outsight.extension.api.questionnaire.AnswerValue.Text;
import io.outsight.extension.api.questionnaire.AnswerValue.YesNo;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * What a vendor answered in due diligence against the contract's clauses: the clauses a contract
 * starts with, and each contradiction, from both sides.
 */
class ClauseContradictionTest {

  /** A vendor that answers every clause question as procurement would wish. */
  private static List<Answer> exemplary() {
    return new ArrayList<>(
        List.of(
            chose(VendorDueDiligence.FULFILMENT, "own-team"),
            chose(VendorDueDiligence.DEDICATION, "dedicated"),
            Answer.of(VendorDueDiligence.DATA_LOCATION, new Text(" HubSpot, EU (Finland) ")),
            chose(VendorDueDiligence.DATA_REGION, "eu-eea"),
            chose(VendorDueDiligence.LEAD_OWNERSHIP, "ours"),
            Answer.of(VendorDueDiligence.REUSE, new YesNo(false)),
            Answer.of(VendorDueDiligence.RETURN_DELETION, new YesNo(true)),
            Answer.of(VendorDueDiligence.NO_POACHING, new YesNo(true)),
            Answer.of(VendorDueDiligence.TELEMARKETING_CONSENT, new YesNo(true)),
            chose(VendorDueDiligence.CONTRACTOR_LIABILITY, "given")));
  }

  private static Answer chose(String question, String choice) {
    return Answer.of(question, new Chosen(Set.of(choice)));
  }

  private static List<Answer> with(Answer changed) {
    List<Answer> answers = exemplary();
    answers.replaceAll(
        answer -> answer.questionKey().equals(changed.questionKey()) ? changed : answer);
    return answers;
  }

  @Test
  void anExemplaryVendorsContractStartsWithEveryProtectiveClauseAndNoContradiction() {
    ContractClauses implied = ContractClauses.impliedBy(exemplary());

    assertThat(implied.isWeOwnLeads()).isTrue();
    assertThat(implied.isNoReuseForOthers()).isTrue();
    assertThat(implied.isReturnAndDeleteAtExit()).isTrue();
    assertThat(implied.isDataInsideEea()).isTrue();
    assertThat(implied.isDedicatedTeam()).isTrue();
    assertThat(implied.isSubcontractingAllowed()).isFalse();
    assertThat(implied.getDataLocation()).isEqualTo("HubSpot, EU (Finland)");
    assertThat(implied.isNoPoaching()).isTrue();
    assertThat(implied.isOptOutRegistersChecked()).isTrue();
    assertThat(implied.isContractorLiabilityReports()).isTrue();
    assertThat(ClauseContradiction.between(implied, exemplary())).isEmpty();
    assertThat(ClauseContradiction.possibleWith(exemplary())).isFalse();
  }

  @Test
  void aNamedSubcontractorIsAllowedButForbiddingItContradictsTheAnswer() {
    List<Answer> answers = with(chose(VendorDueDiligence.FULFILMENT, "disclosed-subcontractor"));
    ContractClauses clauses = ContractClauses.impliedBy(answers);
    assertThat(clauses.isSubcontractingAllowed()).isTrue();
    assertThat(ClauseContradiction.between(clauses, answers)).isEmpty();

    clauses.setSubcontractingAllowed(false);

    assertThat(ClauseContradiction.between(clauses, answers))
        .containsExactly(ClauseContradiction.SUBCONTRACTING);
  }

  @Test
  void anUndisclosedSubcontractorIsNotAllowedAndTheDraftShowsTheContradiction() {
    List<Answer> answers = with(chose(VendorDueDiligence.FULFILMENT, "undisclosed-subcontractor"));
    ContractClauses clauses = ContractClauses.impliedBy(answers);

    assertThat(clauses.isSubcontractingAllowed()).isFalse();
    assertThat(ClauseContradiction.between(clauses, answers))
        .containsExactly(ClauseContradiction.SUBCONTRACTING);
  }

  @Test
  void leadsTheVendorKeepsOrSharesContradictOurOwnership() {
    for (String owner : List.of("vendor", "shared")) {
      List<Answer> answers = with(chose(VendorDueDiligence.LEAD_OWNERSHIP, owner));
      ContractClauses clauses = ContractClauses.impliedBy(answers);
      assertThat(clauses.isWeOwnLeads()).isTrue();
      assertThat(ClauseContradiction.between(clauses, answers))
          .as(owner)
          .containsExactly(ClauseContradiction.LEAD_OWNERSHIP);
      // the contract giving up the clause resolves it
      clauses.setWeOwnLeads(false);
      assertThat(ClauseContradiction.between(clauses, answers)).isEmpty();
    }
  }

  @Test
  void dataOutsideTheEeaContradictsTheClauseUnlessSafeguardedAndDraftedSo() {
    List<Answer> unprotected = with(chose(VendorDueDiligence.DATA_REGION, "outside"));
    ContractClauses drafted = ContractClauses.impliedBy(unprotected);
    assertThat(drafted.isDataInsideEea()).isTrue();
    assertThat(ClauseContradiction.between(drafted, unprotected))
        .containsExactly(ClauseContradiction.DATA_OUTSIDE_EEA);

    List<Answer> safeguarded = with(chose(VendorDueDiligence.DATA_REGION, "outside-safeguarded"));
    ContractClauses underSafeguards = ContractClauses.impliedBy(safeguarded);
    assertThat(underSafeguards.isDataInsideEea()).isFalse();
    assertThat(ClauseContradiction.between(underSafeguards, safeguarded)).isEmpty();
    underSafeguards.setDataInsideEea(true);
    assertThat(ClauseContradiction.between(underSafeguards, safeguarded))
        .containsExactly(ClauseContradiction.DATA_OUTSIDE_EEA);
  }

  @Test
  void reuseNoDeletionAndASharedTeamEachContradictTheirClause() {
    List<Answer> answers = with(Answer.of(VendorDueDiligence.REUSE, new YesNo(true)));
    answers.replaceAll(
        answer ->
            answer.questionKey().equals(VendorDueDiligence.RETURN_DELETION)
                ? Answer.of(VendorDueDiligence.RETURN_DELETION, new YesNo(false))
                : answer.questionKey().equals(VendorDueDiligence.DEDICATION)
                    ? chose(VendorDueDiligence.DEDICATION, "many")
                    : answer);
    ContractClauses clauses = ContractClauses.impliedBy(answers);
    assertThat(clauses.isDedicatedTeam()).isFalse();
    assertThat(ClauseContradiction.between(clauses, answers))
        .containsExactly(ClauseContradiction.LEAD_REUSE, ClauseContradiction.RETURN_AND_DELETION);

    clauses.setDedicatedTeam(true);

    assertThat(ClauseContradiction.between(clauses, answers))
        .containsExactly(
            ClauseContradiction.LEAD_REUSE,
            ClauseContradiction.RETURN_AND_DELETION,
            ClauseContradiction.TEAM_NOT_DEDICATED);
    assertThat(ClauseContradiction.possibleWith(answers)).isTrue();
  }

  @Test
  void aQuestionNotAskedContradictsNothing() {
    // version 1 of the questionnaire did not ask where the data is processed
    List<Answer> version1 =
        exemplary().stream()
            .filter(answer -> !answer.questionKey().equals(VendorDueDiligence.DATA_REGION))
            .toList();
    ContractClauses clauses = ContractClauses.impliedBy(version1);

    assertThat(clauses.isDataInsideEea()).isTrue();
    assertThat(ClauseContradiction.between(clauses, version1)).isEmpty();
    assertThat(ClauseContradiction.between(new ContractClauses(), List.of())).isEmpty();
  }

  @Test
  void onlyAStandingContradictionIsAcceptedAndOnlyWithAReason() {
    Instant now = Instant.parse("2026-12-02T10:00:00Z");
    List<ClauseContradiction> standing = List.of(ClauseContradiction.SUBCONTRACTING);

    assertThatThrownBy(
            () ->
                ClauseAcceptance.of(
                    1, 2, ClauseContradiction.LEAD_REUSE, standing, "Why not", "riikka", now))
        .isInstanceOfSatisfying(
            RuleViolation.class,
            refused -> assertThat(refused.rule()).isEqualTo("clause.not-contradicted"));
    assertThatThrownBy(
            () ->
                ClauseAcceptance.of(
                    1, 2, ClauseContradiction.SUBCONTRACTING, standing, " ", "riikka", now))
        .isInstanceOfSatisfying(
            RuleViolation.class,
            refused -> assertThat(refused.rule()).isEqualTo("clause.reason-required"));
    ClauseAcceptance accepted =
        ClauseAcceptance.of(
            1,
            2,
            ClauseContradiction.SUBCONTRACTING,
            standing,
            "The subcontractor is named in annex 2",
            "riikka",
            now);
    assertThat(accepted.reason()).isEqualTo("The subcontractor is named in annex 2");
    assertThat(accepted.assessmentId()).isEqualTo(2);
  }

  /**
   * Nordic practice: a vendor that refuses no poaching, does not check the opt-out registers or has
   * not given the Contractor's Liability Act reports still gets the clause, and the contradiction
   * shows; without the clause, or with the vendor agreeing, nothing does.
   */
  @Test
  void nordicPracticeClausesContradictAVendorThatRefusedThem() {
    Map<Answer, ClauseContradiction> refusals =
        Map.of(
            Answer.of(VendorDueDiligence.NO_POACHING, new YesNo(false)),
            ClauseContradiction.POACHING,
            Answer.of(VendorDueDiligence.TELEMARKETING_CONSENT, new YesNo(false)),
            ClauseContradiction.OPT_OUT_REGISTERS,
            chose(VendorDueDiligence.CONTRACTOR_LIABILITY, "not-given"),
            ClauseContradiction.CONTRACTOR_LIABILITY);
    refusals.forEach(
        (refused, contradiction) -> {
          List<Answer> answers = with(refused);
          ContractClauses implied = ContractClauses.impliedBy(answers);

          assertThat(ClauseContradiction.between(implied, answers)).containsExactly(contradiction);
          assertThat(ClauseContradiction.possibleWith(answers)).isTrue();
          assertThat(ClauseContradiction.between(new ContractClauses(), answers)).isEmpty();
        });
    // the Act does not apply to work done at the vendor's own premises: no contradiction
    List<Answer> notRequired = with(chose(VendorDueDiligence.CONTRACTOR_LIABILITY, "not-required"));
    assertThat(ClauseContradiction.between(ContractClauses.impliedBy(notRequired), notRequired))
        .isEmpty();
  }
}
