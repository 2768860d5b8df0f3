package io.outsight.core.assessment.builtin;

import io.outsight.extension.api.LocalizedText;
import io.outsight.extension.api.questionnaire.Choice;
import io.outsight.extension.api.questionnaire.Question;
import io.outsight.extension.api.questionnaire.QuestionnaireTemplate;
import io.outsight.extension.api.questionnaire.RedFlagRule;
import io.outsight.extension.api.questionnaire.Section;
import java.util.Map;

/**
 * The due diligence's Finnish as reviewed sentence by sentence against the glossary ({@code
 * docs/glossary.md}): English word order undone, the vendor's own staff, a team working only for us
 * and our own sellers each named once and apart. Published versions keep the words they were
 * answered in, so the revision is applied to a new version only; each entry is the earlier Finnish
 * and what replaces it.
 */
final class FinnishRevision {

  static final Map<String, String> REVISED =
      Map.ofEntries(
          Map.entry("Toimittajan due diligence -arviointi", "Toimittaja-arviointi"),
          Map.entry(
              "Pystyykö toimittaja nimeämään referenssejä, joilla on mitattavia tuloksia (myyntiputki, tapaamiset, liikevaihto)?",
              "Voiko toimittaja nimetä referenssejä ja niissä saavutettuja mitattavia tuloksia (myyntiputki, tapaamiset, liikevaihto)?"),
          Map.entry(
              "Kuinka verrattavia heidän asiakkaansa ovat meihin (toimiala, kaupan koko, ostajapersoona)?",
              "Kuinka paljon toimittajan asiakkaat muistuttavat meitä (toimiala, kaupan koko, ostajapersoona)?"),
          Map.entry("0 - Ei mitään verrattavaa", "0 - Ei lainkaan kaltaisiamme asiakkaita"),
          Map.entry(
              "5 - Useita kaltaisiamme asiakkaita tuloksineen",
              "5 - Useita kaltaisiamme asiakkaita, ja tulokset on osoitettu"),
          Map.entry(
              "Kuinka hyvää näkemämme työ on (puhelutallenteet, sähköpostit, raportit)?",
              "Millaista toimittajan työ oli niissä näytteissä, jotka näimme (puhelutallenteet, sähköpostit, raportit)?"),
          Map.entry("0 - Ei näytetty tai heikkoa", "0 - Näytteitä ei ollut, tai työ oli heikkoa"),
          Map.entry(
              "5 - Erinomaista, voisimme allekirjoittaa sen itse",
              "5 - Erinomaista: voisimme laittaa nimemme sen alle"),
          Map.entry(
              "Kuka työn tekee: oma tiimi vai alihankkija?",
              "Kuka työn tekee: toimittajan omat työntekijät vai alihankkija?"),
          Map.entry("Oma tiimi", "Toimittajan omat työntekijät"),
          Map.entry(
              "Alihankkija, jonka he nimeävät meille",
              "Alihankkija, jonka toimittaja nimeää meille"),
          Map.entry("Alihankittu, ei kerrottu", "Alihankkija, jota toimittaja ei nimeä"),
          Map.entry(
              "Ovatko myyjät omistautuneita meille vai tekevätkö he useita kampanjoita yhtä aikaa?",
              "Työskentelevätkö myyjät vain meille vai usean kampanjan parissa yhtä aikaa?"),
          Map.entry("Omistautuneet meille", "Vain meille"),
          Map.entry("Jaettu muutaman asiakkaan kesken", "Muutaman asiakkaan kesken jaettuina"),
          Map.entry("Jaettu monen kampanjan kesken", "Monen kampanjan kesken jaettuina"),
          Map.entry("Henkilöstö ja koulutus", "Henkilöstö ja perehdytys"),
          Map.entry(
              "Kuinka hyvin he rekrytoivat myyjiä kaltaisellemme asiakkaalle?",
              "Kuinka hyvin toimittaja rekrytoi myyjiä kaltaisillemme asiakkaille?"),
          Map.entry("0 - Ei prosessia", "0 - Rekrytointiprosessia ei ole"),
          Map.entry(
              "5 - Todistettu, valikoiva prosessi",
              "5 - Valikoiva prosessi, joka on osoittanut toimivuutensa"),
          Map.entry(
              "Kuinka hyvin he kouluttavat myyjät tuotteisiimme ja ostajiimme?",
              "Kuinka hyvin toimittaja perehdyttää myyjänsä tuotteisiimme ja ostajiimme?"),
          Map.entry("0 - Ei koulutusta", "0 - Perehdytystä ei ole"),
          Map.entry(
              "5 - Jäsennelty koulutus ja sertifiointi",
              "5 - Suunnitelmallinen perehdytys, jonka päätteeksi osaaminen todennetaan"),
          Map.entry(
              "Kuinka pysyviä heidän tiiminsä ovat (myyjien vaihtuvuus)?",
              "Kuinka pysyviä toimittajan tiimit ovat (myyjien vaihtuvuus)?"),
          Map.entry("Mitä kanavia he käyttävät?", "Mitä kanavia toimittaja käyttää?"),
          Map.entry("Chat ja some", "Chat ja sosiaalinen media"),
          Map.entry(
              "Kuinka soveltuvia heidän työkalunsa ovat (CRM, soittojärjestelmät, sekvensointi)?",
              "Kuinka hyvin toimittajan työkalut sopivat tarpeisiimme (CRM, soittojärjestelmät, viestisarjat)?"),
          Map.entry("0 - Soveltumattomat", "0 - Eivät sovi"),
          Map.entry(
              "5 - Täysin soveltuvat, integroitu omiimme",
              "5 - Sopivat täysin, ja ne on liitetty omiin järjestelmiimme"),
          Map.entry(
              "Kuinka vakuuttavia heidän taktiikkansa ovat markkinallemme?",
              "Kuinka vakuuttavia toimittajan toimintatavat ovat meidän markkinallamme?"),
          Map.entry("0 - Yleisiä tai ei lainkaan", "0 - Yleisluontoisia, tai niitä ei ole"),
          Map.entry(
              "5 - Ostajillemme räätälöityjä, testattuja",
              "5 - Räätälöity ostajillemme ja testattu"),
          Map.entry(
              "Hyväksymmekö puhe- ja viestipohjat ennen käyttöä?",
              "Hyväksymmekö puhe- ja viestipohjat ennen kuin niitä käytetään?"),
          Map.entry("Suhteen hallinta", "Yhteistyön ohjaus"),
          Map.entry(
              "Kuinka usein suhdetta arvioidaan yhdessä?",
              "Kuinka usein yhteistyötä arvioidaan yhdessä?"),
          Map.entry(
              "Onko molemmille osapuolille sovittu nimetyt yhteyshenkilöt?",
              "Onko kummallekin osapuolelle nimetty yhteyshenkilö?"),
          Map.entry(
              "Suhteen vaatimat tunnit kuukaudessa henkilöstöltämme",
              "Kuinka monta tuntia kuukaudessa yhteistyö vie henkilöstöltämme"),
          Map.entry("Tietojen omistajuus", "Kenen tiedot ovat"),
          Map.entry(
              "Missä tiedot sijaitsevat (järjestelmät, maa)?",
              "Missä tietoja säilytetään (järjestelmät, maa)?"),
          Map.entry(
              "Kuka omistaa liidit ja niiden yhteystiedot?",
              "Kenen ovat liidit ja niiden yhteystiedot?"),
          Map.entry("Me", "Meidän"),
          Map.entry("Yhteisesti", "Yhteisiä"),
          Map.entry("Toimittaja", "Toimittajan"),
          Map.entry(
              "Saako toimittaja käyttää liidejämme tai yhteystietojamme muille asiakkaille, jopa kilpailijoille?",
              "Saako toimittaja käyttää liidejämme tai yhteystietojamme muiden asiakkaidensa, jopa kilpailijoidemme, hyväksi?"),
          Map.entry(
              "Palautetaanko kaikki tiedot meille ja poistetaanko ne toimittajalta sopimuksen päättyessä?",
              "Palauttaako toimittaja kaikki tiedot meille ja poistaako ne järjestelmistään, kun sopimus päättyy?"),
          Map.entry(
              "Onko henkilötietojen käsittelysopimus tehty tai tarjottu?",
              "Onko henkilötietojen käsittelysopimus tehty, tai onko toimittaja tarjonnut sitä?"),
          Map.entry("Onnistumisen määritelmä", "Mitä onnistuminen on"),
          Map.entry(
              "Onko mittarit ja niiden tavoitteet sovittu kirjallisesti?",
              "Onko mittareista ja niiden tavoitteista sovittu kirjallisesti?"),
          Map.entry("Milloin raportit tulevat?", "Kuinka usein toimittaja raportoi?"),
          Map.entry(
              "Kuinka yksityiskohtaista raportointi on (aktiviteetit, suppilo, häviösyyt)?",
              "Kuinka yksityiskohtaisesti toimittaja raportoi (toimenpiteet, myyntiputken vaiheet, syyt menetettyihin kauppoihin)?"),
          Map.entry("0 - Vain summat", "0 - Vain kokonaismäärät"),
          Map.entry("5 - Koko suppilo syineen", "5 - Koko myyntiputki syineen"),
          Map.entry(
              "Saammeko pääsyn raakadataan (puhelut, sähköpostit, CRM)?",
              "Pääsemmekö käsiksi toimenpiteiden alkuperäisiin tietoihin (puhelut, sähköpostit, CRM)?"),
          Map.entry(
              "Liidejämme voidaan käyttää muille asiakkaille, jopa kilpailijoille",
              "Liidejämme voidaan käyttää muiden asiakkaiden, jopa kilpailijoiden, hyväksi"),
          Map.entry(
              "Työ on alihankittu kertomatta", "Työ on annettu alihankkijalle kertomatta siitä"),
          Map.entry("Raportointia ei ole määritelty", "Raportoinnista ei ole sovittu"));

  private FinnishRevision() {}

  static QuestionnaireTemplate applied(QuestionnaireTemplate template) {
    return new QuestionnaireTemplate(
        template.id(),
        template.version(),
        revised(template.title()),
        template.sections().stream()
            .map(
                section ->
                    new Section(
                        section.key(),
                        revised(section.title()),
                        section.weight(),
                        section.questions().stream().map(FinnishRevision::revised).toList()))
            .toList(),
        template.redFlags().stream()
            .map(
                flag ->
                    new RedFlagRule(
                        flag.key(), revised(flag.description()), flag.questionKey(), flag.when()))
            .toList());
  }

  private static Question revised(Question question) {
    return new Question(
        question.key(),
        revised(question.text()),
        question.type(),
        question.weight(),
        question.anchors().stream().map(FinnishRevision::revised).toList(),
        question.yesIsFavourable(),
        question.choices().stream()
            .map(choice -> new Choice(choice.key(), revised(choice.label()), choice.credit()))
            .toList());
  }

  private static LocalizedText revised(LocalizedText text) {
    return new LocalizedText(text.en(), REVISED.getOrDefault(text.fi(), text.fi()));
  }
}
