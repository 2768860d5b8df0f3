package io.outsight.core.assessment.builtin;

import static io.outsight.extension.api.questionnaire.AnswerType.MONEY;
import static io.outsight.extension.api.questionnaire.AnswerType.MULTIPLE_CHOICE;
import static io.outsight.extension.api.questionnaire.AnswerType.SINGLE_CHOICE;

import io.outsight.extension.api.LocalizedText;
import io.outsight.extension.api.questionnaire.Anchors;
import io.outsight.extension.api.questionnaire.AnswerCondition.AnsweredNo;
import io.outsight.extension.api.questionnaire.Choice;
import io.outsight.extension.api.questionnaire.Question;
import io.outsight.extension.api.questionnaire.QuestionnaireTemplate;
import io.outsight.extension.api.questionnaire.RedFlagRule;
import io.outsight.extension.api.questionnaire.Section;
import java.util.List;

/**
 * Should we outsource? The four considerations (resources against targets, giving up control, the
 * economics of deal value, cycle and persona, and the culture) and the scope under consideration. A
 * high score speaks for outsourcing; {@link ReadinessAdvice} turns the answers into a
 * recommendation per scope. Version 2 adds what the article's counter-views turn on: how long the
 * need lasts, whether anyone of ours would still sell (the hot-dog story) and whether there is a
 * sales process of our own to hand over (founders sell first); its Finnish follows the glossary
 * ({@code docs/glossary.md}).
 */
public final class ReadinessAssessment {

  public static final String ID = "outsourcing-readiness";

  /** How long the need lasts: choices {@code ongoing}, {@code bridge} and {@code campaign}. */
  public static final String DURATION = "scope.duration";

  /** Whether some of our own people would still sell in the area, able to take the work back. */
  public static final String IN_HOUSE_LEFT = "scope.in-house-left";

  /** The sales-maturity gate: each a yes/no question, all three needed to outsource all sales. */
  public static final List<String> MATURITY =
      List.of(
          "maturity.repeatable-process", "maturity.paying-customers", "maturity.sold-ourselves");

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

