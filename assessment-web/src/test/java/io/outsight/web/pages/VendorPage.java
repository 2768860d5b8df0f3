package io.outsight.web.pages;

import io.outsight.web.Browser;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** One vendor's page: profile and assessments. */
public class VendorPage {

  private final WebDriver browser;

  public VendorPage(WebDriver browser) {
    this.browser = browser;
    Browser.waitUpTo(browser, Duration.ofSeconds(20))
        .until(ExpectedConditions.visibilityOfElementLocated(By.id("vendor-status")));
  }

  public String status() {
    return browser.findElement(By.id("vendor-status")).getText();
  }

  public AssessmentWizardPage startDueDiligence() {
    openAssessments();
    Browser.waitUpTo(browser, Duration.ofSeconds(10))
        .until(ExpectedConditions.elementToBeClickable(By.id("vendor:tabs:start-due-diligence")))
        .click();
    return new AssessmentWizardPage(browser);
  }

  /** Starts a check of the vendor against the questionnaire titled so. */
  public AssessmentWizardPage startCheck(String questionnaire) {
    openAssessments();
    Widgets.choose(browser, "vendor:tabs:check-template", questionnaire);
    browser.findElement(By.id("vendor:tabs:start-check")).click();
    return new AssessmentWizardPage(browser);
  }

  private void openAssessments() {
    browser
        .findElement(
            By.cssSelector(
                "a[href*='#vendor\\\\:tabs\\\\:assessments'], [id='vendor:tabs'] li:nth-child(2) a"))
        .click();
  }

  /** Opens the contracts tab and the form for a new contract with this vendor. */
  public ContractEditPage newContract() {
    browser
        .findElement(By.xpath("//*[@id='vendor:tabs']//li/a[normalize-space(.)='Contracts']"))
        .click();
    Browser.waitUpTo(browser, Duration.ofSeconds(10))
        .until(
            ExpectedConditions.elementToBeClickable(
                By.cssSelector(
                    "[id='vendor:tabs:new-contract'] a, a[id='vendor:tabs:new-contract']")))
        .click();
    return new ContractEditPage(browser);
  }

  /** The vendor's share of each channel, as the contracts tab shows it. */
  public String shares() {
    browser
        .findElement(By.xpath("//*[@id='vendor:tabs']//li/a[normalize-space(.)='Contracts']"))
        .click();
    return Browser.waitUpTo(browser, Duration.ofSeconds(10))
        .until(
            ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("[id='vendor:tabs:share-table']")))
        .getText();
  }

  /** The risk tier of the last approval and how often the vendor is assessed again. */
  public String risk() {
    return browser.findElement(By.id("vendor-risk")).getText();
  }

  /** The conditions of approval, a row each, from the Conditions tab. */
  public List<String> conditions() {
    browser
        .findElement(
            By.xpath(
                "//*[@id='vendor:tabs']//li/a[starts-with(normalize-space(.),'"
                    + (browser.findElement(By.tagName("html")).getAttribute("lang").equals("fi")
                        ? "Ehdot"
                        : "Conditions")
                    + "')]"))
        .click();
    Browser.waitUpTo(browser, Duration.ofSeconds(10))
        .until(
            ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("[id='vendor:tabs:condition-table']")));
    return browser
        .findElements(By.cssSelector("[id='vendor:tabs:condition-table'] tbody tr"))
        .stream()
        .map(row -> row.getAttribute("textContent").replaceAll("\\s+", " ").strip())
        .toList();
  }
}
