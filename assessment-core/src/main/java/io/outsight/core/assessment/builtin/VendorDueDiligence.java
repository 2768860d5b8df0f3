package io.outsight.core.assessment.builtin;

import static io.outsight.extension.api.questionnaire.AnswerType.DATE;
import static io.outsight.extension.api.questionnaire.AnswerType.FREE_TEXT;
import static io.outsight.extension.api.questionnaire.AnswerType.MULTIPLE_CHOICE;
import static io.outsight.extension.api.questionnaire.AnswerType.NUMBER;
import static io.outsight.extension.api.questionnaire.AnswerType.SINGLE_CHOICE;

import io.outsight.extension.api.LocalizedText;
import io.outsight.extension.api.questionnaire.Anchors;
import io.outsight.extension.api.questionnaire.AnswerCondition.AnsweredNo;
import io.outsight.extension.api.questionnaire.AnswerCondition.AnsweredYes;
import io.outsight.extension.api.questionnaire.AnswerCondition.Chose;
import io.outsight.extension.api.questionnaire.Choice;
import io.outsight.extension.api.questionnaire.Question;
import io.outsight.extension.api.questionnaire.QuestionnaireTemplate;
import io.outsight.extension.api.questionnaire.RedFlagRule;
import io.outsight.extension.api.questionnaire.Section;
import java.util.Arrays;
import java.util.List;

/**
 * Vendor due diligence on the six questions procurement asks a sales or lead-generation vendor:
 * track record, staffing and training, action plan, relationship management, data ownership and the
 * definition of success. Data and track record weigh most; the red flags are the answers that make
 * a vendor unacceptable whatever else it scores.
 */
public final class VendorDueDiligence {

  public static final String ID = "vendor-due-diligence";

  /** Who does the work: the question a contract's subcontracting clause answers to. */
  public static final String FULFILMENT = "staffing.fulfilment";

  /** Whether the reps are dedicated to us. */
  public static final String DEDICATION = "staffing.dedication";

  /** Where the data lives, in the vendor's words. */
  public static final String DATA_LOCATION = "data.location";

  /** Whether the data is processed inside the EU/EEA, and if not, under which safeguards. */
  public static final String DATA_REGION = "data.region";

  /** Who owns the leads. */
  public static final String LEAD_OWNERSHIP = "data.lead-ownership";

  /** Whether the vendor may reuse our leads for others. */
  public static final String REUSE = "data.reuse";

  /** Whether the data is returned and deleted at exit. */
  public static final String RETURN_DELETION = "data.return-deletion";

  private VendorDueDiligence() {}

  /** How many of the vendor's people would carry our results (version 3 on). */
  public static final String KEY_PEOPLE = "staffing.key-people";

  /**
   * The Contractor's Liability Act reports: {@code given}, {@code not-required} or {@code
   * not-given} (version 3 on).
   */
  public static final String CONTRACTOR_LIABILITY = "relationship.contractor-liability";

  /** When those reports were checked (version 3 on). */
  public static final String CONTRACTOR_LIABILITY_CHECKED =
      "relationship.contractor-liability-checked-on";

  /** Consent and the opt-out registers checked before contacting (version 3 on). */
  public static final String TELEMARKETING_CONSENT = "plan.opt-out-registers";

  /** Neither side recruits the other's sellers (version 3 on). */
  public static final String NO_POACHING = "relationship.no-poaching";

  private static LocalizedText t(String en, String fi) {
    return new LocalizedText(en, fi);
  }

  public static QuestionnaireTemplate version1() {
    return version(1);
  }

  /**
   * Version 2 asks, as a choice and not only in words, whether the data is processed inside the
   * EU/EEA, so that a contract's data clause can be checked against it.
   */
  public static QuestionnaireTemplate version2() {
    return version(2);
  }

  /**
   * Version 3 asks, as structured answers, what Nordic practice and the hot-dog story turn on: how
   * many of the vendor's people would carry our results, whether the Contractor's Liability Act
   * (tilaajavastuulaki) reports were checked and when, whether telemarketing consent and the
   * opt-out registers are honoured, and whether neither side recruits the other's sellers; each can
   * raise a red flag. Its Finnish follows the glossary ({@code docs/glossary.md}), sentence by
   * sentence.
   */
  public static QuestionnaireTemplate version3() {
    return FinnishRevision.applied(version(3));
  }

