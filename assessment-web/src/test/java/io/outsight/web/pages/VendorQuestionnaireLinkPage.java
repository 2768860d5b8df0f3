package io.outsight.web.pages;

import io.outsight.web.Browser;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * The page a vendor's questionnaire link opens, used as the vendor's contact would, not signed in:
 * every question on one page, a draft saved, the answers submitted.
 */
public class VendorQuestionnaireLinkPage extends VendorLinkPage {

  public VendorQuestionnaireLinkPage(WebDriver browser) {
    super(browser);
  }

  /** Whether the link opened: the questionnaire is shown, not the refusal. */
  public boolean opened() {
    return !browser.findElements(By.id("questionnaire")).isEmpty();
  }

  public String vendor() {
    return browser.findElement(By.id("vendor")).getText();
  }

  /** Answers every question as the wizard's steps are answered, but those left open. */
  public VendorQuestionnaireLinkPage answerAllBut(Set<String> leftOpen) {
    for (WebElement question : browser.findElements(By.cssSelector("fieldset.os-question"))) {
      if (!leftOpen.contains(question.getAttribute("data-question"))) {
        AssessmentWizardPage.answer(browser, question, Map.of());
      }
    }
    return this;
  }

  /** Answers one question with its first option, or not applicable. */
  public VendorQuestionnaireLinkPage answer(String questionKey) {
    AssessmentWizardPage.answer(browser, question(questionKey), Map.of());
    return this;
  }

  public VendorQuestionnaireLinkPage evidence(String questionKey, String note, String reference) {
    WebElement question = question(questionKey);
    question.findElement(By.cssSelector("input.os-evidence")).sendKeys(note);
    question.findElement(By.cssSelector("input.os-document")).sendKeys(reference);
    return this;
  }

  /** The document reference the question's field holds. */
  public String documentReference(String questionKey) {
    return question(questionKey)
        .findElement(By.cssSelector("input.os-document"))
        .getAttribute("value");
  }

  /** The questions marked as still needing an answer, by key. */
  public List<String> markedOpen() {
    return browser.findElements(By.cssSelector("fieldset.os-question-open")).stream()
        .map(question -> question.getAttribute("data-question"))
        .toList();
  }

  /** The question as the page words it. */
  public String questionText(String questionKey) {
    return question(questionKey).findElement(By.tagName("legend")).getText();
  }

  private WebElement question(String questionKey) {
    return browser.findElement(
        By.cssSelector("fieldset.os-question[data-question='" + questionKey + "']"));
  }

  public VendorQuestionnaireLinkPage save() {
    return press("questionnaire:save-draft");
  }

  public VendorQuestionnaireLinkPage submit() {
    return press("questionnaire:submit");
  }

  private VendorQuestionnaireLinkPage press(String button) {
    WebElement messages = browser.findElement(By.id("questionnaire:messages"));
    browser.findElement(By.id(button)).click();
    Browser.awaitReplaced(browser, messages);
    return new VendorQuestionnaireLinkPage(browser);
  }

  /** What the page's messages say. */
  public String messages() {
    return browser.findElement(By.id("questionnaire:messages")).getText();
  }

  /** The thanks shown once the answers are submitted. */
  public String submitted() {
    return browser.findElement(By.id("questionnaire:submitted")).getText();
  }
}
