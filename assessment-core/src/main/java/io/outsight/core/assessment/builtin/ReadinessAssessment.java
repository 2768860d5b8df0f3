package io.outsight.core.assessment.builtin;

import static io.outsight.core.assessment.AnswerType.MONEY;
import static io.outsight.core.assessment.AnswerType.MULTIPLE_CHOICE;
import static io.outsight.core.assessment.AnswerType.SINGLE_CHOICE;

import io.outsight.core.assessment.Anchors;
import io.outsight.core.assessment.AnswerCondition.AnsweredNo;
import io.outsight.core.assessment.Choice;
import io.outsight.core.assessment.LocalizedText;
import io.outsight.core.assessment.Question;
import io.outsight.core.assessment.QuestionnaireTemplate;
import io.outsight.core.assessment.RedFlagRule;
import io.outsight.core.assessment.Section;
import java.util.List;

/**
 * Should we outsource? The four considerations (resources against targets, giving up control, the
 * economics of deal value, cycle and persona, and the culture) and the scope under consideration. A
 * high score speaks for outsourcing; {@link ReadinessAdvice} turns the answers into a
 * recommendation per scope.
 */
public final class ReadinessAssessment {

  public static final String ID = "outsourcing-readiness";

  private ReadinessAssessment() {}

  private static LocalizedText t(String en, String fi) {
    return new LocalizedText(en, fi);
  }