  private static QuestionnaireTemplate version(int version) {
    List<Question> dataRegion =
        version < 2
            ? List.of()
            : List.of(
                Question.choice(
                    DATA_REGION,
                    3,
                    t(
                        "Is the data processed inside the EU/EEA?",
                        "Käsitelläänkö tietoja EU:n tai ETA:n alueella?"),
                    SINGLE_CHOICE,
                    List.of(
                        Choice.of(
                            "eu-eea",
                            "Inside the EU/EEA only",
                            "Vain EU:n tai ETA:n alueella",
                            "1"),
                        Choice.of(
                            "outside-safeguarded",
                            "Also outside, under an adequacy decision or standard contractual clauses",
                            "Myös sen ulkopuolella, tietosuojan riittävyyspäätöksen tai vakiosopimuslausekkeiden nojalla",
                            "0.5"),
                        Choice.of(
                            "outside",
                            "Also outside, without such safeguards",
                            "Myös sen ulkopuolella ilman tällaisia suojatoimia",
                            "0"))));
    List<RedFlagRule> dataRegionFlag =
        version < 2
            ? List.of()
            : List.of(
                new RedFlagRule(
                    "data-outside-eea-unprotected",
                    t(
                        "Data is processed outside the EU/EEA without safeguards",
                        "Tietoja käsitellään EU:n ja ETA:n ulkopuolella ilman suojatoimia"),
                    DATA_REGION,
                    new Chose("outside")));
    return new QuestionnaireTemplate(
        ID,
        version,
        t("Vendor due diligence", "Toimittajan due diligence -arviointi"),
        List.of(
            new Section(
                "track",
                t("Track record", "Näyttö aiemmista tuloksista"),
                20,
                List.of(
                    Question.yesNo(
                        "track.references",
                        3,
                        t(
                            "Can the vendor name references with measurable results (pipeline, meetings, revenue created)?",
                            "Pystyykö toimittaja nimeämään referenssejä, joilla on mitattavia tuloksia (myyntiputki, tapaamiset, liikevaihto)?"),
                        true),
                    Question.scale(
                        "track.comparable-clients",
                        3,
                        t(
                            "How comparable are their clients to us (industry, deal size, buyer persona)?",
                            "Kuinka verrattavia heidän asiakkaansa ovat meihin (toimiala, kaupan koko, ostajapersoona)?"),
                        Anchors.between(
                            t("0 - Nothing comparable", "0 - Ei mitään verrattavaa"),
                            t(
                                "5 - Several clients like us, with results",
                                "5 - Useita kaltaisiamme asiakkaita tuloksineen"))),
                    Question.scale(
                        "track.work-quality",
                        2,
                        t(
                            "How good is the work we saw (call recordings, e-mails, reports)?",
                            "Kuinka hyvää näkemämme työ on (puhelutallenteet, sähköpostit, raportit)?"),
                        Anchors.between(
                            t("0 - Nothing shown or poor", "0 - Ei näytetty tai heikkoa"),
                            t(
                                "5 - Excellent, we would sign it ourselves",
                                "5 - Erinomaista, voisimme allekirjoittaa sen itse"))))),
            new Section(
                "staffing",
                t("Staffing and training", "Henkilöstö ja koulutus"),
                15,
                joined(
                    List.of(
                        Question.choice(
                            FULFILMENT,
                            3,
                            t(
                                "Who does the work: their own team, or subcontractors?",
                                "Kuka työn tekee: oma tiimi vai alihankkija?"),
                            SINGLE_CHOICE,
                            List.of(
                                Choice.of("own-team", "Their own team", "Oma tiimi", "1"),
                                Choice.of(
                                    "disclosed-subcontractor",
                                    "A subcontractor they name to us",
                                    "Alihankkija, jonka he nimeävät meille",
                                    "0.5"),
                                Choice.of(
                                    "undisclosed-subcontractor",
                                    "Subcontracted, not disclosed",
                                    "Alihankittu, ei kerrottu",
                                    "0"))),
                        Question.choice(
                            DEDICATION,
                            2,
                            t(
                                "Are the reps dedicated to us or working several campaigns at once?",
                                "Ovatko myyjät omistautuneita meille vai tekevätkö he useita kampanjoita yhtä aikaa?"),
                            SINGLE_CHOICE,
                            List.of(
                                Choice.of(
                                    "dedicated", "Dedicated to us", "Omistautuneet meille", "1"),
                                Choice.of(
                                    "few",
                                    "Shared with a few clients",
                                    "Jaettu muutaman asiakkaan kesken",
                                    "0.5"),
                                Choice.of(
                                    "many",
                                    "Shared across many campaigns",
                                    "Jaettu monen kampanjan kesken",
                                    "0.2"))),
                        Question.scale(
                            "staffing.recruiting",
                            1,
                            t(
                                "How well do they recruit reps for a client like us?",
                                "Kuinka hyvin he rekrytoivat myyjiä kaltaisellemme asiakkaalle?"),
                            Anchors.between(
                                t("0 - No process", "0 - Ei prosessia"),
                                t(
                                    "5 - Proven, selective process",
                                    "5 - Todistettu, valikoiva prosessi"))),
                        Question.scale(
                            "staffing.training",
                            2,
                            t(
                                "How well do they train reps on our products and buyers?",
                                "Kuinka hyvin he kouluttavat myyjät tuotteisiimme ja ostajiimme?"),
                            Anchors.between(
                                t("0 - No training", "0 - Ei koulutusta"),
                                t(
                                    "5 - Structured training with certification",
                                    "5 - Jäsennelty koulutus ja sertifiointi"))),
                        Question.scale(
                            "staffing.turnover",
                            1,
                            t(
                                "How stable are their teams (rep turnover)?",
                                "Kuinka pysyviä heidän tiiminsä ovat (myyjien vaihtuvuus)?"),
                            Anchors.between(
                                t("0 - Very high turnover", "0 - Erittäin suuri vaihtuvuus"),
                                t("5 - Very low turnover", "5 - Erittäin pieni vaihtuvuus")))),
                    nordic(version, keyPeople()))),
            new Section(
                "plan",
                t("Action plan", "Toimintasuunnitelma"),
                15,
                joined(
                    List.of(
                        Question.choice(
                            "plan.channels",
                            2,
                            t("Which channels will they use?", "Mitä kanavia he käyttävät?"),
                            MULTIPLE_CHOICE,
                            List.of(
                                Choice.of("phone", "Phone", "Puhelin", "0.34"),
                                Choice.of("email", "E-mail", "Sähköposti", "0.33"),
                                Choice.of("chat", "Chat and social", "Chat ja some", "0.33"))),
                        Question.scale(
                            "plan.tools",
                            1,
                            t(
                                "How suitable are their tools (CRM, dialers, sequencing)?",
                                "Kuinka soveltuvia heidän työkalunsa ovat (CRM, soittojärjestelmät, sekvensointi)?"),
                            Anchors.between(
                                t("0 - Unsuitable", "0 - Soveltumattomat"),
                                t(
                                    "5 - Fully suitable, integrated with ours",
                                    "5 - Täysin soveltuvat, integroitu omiimme"))),
                        Question.scale(
                            "plan.tactics",
                            2,
                            t(
                                "How convincing are their tactics for our market?",
                                "Kuinka vakuuttavia heidän taktiikkansa ovat markkinallemme?"),
                            Anchors.between(
                                t("0 - Generic or none", "0 - Yleisiä tai ei lainkaan"),
                                t(
                                    "5 - Specific to our buyers, tested",
                                    "5 - Ostajillemme räätälöityjä, testattuja"))),
                        Question.yesNo(
                            "plan.scripts-approved",
                            2,
                            t(
                                "Do we approve scripts and messaging before they are used?",
                                "Hyväksymmekö puhe- ja viestipohjat ennen käyttöä?"),
                            true)),
                    nordic(version, telemarketing()))),
            new Section(
                "relationship",
                t("Relationship management", "Suhteen hallinta"),
                15,
                joined(
                    List.of(
                        Question.choice(
                            "relationship.governance-cadence",
                            2,
                            t(
                                "How often is the relationship reviewed together?",
                                "Kuinka usein suhdetta arvioidaan yhdessä?"),
                            SINGLE_CHOICE,
                            List.of(
                                Choice.of("weekly", "Weekly", "Viikoittain", "1"),
                                Choice.of("monthly", "Monthly", "Kuukausittain", "0.7"),
                                Choice.of("quarterly", "Quarterly", "Neljännesvuosittain", "0.3"),
                                Choice.of("none", "Not agreed", "Ei sovittu", "0"))),
                        Question.yesNo(
                            "relationship.named-contacts",
                            2,
                            t(
                                "Are named contacts on both sides agreed?",
                                "Onko molemmille osapuolille sovittu nimetyt yhteyshenkilöt?"),
                            true),
                        Question.information(
                            "relationship.our-hours",
                            t(
                                "Hours per month the relationship needs from our staff",
                                "Suhteen vaatimat tunnit kuukaudessa henkilöstöltämme"),
                            NUMBER)),
                    nordic(version, contractorLiabilityAndPoaching()))),
            new Section(
                "data",
                t("Data ownership", "Tietojen omistajuus"),
                20,
                joined(
                    List.of(
                        Question.information(
                            DATA_LOCATION,
                            t(
                                "Where does the data live (systems, country)?",
                                "Missä tiedot sijaitsevat (järjestelmät, maa)?"),
                            FREE_TEXT)),
                    dataRegion,
                    List.of(
                        Question.choice(
                            LEAD_OWNERSHIP,
                            4,
                            t(
                                "Who owns the leads and their contact data?",
                                "Kuka omistaa liidit ja niiden yhteystiedot?"),
                            SINGLE_CHOICE,
                            List.of(
                                Choice.of("ours", "We do", "Me", "1"),
                                Choice.of("shared", "Shared", "Yhteisesti", "0.3"),
                                Choice.of("vendor", "The vendor", "Toimittaja", "0"))),
                        Question.yesNo(
                            REUSE,
                            3,
                            t(
                                "May the vendor reuse our leads or contacts for other clients, even competitors?",
                                "Saako toimittaja käyttää liidejämme tai yhteystietojamme muille asiakkaille, jopa kilpailijoille?"),
                            false),
                        Question.yesNo(
                            RETURN_DELETION,
                            3,
                            t(
                                "Are all data returned to us and deleted at the vendor when the contract ends?",
                                "Palautetaanko kaikki tiedot meille ja poistetaanko ne toimittajalta sopimuksen päättyessä?"),
                            true),
                        Question.yesNo(
                            "data.processing-agreement",
                            2,
                            t(
                                "Is a data-processing agreement in place or offered?",
                                "Onko henkilötietojen käsittelysopimus tehty tai tarjottu?"),
                            true)))),
            new Section(
                "success",
                t("Definition of success", "Onnistumisen määritelmä"),
                15,
                List.of(
                    Question.yesNo(
                        "success.kpis",
                        3,
                        t(
                            "Are KPIs and their targets agreed in writing?",
                            "Onko mittarit ja niiden tavoitteet sovittu kirjallisesti?"),
                        true),
                    Question.choice(
                        "success.reporting-cadence",
                        3,
                        t("When does reporting come?", "Milloin raportit tulevat?"),
                        SINGLE_CHOICE,
                        List.of(
                            Choice.of("weekly", "Weekly", "Viikoittain", "1"),
                            Choice.of("monthly", "Monthly", "Kuukausittain", "0.8"),
                            Choice.of("quarterly", "Quarterly", "Neljännesvuosittain", "0.4"),
                            Choice.of("none", "Not defined", "Ei määritelty", "0"))),
                    Question.scale(
                        "success.report-content",
                        2,
                        t(
                            "How detailed is the reporting (activities, funnel, reasons lost)?",
                            "Kuinka yksityiskohtaista raportointi on (aktiviteetit, suppilo, häviösyyt)?"),
                        Anchors.between(
                            t("0 - Totals only", "0 - Vain summat"),
                            t("5 - Full funnel with reasons", "5 - Koko suppilo syineen"))),
                    Question.yesNo(
                        "success.raw-data",
                        2,
                        t(
                            "Do we get access to the raw activity data (calls, e-mails, CRM)?",
                            "Saammeko pääsyn raakadataan (puhelut, sähköpostit, CRM)?"),
                        true)))),
        joined(
            List.of(
                new RedFlagRule(
                    "leads-not-ours",
                    t(
                        "The leads and contacts are not ours",
                        "Liidit ja yhteystiedot eivät ole meidän"),
                    LEAD_OWNERSHIP,
                    new Chose("vendor")),
                new RedFlagRule(
                    "leads-reusable",
                    t(
                        "Our leads may be reused for other clients, even competitors",
                        "Liidejämme voidaan käyttää muille asiakkaille, jopa kilpailijoille"),
                    REUSE,
                    new AnsweredYes()),
                new RedFlagRule(
                    "undisclosed-subcontracting",
                    t(
                        "Fulfilment is subcontracted without disclosure",
                        "Työ on alihankittu kertomatta"),
                    FULFILMENT,
                    new Chose("undisclosed-subcontractor")),
                new RedFlagRule(
                    "no-reporting",
                    t("No reporting is defined", "Raportointia ei ole määritelty"),
                    "success.reporting-cadence",
                    new Chose("none")),
                new RedFlagRule(
                    "no-measurable-references",
                    t(
                        "No references with measurable results",
                        "Ei referenssejä, joilla on mitattavia tuloksia"),
                    "track.references",
                    new AnsweredNo()),
                new RedFlagRule(
                    "no-return-or-deletion",
                    t(
                        "Data is not returned and deleted at exit",
                        "Tietoja ei palauteta eikä poisteta sopimuksen päättyessä"),
                    RETURN_DELETION,
                    new AnsweredNo())),
            dataRegionFlag,
            nordic(version, nordicFlags())));
  }

