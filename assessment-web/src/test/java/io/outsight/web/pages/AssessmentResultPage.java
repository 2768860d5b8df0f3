package io.outsight.web.pages;

import io.outsight.web.Browser;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** An assessment's result: score, risk tier, red flags, explanation and the reviewer's controls. */
public class AssessmentResultPage {

  private final WebDriver browser;

  public AssessmentResultPage(WebDriver browser) {
    this.browser = browser;
    Browser.waitUpTo(browser, Duration.ofSeconds(20))
        .until(ExpectedConditions.visibilityOfElementLocated(By.id("overall-score")));
  }

  public String overallScore() {
    return browser.findElement(By.id("overall-score")).getText();
  }

  public String riskTier() {
    return browser.findElement(By.id("risk-tier")).getText();
  }

  public String status() {
    return browser.findElement(By.id("status")).getText();
  }

  public List<String> redFlags() {
    return browser.findElements(By.cssSelector("[id$='red-flags'] [data-flag]")).stream()
        .map(WebElement::getText)
        .toList();
  }

  /** The advice for one scope: verdict, reasons, pros and cons. */
  public String advice(String scope) {
    return browser.findElement(By.cssSelector("[data-scope='" + scope + "']")).getText();
  }

  public boolean offersReview() {
    return !browser.findElements(By.id("result:approve")).isEmpty();
  }

  public String notice() {
    return Browser.waitUpTo(browser, Duration.ofSeconds(10))
        .until(
            ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector(".ui-messages-info, .ui-growl-message")))
        .getText();
  }

  /** The explanation's row of one question: the question, the answer, evidence, points, weight. */
  public String line(String questionKey) {
    return browser
        .findElement(By.cssSelector("[data-question='" + questionKey + "']"))
        .findElement(By.xpath("./ancestor::tr[1]"))
        .getText();
  }

  /** Types the justification for approving despite the risk. */
  public AssessmentResultPage justify(String justification) {
    browser.findElement(By.id("result:justification")).sendKeys(justification);
    return this;
  }

  /** Fills the first row of the conditions to set. */
  public AssessmentResultPage condition(String description, String owner, LocalDate due) {
    browser
        .findElement(By.cssSelector("[id='result:new-conditions:0:condition-description']"))
        .sendKeys(description);
    browser
        .findElement(By.cssSelector("[id='result:new-conditions:0:condition-owner']"))
        .sendKeys(owner);
    Widgets.date(browser, "result:new-conditions:0:condition-due", due);
    return this;
  }

  /** Clicks a decision that is refused: the page stays, with the error shown. */
  public String decideRefused(String button) {
    browser.findElement(By.id("result:" + button)).click();
    return Browser.waitUpTo(browser, Duration.ofSeconds(20))
        .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".ui-messages-error")))
        .getText();
  }

  public String field(String id) {
    return browser.findElement(By.id("result:" + id)).getAttribute("value");
  }

  /** The conditions a decision set, a row each. */
  public List<String> conditions() {
    return browser.findElements(By.cssSelector("#result\\:decided-conditions tbody tr")).stream()
        .map(WebElement::getText)
        .toList();
  }

  public AssessmentResultPage decide(String button, String comment) {
    if (comment != null) {
      browser.findElement(By.id("result:comment")).sendKeys(comment);
    }
    WebElement status = browser.findElement(By.id("status"));
    browser.findElement(By.id("result:" + button)).click();
    Browser.waitUpTo(browser, Duration.ofSeconds(20)).until(ExpectedConditions.stalenessOf(status));
    return new AssessmentResultPage(browser);
  }
}
