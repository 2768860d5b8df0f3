package io.outsight.web.pages;

import io.outsight.web.Browser;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The assessment wizard: one section per step, each question in a fieldset named by its key. */
public class AssessmentWizardPage {

  private static final By QUESTIONS = By.cssSelector("fieldset.os-question");

  private final WebDriver browser;

  public AssessmentWizardPage(WebDriver browser) {
    this.browser = browser;
    Browser.waitUpTo(browser, Duration.ofSeconds(20))
        .until(ExpectedConditions.visibilityOfElementLocated(By.id("assessment:wizard")));
  }

  public String stepTitle() {
    return browser
        .findElement(By.cssSelector(".ui-wizard-step-title.ui-state-highlight"))
        .getText();
  }

  /**
   * Answers every question of the step shown: the option labelled in {@code chosen} where given,
   * else the first option; text typed, numbers set; money and dates marked not applicable.
   */
  public AssessmentWizardPage answerStep(Map<String, String> chosen) {
    for (WebElement question : browser.findElements(QUESTIONS)) {
      answer(browser, question, chosen);
    }
    return this;
  }

  /**
   * Answers one question as {@link #answerStep} does, on any page that asks it the wizard's way
   * (the vendor's own page too).
   */
  static void answer(WebDriver browser, WebElement question, Map<String, String> chosen) {
    String key = question.getAttribute("data-question");
    List<WebElement> labels = question.findElements(By.cssSelector(".os-answer label"));
    if (!labels.isEmpty()) {
      String wanted = chosen.get(key);
      labels.stream()
          .filter(label -> wanted == null || label.getText().equals(wanted))
          .findFirst()
          .orElseThrow(() -> new AssertionError("question " + key + " has no option " + wanted))
          .click();
    } else if (!question.findElements(By.tagName("textarea")).isEmpty()) {
      question.findElement(By.tagName("textarea")).sendKeys("Noted during the vendor meeting");
    } else if (!question
            .findElements(By.cssSelector(".ui-inputnumber input[type='text']"))
            .isEmpty()
        && chosen.containsKey(key)) {
      Widgets.number(
          browser,
          question.findElement(By.cssSelector(".ui-inputnumber input[type='text']")),
          chosen.get(key));
    } else {
      question.findElement(By.cssSelector(".os-not-applicable .ui-chkbox-box")).click();
    }
  }

  /** Types the evidence behind a question of the step shown: a note and a document reference. */
  public AssessmentWizardPage evidence(String questionKey, String note, String reference) {
    WebElement question =
        browser.findElement(
            By.cssSelector("fieldset.os-question[data-question='" + questionKey + "']"));
    question.findElement(By.cssSelector("input.os-evidence")).sendKeys(note);
    question.findElement(By.cssSelector("input.os-document")).sendKeys(reference);
    return this;
  }

  public AssessmentWizardPage next() {
    WebElement current = browser.findElement(QUESTIONS);
    browser.findElement(By.id("assessment:wizard_next")).click();
    Browser.awaitReplaced(browser, current);
    return this;
  }

  /** The last step of a readiness assessment: saves and shows the advice. */
  public AssessmentResultPage showAdvice() {
    return submit();
  }

  public AssessmentResultPage submit() {
    browser.findElement(By.id("assessment:finish-button")).click();
    return new AssessmentResultPage(browser);
  }
}