  /** What version 3 adds, asked from that version on. */
  private static <T> List<T> nordic(int version, List<T> added) {
    return version < 3 ? List.of() : added;
  }

  private static List<Question> keyPeople() {
    return List.of(
        Question.choice(
            KEY_PEOPLE,
            2,
            t(
                "How many of the vendor's people would carry our results?",
                "Kuinka monen työntekijän varassa tuloksemme olisivat toimittajan puolella?"),
            SINGLE_CHOICE,
            List.of(
                Choice.of("more", "More than five", "Useamman kuin viiden", "1"),
                Choice.of("three-to-five", "Three to five", "Kolmen–viiden", "0.8"),
                Choice.of("two", "Two", "Kahden", "0.4"),
                Choice.of("one", "One", "Yhden", "0"))));
  }

  private static List<Question> telemarketing() {
    return List.of(
        Question.yesNo(
            TELEMARKETING_CONSENT,
            3,
            t(
                "Does the vendor check consent and opt-outs before contacting anyone (the Robinson service for consumers, our own and the prospect's do-not-contact lists for businesses)?",
                "Tarkistaako toimittaja suostumukset ja kiellot ennen kuin ottaa keneenkään yhteyttä (kuluttajilta Robinson-palvelu, yrityksiltä meidän ja kohdeyrityksen yhteydenottokiellot)?"),
            true));
  }

