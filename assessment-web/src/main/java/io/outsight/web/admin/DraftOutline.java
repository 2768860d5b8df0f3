package io.outsight.web.admin;

import io.outsight.extension.api.LocalizedText;
import io.outsight.extension.api.questionnaire.AnswerCondition;
import io.outsight.extension.api.questionnaire.AnswerType;
import io.outsight.extension.api.questionnaire.Choice;
import io.outsight.extension.api.questionnaire.InvalidQuestionnaire;
import io.outsight.extension.api.questionnaire.Question;
import io.outsight.extension.api.questionnaire.QuestionnaireTemplate;
import io.outsight.extension.api.questionnaire.RedFlagRule;
import io.outsight.extension.api.questionnaire.Section;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A questionnaire version as its author edits it in the form: sections, questions and red flags as
 * rows of fields, each text in English and in Finnish. The levels of a scale are written one per
 * line, and the options of a choice question one per line as {@code key | credit | English |
 * Finnish}. Whether the result can be asked is for {@link QuestionnaireTemplate} to say.
 */
public class DraftOutline implements Serializable {

  private static final long serialVersionUID = 1L;

  /** How a red flag's condition is chosen in the form. */
  public enum Condition {
    ANSWERED_NO,
    ANSWERED_YES,
    CHOSE,
    SCALE_AT_MOST
  }

  private String titleEn;
  private String titleFi;
  private final List<SectionRow> sections = new ArrayList<>();
  private final List<FlagRow> flags = new ArrayList<>();

  public static DraftOutline of(QuestionnaireTemplate template) {
    DraftOutline outline = new DraftOutline();
    outline.titleEn = template.title().en();
    outline.titleFi = template.title().fi();
    template.sections().forEach(section -> outline.sections.add(SectionRow.of(section)));
    template.redFlags().forEach(flag -> outline.flags.add(FlagRow.of(flag)));
    return outline;
  }

  /**
   * The version the form describes.
   *
   * @throws InvalidQuestionnaire naming what cannot be read or asked as written
   */
  public QuestionnaireTemplate template(String id, int version) {
    return new QuestionnaireTemplate(
        id,
        version,
        text(titleEn, titleFi),
        sections.stream().map(SectionRow::section).toList(),
        flags.stream().map(FlagRow::flag).toList());
  }

  /** Shows open the questions a refusal names, so that the author sees what to fix. */
  public void open(List<String> named) {
    sections.stream()
        .flatMap(section -> section.questions.stream())
        .filter(question -> named.contains(trimmed(question.key)))
        .forEach(question -> question.open = true);
  }

  public void addSection() {
    SectionRow section = new SectionRow();
    section.addQuestion();
    sections.add(section);
  }

  public void removeSection(SectionRow section) {
    sections.remove(section);
  }

  public void addFlag() {
    flags.add(new FlagRow());
  }

  public void removeFlag(FlagRow flag) {
    flags.remove(flag);
  }

  public List<SectionRow> getSections() {
    return sections;
  }

  public List<FlagRow> getFlags() {
    return flags;
  }

  public String getTitleEn() {
    return titleEn;
  }

  public void setTitleEn(String titleEn) {
    this.titleEn = titleEn;
  }

  public String getTitleFi() {
    return titleFi;
  }

  public void setTitleFi(String titleFi) {
    this.titleFi = titleFi;
  }

  private static LocalizedText text(String en, String fi) {
    return new LocalizedText(en == null ? "" : en.strip(), fi == null ? "" : fi.strip());
  }

  private static String trimmed(String value) {
    return value == null ? "" : value.strip();
  }

  private static List<String> lines(String text) {
    return text == null
        ? List.of()
        : text.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
  }

  /** A section and its questions. */
  public static class SectionRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private String key = "";
    private String titleEn = "";
    private String titleFi = "";
    private int weight;
    private final List<QuestionRow> questions = new ArrayList<>();

    static SectionRow of(Section section) {
      SectionRow row = new SectionRow();
      row.key = section.key();
      row.titleEn = section.title().en();
      row.titleFi = section.title().fi();
      row.weight = section.weight();
      section.questions().forEach(question -> row.questions.add(QuestionRow.of(question)));
      return row;
    }

