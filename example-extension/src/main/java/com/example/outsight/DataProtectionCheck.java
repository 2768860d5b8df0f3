package com.example.outsight;

import io.outsight.extension.api.LocalizedText;
import io.outsight.extension.api.questionnaire.AnswerCondition;
import io.outsight.extension.api.questionnaire.AnswerType;
import io.outsight.extension.api.questionnaire.Choice;
import io.outsight.extension.api.questionnaire.Question;
import io.outsight.extension.api.questionnaire.QuestionnaireProvider;
import io.outsight.extension.api.questionnaire.QuestionnaireTemplate;
import io.outsight.extension.api.questionnaire.RedFlagRule;
import io.outsight.extension.api.questionnaire.Section;
import java.math.BigDecimal;
import java.util.List;

/**
 * A check of how a vendor processes personal data on our behalf, as the GDPR asks of a processor:
 * the data processing agreement, sub-processors, where the data is processed, security and breach
 * notification. No agreement, or data processed outside the EEA without safeguards, is a red flag
 * whatever the score.
 */
public class DataProtectionCheck implements QuestionnaireProvider {

  private static final LocalizedText NAME =
      new LocalizedText("Data processing and GDPR check", "Henkilötietojen käsittely ja GDPR");

  public static final String TEMPLATE = "gdpr-check";
  public static final String AGREEMENT = "processing.agreement";
  public static final String REGION = "processing.region";

  @Override
  public String id() {
    return "com.example.gdpr";
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
  public List<QuestionnaireTemplate> templates() {
    return List.of(
        new QuestionnaireTemplate(
            TEMPLATE,
            1,
            text("Data processing and GDPR check", "Henkilötietojen käsittely ja GDPR"),
            List.of(processing(), security()),
            List.of(
                new RedFlagRule(
                    "no-processing-agreement",
                    text(
                        "No data processing agreement: the vendor may not handle our leads",
                        "Ei käsittelysopimusta: toimittaja ei saa käsitellä liidejämme"),
                    AGREEMENT,
                    new AnswerCondition.AnsweredNo()),
                new RedFlagRule(
                    "outside-eea-unprotected",
                    text(
                        "Personal data processed outside the EEA without safeguards",
                        "Henkilötietoja käsitellään ETA-alueen ulkopuolella ilman suojatoimia"),
                    REGION,
                    new AnswerCondition.Chose("outside")))));
  }

  private static Section processing() {
    return new Section(
        "processing",
        text("Processing on our behalf", "Käsittely puolestamme"),
        3,
        List.of(
            Question.yesNo(
                AGREEMENT,
                3,
                text(
                    "Has the vendor signed a data processing agreement (GDPR article 28) with us?",
                    "Onko toimittaja allekirjoittanut kanssamme käsittelysopimuksen (GDPR 28 art.)?"),
                true),
            Question.yesNo(
                "processing.sub-processors",
                2,
                text(
                    "Has the vendor named every sub-processor and agreed to ask before adding one?",
                    "Onko toimittaja nimennyt kaikki alihankkijansa ja sitoutunut kysymään ennen"
                        + " uuden lisäämistä?"),
                true),
            Question.choice(
                REGION,
                2,
                text("Where is the personal data processed?", "Missä henkilötietoja käsitellään?"),
                AnswerType.SINGLE_CHOICE,
                List.of(
                    choice("inside-eea", "1", "Inside the EEA", "ETA-alueella"),
                    choice(
                        "outside-safeguarded",
                        "0.6",
                        "Outside the EEA, with standard contractual clauses",
                        "ETA-alueen ulkopuolella vakiolausekkein"),
                    choice(
                        "outside",
                        "0",
                        "Outside the EEA, without safeguards",
                        "ETA-alueen ulkopuolella ilman suojatoimia")))));
  }

  private static Section security() {
    return new Section(
        "security",
        text("Security and breaches", "Tietoturva ja tietoturvaloukkaukset"),
        2,
        List.of(
            Question.scale(
                "security.maturity",
                2,
                text(
                    "How mature is the vendor's information security?",
                    "Kuinka kypsä toimittajan tietoturva on?"),
                List.of(
                    text("0 – nothing written down", "0 – mitään ei ole kirjattu"),
                    text("1 – passwords and good intentions", "1 – salasanat ja hyvä tahto"),
                    text("2 – a policy nobody follows up", "2 – ohje, jota kukaan ei seuraa"),
                    text(
                        "3 – a policy with access reviews",
                        "3 – ohje ja käyttöoikeuskatselmoinnit"),
                    text(
                        "4 – audited yearly by a third party",
                        "4 – ulkopuolinen auditoi vuosittain"),
                    text(
                        "5 – certified (ISO 27001 or equal)",
                        "5 – sertifioitu (ISO 27001 tai vastaava)"))),
            Question.yesNo(
                "security.breach-notice",
                2,
                text(
                    "Does the vendor notify us of a personal data breach within 24 hours?",
                    "Ilmoittaako toimittaja tietoturvaloukkauksesta 24 tunnin kuluessa?"),
                true)));
  }

  private static Choice choice(String key, String credit, String english, String finnish) {
    return new Choice(key, text(english, finnish), new BigDecimal(credit));
  }

  private static LocalizedText text(String english, String finnish) {
    return new LocalizedText(english, finnish);
  }
}