  public static QuestionnaireTemplate version2() {
    return new QuestionnaireTemplate(
        ID,
        2,
        t("Outsourcing readiness", "Ulkoistusvalmius"),
        List.of(
            new Section(
                "scope",
                t("What would be outsourced", "Mitä ulkoistettaisiin"),
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
                                "All of our sales (rent-a-rep)",
                                "Koko myyntimme (vuokramyyjät)",
                                "0"),
                            Choice.of(
                                ReadinessScope.PRODUCT_LINE_OR_SEGMENT.choiceKey(),
                                "The sales of one product line or customer segment",
                                "Yhden tuotelinjan tai asiakassegmentin myynti",
                                "0"),
                            Choice.of(
                                ReadinessScope.LEAD_GENERATION.choiceKey(),
                                "Lead generation only (prospecting, cold contacting, marketing): our own sellers close",
                                "Vain liidien hankinta (prospektointi, kylmäkontaktointi, markkinointi): omat myyjämme päättävät kaupat",
                                "0"))),
                    Question.choice(
                        DURATION,
                        0,
                        t("How long will the need last?", "Kuinka kauan tarve kestää?"),
                        SINGLE_CHOICE,
                        List.of(
                            Choice.of("ongoing", "For good", "Pysyvästi", "0"),
                            Choice.of(
                                "bridge",
                                "Until our own sales team is up to strength (up to 18 months)",
                                "Kunnes oma myyntitiimimme on täysivahvuinen (enintään 18 kuukautta)",
                                "0"),
                            Choice.of(
                                "campaign",
                                "A campaign or a launch of a few months",
                                "Muutaman kuukauden kampanjan tai lanseerauksen ajan",
                                "0"))),
                    Question.yesNo(
                        IN_HOUSE_LEFT,
                        0,
                        t(
                            "Would some of our own sellers still sell here, able to take the work back if the vendor stopped?",
                            "Jäisikö tälle alueelle omia myyjiä, jotka voisivat ottaa työn takaisin, jos toimittaja lopettaisi?"),
                        true),
                    Question.yesNo(
                        "scope.inbound-reliance",
                        0,
                        t(
                            "Have our leads come mainly from inbound so far?",
                            "Ovatko liidimme tähän asti tulleet enimmäkseen inbound-kanavista?"),
                        false))),
            new Section(
                "maturity",
                t("Sales maturity", "Myynnin kypsyys"),
                0,
                List.of(
                    Question.yesNo(
                        MATURITY.get(0),
                        0,
                        t(
                            "Do we have a repeatable sales process: steps our own people have followed to win deals more than once?",
                            "Onko meillä toistettava myyntiprosessi eli vaiheet, joita noudattamalla omat ihmisemme ovat voittaneet kauppoja useammin kuin kerran?"),
                        true),
                    Question.yesNo(
                        MATURITY.get(1),
                        0,
                        t(
                            "Have customers other than friends or pilots paid for the product?",
                            "Ovatko muut kuin tuttavat tai pilottiasiakkaat maksaneet tuotteesta?"),
                        true),
                    Question.yesNo(
                        MATURITY.get(2),
                        0,
                        t(
                            "Has one of us, a founder or a seller, sold it in person?",
                            "Onko joku meistä, perustaja tai myyjä, myynyt tuotetta itse?"),
                        true))),
            new Section(
                "resources",
                t("Resources against goals", "Resurssit ja tavoitteet"),
                30,
                List.of(
                    Question.yesNo(
                        "resources.targets-defined",
                        2,
                        t(
                            "Are metrics, targets and quotas set for this sales work?",
                            "Onko tälle myyntityölle asetettu mittarit, tavoitteet ja kiintiöt?"),
                        true),
                    Question.scale(
                        "resources.gap",
                        3,
                        t(
                            "How far are our resources from what the targets need?",
                            "Kuinka paljon resursseistamme puuttuu tavoitteisiin nähden?"),
                        Anchors.between(
                            t("0 - We have what we need", "0 - Resurssit riittävät"),
                            t(
                                "5 - Far short, and the gap is growing",
                                "5 - Paljon puuttuu, ja vaje kasvaa"))),
                    Question.yesNo(
                        "resources.build-in-house",
                        3,
                        t(
                            "Could we hire and train the missing sellers ourselves in time?",
                            "Ehtisimmekö rekrytoida ja perehdyttää puuttuvat myyjät itse?"),
                        false))),
            new Section(
                "control",
                t("Control", "Ohjaus"),
                20,
                List.of(
                    Question.scale(
                        "control.willing",
                        3,
                        t(
                            "How ready are we to give up some control over how the selling is done?",
                            "Kuinka valmiita olemme luopumaan osasta myyntityön ohjausta?"),
                        Anchors.between(
                            t(
                                "0 - Not at all: we must control every detail",
                                "0 - Emme lainkaan: haluamme päättää jokaisesta yksityiskohdasta"),
                            t(
                                "5 - Fully: we steer by results",
                                "5 - Täysin: ohjaamme tulosten perusteella"))))),
            new Section(
                "economics",
                t(
                    "Deal value, sales cycle and buyer persona",
                    "Kaupan arvo, myyntisykli ja ostajapersoona"),
                30,
                List.of(
                    Question.information(
                        "economics.acv",
                        t(
                            "Annual contract value (ACV) of a typical deal",
                            "Tyypillisen kaupan sopimuksen vuosiarvo (ACV)"),
                        MONEY),
                    Question.choice(
                        "economics.acv-level",
                        3,
                        t(
                            "How high is the ACV compared with what outsourced selling costs?",
                            "Kuinka korkea ACV on verrattuna siihen, mitä ulkoistettu myynti maksaa?"),
                        SINGLE_CHOICE,
                        List.of(
                            Choice.of("high", "High", "Korkea", "1"),
                            Choice.of("medium", "Medium", "Keskitasoa", "0.6"),
                            Choice.of(
                                "low", "Low: small deals", "Matala: pieniä kauppoja", "0.1"))),
                    // A long, complex cycle no longer scores best: a third party carrying months of
                    // relationships with many decision makers is the article's reputation risk.
                    Question.choice(
                        "economics.cycle",
                        2,
                        t("How long is the sales cycle?", "Kuinka pitkä myyntisykli on?"),
                        SINGLE_CHOICE,
                        List.of(
                            Choice.of(
                                "long",
                                "Long or complex: several decision makers, months",
                                "Pitkä tai monimutkainen: useita päättäjiä, kuukausia",
                                "0.6"),
                            Choice.of("medium", "Medium", "Keskipitkä", "1"),
                            Choice.of("very-short", "Very short", "Hyvin lyhyt", "0.2"))),
                    Question.yesNo(
                        "economics.persona",
                        3,
                        t(
                            "Do we sell to a defined buyer persona rather than to everyone?",
                            "Kohdistammeko myynnin määritellylle ostajapersoonalle emmekä kaikille?"),
                        true))),
            new Section(
                "culture",
                t("Culture", "Yrityskulttuuri"),
                20,
                List.of(
                    Question.scale(
                        "culture.acceptance",
                        2,
                        t(
                            "How well would our staff accept it (not feel replaced, judged or next in line)?",
                            "Miten henkilöstömme suhtautuisi ulkoistukseen (tuntisiko se tulevansa korvatuksi, arvostelluksi tai olevansa seuraavana vuorossa)?"),
                        Anchors.between(
                            t(
                                "0 - Strong resistance expected",
                                "0 - Odotamme voimakasta vastustusta"),
                            t(
                                "5 - Welcomed: it frees them for closing",
                                "5 - Myönteisesti: omat myyjät voivat keskittyä kauppojen päättämiseen"))),
                    Question.yesNo(
                        "culture.communication-plan",
                        3,
                        t(
                            "Is there a plan to communicate roles and responsibilities from the start?",
                            "Onko meillä suunnitelma siitä, miten roolit ja vastuut kerrotaan henkilöstölle heti alussa?"),
                        true)))),
        List.of(
            new RedFlagRule(
                "no-targets",
                t(
                    "No metrics, targets or quotas: results cannot be judged",
                    "Ei mittareita, tavoitteita eikä kiintiöitä: tuloksia ei voi arvioida"),
                "resources.targets-defined",
                new AnsweredNo()),
            new RedFlagRule(
                "no-communication-plan",
                t(
                    "No plan to communicate roles: responsibilities will be unclear",
                    "Ei suunnitelmaa roolien kertomisesta: vastuut jäävät epäselviksi"),
                "culture.communication-plan",
                new AnsweredNo()),
            new RedFlagRule(
                "no-repeatable-process",
                t(
                    "No repeatable sales process of our own: there is nothing proven to hand over",
                    "Ei omaa toistettavaa myyntiprosessia: luovutettavaksi ei ole mitään koeteltua"),
                MATURITY.get(0),
                new AnsweredNo())));
  }
}