    Section section() {
      return new Section(
          trimmed(key),
          text(titleEn, titleFi),
          weight,
          questions.stream().map(QuestionRow::question).toList());
    }

    /** Adds an empty question, shown open for its author to fill in. */
    public void addQuestion() {
      QuestionRow question = new QuestionRow();
      question.open = true;
      questions.add(question);
    }

    public void removeQuestion(QuestionRow question) {
      questions.remove(question);
    }

    public List<QuestionRow> getQuestions() {
      return questions;
    }

    public String getKey() {
      return key;
    }

    public void setKey(String key) {
      this.key = key;
    }

    public String getTitleEn() {
      return titleEn;
    }

    public void setTitleEn(String titleEn) {
      this.titleEn = titleEn;
    }

    public String getTitleFi() {
      return titleFi;
    }

    public void setTitleFi(String titleFi) {
      this.titleFi = titleFi;
    }

    public int getWeight() {
      return weight;
    }

    public void setWeight(int weight) {
      this.weight = weight;
    }
  }

  /** A question: its text, how it is answered, and what it is worth. */
  public static class QuestionRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private String key = "";
    private String textEn = "";
    private String textFi = "";
    private AnswerType type = AnswerType.YES_NO;
    private int weight;
    private boolean yesIsFavourable = true;
    private String levelsEn = "";
    private String levelsFi = "";
    private String choices = "";
    private boolean open;

    static QuestionRow of(Question question) {
      QuestionRow row = new QuestionRow();
      row.key = question.key();
      row.textEn = question.text().en();
      row.textFi = question.text().fi();
      row.type = question.type();
      row.weight = question.weight();
      row.yesIsFavourable = question.yesIsFavourable();
      row.levelsEn = String.join("\n", question.anchors().stream().map(LocalizedText::en).toList());
      row.levelsFi = String.join("\n", question.anchors().stream().map(LocalizedText::fi).toList());
      row.choices =
          String.join(
              "\n",
              question.choices().stream()
                  .map(
                      choice ->
                          String.join(
                              " | ",
                              choice.key(),
                              choice.credit().toPlainString(),
                              choice.label().en(),
                              choice.label().fi()))
                  .toList());
      return row;
    }

    Question question() {
      String questionKey = trimmed(key);
      return new Question(
          questionKey,
          text(textEn, textFi),
          type,
          weight,
          type == AnswerType.SCALE_0_TO_5 ? levels(questionKey) : List.of(),
          type == AnswerType.YES_NO && yesIsFavourable,
          type.hasChoices() ? choices(questionKey) : List.of());
    }

    private List<LocalizedText> levels(String questionKey) {
      List<String> en = lines(levelsEn);
      List<String> fi = lines(levelsFi);
      if (en.size() != fi.size()) {
        throw new InvalidQuestionnaire(
            "levels-unpaired",
            "question " + questionKey + " describes its levels in unequal numbers",
            questionKey);
      }
      List<LocalizedText> levels = new ArrayList<>();
      for (int at = 0; at < en.size(); at++) {
        levels.add(new LocalizedText(en.get(at), fi.get(at)));
      }
      return levels;
    }

    private List<Choice> choices(String questionKey) {
      List<Choice> options = new ArrayList<>();
      List<String> written = lines(choices);
      for (int at = 0; at < written.size(); at++) {
        String[] parts = written.get(at).split("\\|", -1);
        String line = String.valueOf(at + 1);
        if (parts.length != 4) {
          throw new InvalidQuestionnaire(
              "choice-line",
              "question " + questionKey + ", option " + line + ": key | credit | English | Finnish",
              questionKey,
              line);
        }
        BigDecimal credit;
        try {
          credit = new BigDecimal(parts[1].strip().replace(',', '.'));
        } catch (NumberFormatException notANumber) {
          throw new InvalidQuestionnaire(
              "choice-line",
              "question " + questionKey + ", option " + line + ": the credit is a number",
              questionKey,
              line);
        }
        options.add(new Choice(parts[0].strip(), text(parts[2], parts[3]), credit));
      }
      return options;
    }

    /** Whether the form shows the question open: a new one, or one a refusal named. */
    public boolean isOpen() {
      return open;
    }

    public String getKey() {
      return key;
    }

    public void setKey(String key) {
      this.key = key;
    }

    public String getTextEn() {
      return textEn;
    }

    public void setTextEn(String textEn) {
      this.textEn = textEn;
    }

    public String getTextFi() {
      return textFi;
    }

    public void setTextFi(String textFi) {
      this.textFi = textFi;
    }

    public AnswerType getType() {
      return type;
    }

    public void setType(AnswerType type) {
      this.type = type;
    }

    public int getWeight() {
      return weight;
    }

    public void setWeight(int weight) {
      this.weight = weight;
    }

    public boolean isYesIsFavourable() {
      return yesIsFavourable;
    }

    public void setYesIsFavourable(boolean yesIsFavourable) {
      this.yesIsFavourable = yesIsFavourable;
    }

    public String getLevelsEn() {
      return levelsEn;
    }

    public void setLevelsEn(String levelsEn) {
      this.levelsEn = levelsEn;
    }

    public String getLevelsFi() {
      return levelsFi;
    }

    public void setLevelsFi(String levelsFi) {
      this.levelsFi = levelsFi;
    }

    public String getChoices() {
      return choices;
    }

    public void setChoices(String choices) {
      this.choices = choices;
    }
  }

  /** A red flag: which answer to which question raises it. */
  public static class FlagRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private String key = "";
    private String descriptionEn = "";
    private String descriptionFi = "";
    private String questionKey = "";
    private Condition condition = Condition.ANSWERED_NO;
    private String conditionValue = "";

    static FlagRow of(RedFlagRule flag) {
      FlagRow row = new FlagRow();
      row.key = flag.key();
      row.descriptionEn = flag.description().en();
      row.descriptionFi = flag.description().fi();
      row.questionKey = flag.questionKey();
      if (flag.when() instanceof AnswerCondition.AnsweredYes) {
        row.condition = Condition.ANSWERED_YES;
      } else if (flag.when() instanceof AnswerCondition.Chose chose) {
        row.condition = Condition.CHOSE;
        row.conditionValue = chose.choiceKey();
      } else if (flag.when() instanceof AnswerCondition.ScaleAtMost scale) {
        row.condition = Condition.SCALE_AT_MOST;
        row.conditionValue = String.valueOf(scale.level());
      }
      return row;
    }

    RedFlagRule flag() {
      String flagKey = trimmed(key);
      return new RedFlagRule(
          flagKey, text(descriptionEn, descriptionFi), trimmed(questionKey), when(flagKey));
    }

    private AnswerCondition when(String flagKey) {
      return switch (condition) {
        case ANSWERED_NO -> new AnswerCondition.AnsweredNo();
        case ANSWERED_YES -> new AnswerCondition.AnsweredYes();
        case CHOSE -> new AnswerCondition.Chose(trimmed(conditionValue));
        case SCALE_AT_MOST -> {
          try {
            yield new AnswerCondition.ScaleAtMost(Integer.parseInt(trimmed(conditionValue)));
          } catch (NumberFormatException notALevel) {
            throw new InvalidQuestionnaire(
                "flag-unfit",
                "red flag " + flagKey + ": the level is 0 to 4",
                flagKey,
                trimmed(questionKey));
          }
        }
      };
    }

    public String getKey() {
      return key;
    }

    public void setKey(String key) {
      this.key = key;
    }

    public String getDescriptionEn() {
      return descriptionEn;
    }

    public void setDescriptionEn(String descriptionEn) {
      this.descriptionEn = descriptionEn;
    }

    public String getDescriptionFi() {
      return descriptionFi;
    }

    public void setDescriptionFi(String descriptionFi) {
      this.descriptionFi = descriptionFi;
    }

    public String getQuestionKey() {
      return questionKey;
    }

    public void setQuestionKey(String questionKey) {
      this.questionKey = questionKey;
    }

    public Condition getCondition() {
      return condition;
    }

    public void setCondition(Condition condition) {
      this.condition = condition;
    }

    public String getConditionValue() {
      return conditionValue;
    }

    public void setConditionValue(String conditionValue) {
      this.conditionValue = conditionValue;
    }
  }
}