  private static List<Question> contractorLiabilityAndPoaching() {
    return List.of(
        Question.choice(
            CONTRACTOR_LIABILITY,
            3,
            t(
                "Has the vendor given the reports the Contractor's Liability Act requires (tax debt certificate, pension and accident insurance, trade, prepayment and employer registers, occupational health care, the collective agreement applied)?",
                "Onko toimittaja antanut tilaajavastuulain edellyttämät selvitykset (verovelkatodistus, eläke- ja tapaturmavakuutukset, kaupparekisteri, ennakkoperintärekisteri ja työnantajarekisteri, työterveyshuolto, sovellettava työehtosopimus)?"),
            SINGLE_CHOICE,
            List.of(
                Choice.of("given", "Given", "Kyllä, ne on annettu", "1"),
                Choice.of(
                    "not-required",
                    "Not required: no work at our premises or as part of our own operations, or below the Act's threshold",
                    "Niitä ei tarvita: työtä ei tehdä tiloissamme eikä osana omaa toimintaamme, tai sopimus jää lain kynnysarvon alle",
                    "1"),
                Choice.of("not-given", "Not given", "Ei, niitä ei ole annettu", "0"))),
        Question.information(
            CONTRACTOR_LIABILITY_CHECKED,
            t(
                "Date the Contractor's Liability Act reports were checked",
                "Päivä, jona tilaajavastuulain selvitykset tarkistettiin"),
            DATE),
        Question.yesNo(
            NO_POACHING,
            2,
            t(
                "Does the vendor agree that neither side recruits the other's sellers during the contract and for six months after it?",
                "Sitoutuuko toimittaja siihen, ettei kumpikaan osapuoli rekrytoi toisen myyjiä sopimuksen aikana eikä kuuteen kuukauteen sen jälkeen?"),
            true));
  }

