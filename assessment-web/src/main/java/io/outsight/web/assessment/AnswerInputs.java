package io.outsight.web.assessment;

import io.outsight.core.assessment.Answer;
import io.outsight.extension.api.questionnaire.Question;
import io.outsight.extension.api.questionnaire.QuestionnaireTemplate;
import io.outsight.registry.rules.Refused;
import io.outsight.web.i18n.Messages;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The form's fields for every question of a questionnaire, filled from the answers saved so far:
 * what the assessor's wizard and the vendor's own page both edit, with the question markup they
 * share (WEB-INF/templates/question.xhtml).
 */
public class AnswerInputs implements Serializable {

  private static final long serialVersionUID = 1L;

  private final QuestionnaireTemplate template;

  private final Map<String, AnswerInput> inputs = new LinkedHashMap<>();

  /** The questions a submission was refused for, marked where they are asked. */
  private Set<String> open = Set.of();

  private AnswerInputs(QuestionnaireTemplate template) {
    this.template = template;
  }

  public static AnswerInputs of(QuestionnaireTemplate template, List<Answer> answers) {
    Map<String, Answer> given =
        answers.stream().collect(Collectors.toMap(Answer::questionKey, Function.identity()));
    AnswerInputs form = new AnswerInputs(template);
    for (Question question : template.questions()) {
      form.inputs.put(
          question.key(), AnswerInput.of(question, Optional.ofNullable(given.get(question.key()))));
    }
    return form;
  }

  public Map<String, AnswerInput> getInputs() {
    return inputs;
  }

  /** The answers entered; a question with nothing entered stays unanswered. */
  public List<Answer> entered() {
    open = Set.of();
    return template.questions().stream()
        .map(question -> inputs.get(question.key()).answerTo(question))
        .flatMap(Optional::stream)
        .toList();
  }

  /** The six levels of a 0-5 question, each with the words that describe it. */
  public List<SelectItem> levels(Question question) {
    Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
    return IntStream.range(0, question.anchors().size())
        .mapToObj(level -> new SelectItem(level, question.anchors().get(level).in(locale)))
        .toList();
  }

  /** Whether a submission was refused for want of an answer to this question. */
  public boolean open(String questionKey) {
    return open.contains(questionKey);
  }

  /**
   * A refusal in the words of whoever answers: the questions still open named by their text, and
   * marked where they are asked.
   */
  public FacesMessage explain(Refused refused) {
    if (refused.rule().equals("assessment.incomplete")) {
      open = Set.copyOf(refused.details());
    }
    Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
    Object[] arguments =
        refused.rule().equals("assessment.incomplete")
            ? new Object[] {
              refused.details().stream()
                  .map(
                      key ->
                          template
                              .question(key)
                              .map(question -> question.text().in(locale))
                              .orElse(key))
                  .collect(Collectors.joining(" · "))
            }
            : refused.details().toArray();
    return Messages.error("rule." + refused.rule(), arguments);
  }
}