  public static QuestionnaireTemplate version1() {
    return new QuestionnaireTemplate(
        ID,
        1,
        t("Outsourcing readiness", "Ulkoistusvalmius"),
        List.of(
            new Section(
                "scope",
                t("Scope under consideration", "Harkittava laajuus"),
                0,
                List.of(
                    Question.choice(
                        "scope.considered",
                        0,
                        t(
                            "What are we considering outsourcing?",
                            "Mitä harkitsemme ulkoistavamme?"),
                        MULTIPLE_CHOICE,
                        List.of(
                            Choice.of(
                                ReadinessScope.FULL_SALES.choiceKey(),
                                "All of sales (rent-a-rep)",
                                "Koko myynti (rent-a-rep)",
                                "0"),
                            Choice.of(
                                ReadinessScope.PRODUCT_LINE_OR_SEGMENT.choiceKey(),
                                "The sales of one product line or customer segment",
                                "Yhden tuotelinjan tai asiakassegmentin myynti",
                                "0"),
                            Choice.of(
                                ReadinessScope.LEAD_GENERATION.choiceKey(),
                                "Lead generation (prospecting, cold contacting, marketing)",
                                "Liidien tuottaminen (prospektointi, kylmäkontaktointi, markkinointi)",
                                "0"))),
                    Question.yesNo(
                        "scope.inbound-reliance",
                        0,
                        t(
                            "Have our leads come mainly from inbound so far?",
                            "Ovatko liidimme tulleet tähän asti pääosin inbound-kanavista?"),
                        false))),
            new Section(
                "resources",
                t("Resources against goals", "Resurssit ja tavoitteet"),
                30,
                List.of(
                    Question.yesNo(
                        "resources.targets-defined",
                        2,
                        t(
                            "Are metrics, targets and quotas defined for this sales work?",
                            "Onko tälle myyntityölle määritelty mittarit, tavoitteet ja kiintiöt?"),
                        true),
                    Question.scale(
                        "resources.gap",
                        3,
                        t(
                            "How far are our resources from what the targets need?",
                            "Kuinka kaukana resurssimme ovat siitä, mitä tavoitteet vaativat?"),
                        Anchors.between(
                            t("0 - We have what we need", "0 - Meillä on tarvittava"),
                            t(
                                "5 - Far short, and the gap is growing",
                                "5 - Paljon vajaa, ja vaje kasvaa"))),
                    Question.yesNo(
                        "resources.build-in-house",
                        3,
                        t(
                            "Could we build the missing capacity in-house in time?",
                            "Voisimmeko rakentaa puuttuvan kapasiteetin itse ajoissa?"),
                        false))),
            new Section(
                "control",
                t("Control", "Kontrolli"),
                20,
                List.of(
                    Question.scale(
                        "control.willing",
                        3,
                        t(
                            "How ready are we to give up some control over how the selling is done?",
                            "Kuinka valmiita olemme luopumaan osasta kontrollia siihen, miten myynti tehdään?"),
                        Anchors.between(
                            t(
                                "0 - Not at all: we must control every detail",
                                "0 - Ei lainkaan: meidän on hallittava jokaista yksityiskohtaa"),
                            t(
                                "5 - Fully: we steer by results",
                                "5 - Täysin: ohjaamme tulosten perusteella"))))),
            new Section(
                "economics",
                t("Deal value, sales cycle and persona", "Kaupan arvo, myyntisykli ja persoona"),
                30,
                List.of(
                    Question.information(
                        "economics.acv",
                        t(
                            "Annual contract value (ACV) of a typical deal",
                            "Tyypillisen kaupan vuosiarvo (ACV)"),
                        MONEY),
                    Question.choice(
                        "economics.acv-level",
                        3,
                        t(
                            "How high is the ACV compared with what outsourced selling costs?",
                            "Kuinka korkea ACV on verrattuna ulkoistetun myynnin kustannukseen?"),
                        SINGLE_CHOICE,
                        List.of(
                            Choice.of("high", "High", "Korkea", "1"),
                            Choice.of("medium", "Medium", "Keskitasoa", "0.6"),
                            Choice.of("low", "Low: small fish", "Matala: pieniä kaloja", "0.1"))),
                    Question.choice(
                        "economics.cycle",
                        2,
                        t("How long is the sales cycle?", "Kuinka pitkä myyntisykli on?"),
                        SINGLE_CHOICE,
                        List.of(
                            Choice.of("long", "Long or complex", "Pitkä tai monimutkainen", "1"),
                            Choice.of("medium", "Medium", "Keskipitkä", "0.7"),
                            Choice.of("very-short", "Very short", "Hyvin lyhyt", "0.2"))),
                    Question.yesNo(
                        "economics.persona",
                        3,
                        t(
                            "Do we sell to a defined buyer persona rather than to everyone?",
                            "Myymmekö määritellylle ostajapersoonalle emmekä kaikille?"),
                        true))),
            new Section(
                "culture",
                t("Culture", "Kulttuuri"),
                20,
                List.of(
                    Question.scale(
                        "culture.acceptance",
                        2,
                        t(
                            "How well would our staff accept it (not feel replaced, judged or next in line)?",
                            "Kuinka hyvin henkilöstömme hyväksyisi sen (ei tuntisi tulevansa korvatuksi, arvostelluksi tai olevansa seuraavana vuorossa)?"),
                        Anchors.between(
                            t(
                                "0 - Strong resistance expected",
                                "0 - Odotettavissa voimakasta vastustusta"),
                            t(
                                "5 - Welcomed: it frees them for closing",
                                "5 - Tervetullut: vapauttaa heidät kaupan klousaamiseen"))),
                    Question.yesNo(
                        "culture.communication-plan",
                        3,
                        t(
                            "Is there a plan to communicate roles and responsibilities from the start?",
                            "Onko suunnitelma roolien ja vastuiden viestimiseksi alusta alkaen?"),
                        true)))),
        List.of(
            new RedFlagRule(
                "no-targets",
                t(
                    "No metrics, targets or quotas: results cannot be judged",
                    "Ei mittareita, tavoitteita tai kiintiöitä: tuloksia ei voi arvioida"),
                "resources.targets-defined",
                new AnsweredNo()),
            new RedFlagRule(
                "no-communication-plan",
                t(
                    "No plan to communicate roles: responsibilities will be unclear",
                    "Ei suunnitelmaa roolien viestimiseen: vastuut jäävät epäselviksi"),
                "culture.communication-plan",
                new AnsweredNo())));
  }
}
