package io.outsight.core.assessment;

import static io.outsight.core.json.JsonProcessing.JSON;

import io.outsight.core.audit.Sha256;
import io.outsight.extension.api.LocalizedText;
import io.outsight.extension.api.questionnaire.AnswerCondition;
import io.outsight.extension.api.questionnaire.AnswerType;
import io.outsight.extension.api.questionnaire.Choice;
import io.outsight.extension.api.questionnaire.Question;
import io.outsight.extension.api.questionnaire.QuestionnaireTemplate;
import io.outsight.extension.api.questionnaire.RedFlagRule;
import io.outsight.extension.api.questionnaire.Section;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A published template version as JSON: the snapshot kept beside the assessments answered against
 * it, and its SHA-256 fingerprint, by which a changed "same" version is recognised and refused.
 */
public final class TemplateJson {

  private TemplateJson() {}

  public static String write(QuestionnaireTemplate template) {
    JsonArrayBuilder sections = JSON.createArrayBuilder();
    for (Section section : template.sections()) {
      JsonArrayBuilder questions = JSON.createArrayBuilder();
      for (Question question : section.questions()) {
        JsonArrayBuilder anchors = JSON.createArrayBuilder();
        question.anchors().forEach(anchor -> anchors.add(text(anchor)));
        JsonArrayBuilder choices = JSON.createArrayBuilder();
        question
            .choices()
            .forEach(
                choice ->
                    choices.add(
                        JSON.createObjectBuilder()
                            .add("key", choice.key())
                            .add("label", text(choice.label()))
                            .add("credit", choice.credit())));
        questions.add(
            JSON.createObjectBuilder()
                .add("key", question.key())
                .add("text", text(question.text()))
                .add("type", question.type().name())
                .add("weight", question.weight())
                .add("yesIsFavourable", question.yesIsFavourable())
                .add("anchors", anchors)
                .add("choices", choices));
      }
      sections.add(
          JSON.createObjectBuilder()
              .add("key", section.key())
              .add("title", text(section.title()))
              .add("weight", section.weight())
              .add("questions", questions));
    }
    JsonArrayBuilder flags = JSON.createArrayBuilder();
    for (RedFlagRule flag : template.redFlags()) {
      flags.add(
          JSON.createObjectBuilder()
              .add("key", flag.key())
              .add("description", text(flag.description()))
              .add("question", flag.questionKey())
              .add("when", condition(flag.when())));
    }
    return JSON.createObjectBuilder()
        .add("id", template.id())
        .add("version", template.version())
        .add("title", text(template.title()))
        .add("sections", sections)
        .add("redFlags", flags)
        .build()
        .toString();
  }

  public static QuestionnaireTemplate read(String json) {
    try (JsonReader reader = JSON.createReader(new StringReader(json))) {
      JsonObject root = reader.readObject();
      List<Section> sections =
          root.getJsonArray("sections").getValuesAs(JsonObject.class).stream()
              .map(
                  section ->
                      new Section(
                          section.getString("key"),
                          text(section.getJsonObject("title")),
                          section.getInt("weight"),
                          section.getJsonArray("questions").getValuesAs(JsonObject.class).stream()
                              .map(TemplateJson::question)
                              .toList()))
              .toList();
      List<RedFlagRule> flags =
          root.getJsonArray("redFlags").getValuesAs(JsonObject.class).stream()
              .map(
                  flag ->
                      new RedFlagRule(
                          flag.getString("key"),
                          text(flag.getJsonObject("description")),
                          flag.getString("question"),
                          condition(flag.getJsonObject("when"))))
              .toList();
      return new QuestionnaireTemplate(
          root.getString("id"),
          root.getInt("version"),
          text(root.getJsonObject("title")),
          sections,
          flags);
    }
  }

  /** The SHA-256 of the snapshot, in hex. */
  public static String fingerprint(QuestionnaireTemplate template) {
    return Sha256.hex(write(template).getBytes(StandardCharsets.UTF_8));
  }

  private static Question question(JsonObject question) {
    JsonArray choices = question.getJsonArray("choices");
    return new Question(
        question.getString("key"),
        text(question.getJsonObject("text")),
        AnswerType.valueOf(question.getString("type")),
        question.getInt("weight"),
        question.getJsonArray("anchors").getValuesAs(JsonObject.class).stream()
            .map(TemplateJson::text)
            .toList(),
        question.getBoolean("yesIsFavourable"),
        choices.getValuesAs(JsonObject.class).stream()
            .map(
                choice ->
                    new Choice(
                        choice.getString("key"),
                        text(choice.getJsonObject("label")),
                        new BigDecimal(choice.getJsonNumber("credit").toString())))
            .toList());
  }

  private static JsonObjectBuilder text(LocalizedText text) {
    return JSON.createObjectBuilder().add("en", text.en()).add("fi", text.fi());
  }

  private static LocalizedText text(JsonObject text) {
    return new LocalizedText(text.getString("en"), text.getString("fi"));
  }

  private static JsonObjectBuilder condition(AnswerCondition condition) {
    JsonObjectBuilder json = JSON.createObjectBuilder();
    if (condition instanceof AnswerCondition.AnsweredNo) {
      return json.add("answered", "no");
    }
    if (condition instanceof AnswerCondition.AnsweredYes) {
      return json.add("answered", "yes");
    }
    if (condition instanceof AnswerCondition.Chose chose) {
      return json.add("chose", chose.choiceKey());
    }
    return json.add("scaleAtMost", ((AnswerCondition.ScaleAtMost) condition).level());
  }

  private static AnswerCondition condition(JsonObject json) {
    if (json.containsKey("answered")) {
      return "yes".equals(json.getString("answered"))
          ? new AnswerCondition.AnsweredYes()
          : new AnswerCondition.AnsweredNo();
    }
    if (json.containsKey("chose")) {
      return new AnswerCondition.Chose(json.getString("chose"));
    }
    return new AnswerCondition.ScaleAtMost(json.getInt("scaleAtMost"));
  }
}