  private static List<RedFlagRule> nordicFlags() {
    return List.of(
        new RedFlagRule(
            "results-rest-on-one-person",
            t(
                "Our results would rest on one of the vendor's people",
                "Tuloksemme olisivat toimittajan yhden työntekijän varassa"),
            KEY_PEOPLE,
            new Chose("one")),
        new RedFlagRule(
            "contractor-liability-unchecked",
            t(
                "The Contractor's Liability Act reports are missing",
                "Tilaajavastuulain edellyttämät selvitykset puuttuvat"),
            CONTRACTOR_LIABILITY,
            new Chose("not-given")),
        new RedFlagRule(
            "opt-out-registers-ignored",
            t(
                "Consent and the opt-out registers are not checked before contacting",
                "Suostumuksia ja kieltorekistereitä ei tarkisteta ennen yhteydenottoa"),
            TELEMARKETING_CONSENT,
            new AnsweredNo()),
        new RedFlagRule(
            "poaching-not-ruled-out",
            t(
                "The vendor does not rule out recruiting our sellers",
                "Toimittaja ei sitoudu olemaan rekrytoimatta myyjiämme"),
            NO_POACHING,
            new AnsweredNo()));
  }

  @SafeVarargs
  private static <T> List<T> joined(List<T>... parts) {
    return Arrays.stream(parts).flatMap(List::stream).toList();
  }
}
