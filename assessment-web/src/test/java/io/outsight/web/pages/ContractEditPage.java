package io.outsight.web.pages;

import io.outsight.web.Browser;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Drafting or amending a contract's terms. */
public class ContractEditPage {

  private final WebDriver browser;

  public ContractEditPage(WebDriver browser) {
    this.browser = browser;
    new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.visibilityOfElementLocated(By.id("contract:reference")));
  }

  public ContractEditPage type(String field, String text) {
    WebElement input = browser.findElement(By.id("contract:" + field));
    input.clear();
    input.sendKeys(text);
    return this;
  }

  /** Types into a date picker and closes its calendar. */
  public ContractEditPage date(String field, String isoDate) {
    WebElement input = browser.findElement(By.id("contract:" + field + "_input"));
    input.sendKeys(Keys.chord(Keys.CONTROL, "a"), isoDate, Keys.ESCAPE);
    return this;
  }

  /** Types into the first tier's rate. */
  public ContractEditPage firstTierRate(String rate) {
    WebElement input = browser.findElement(By.cssSelector("[id='contract:tiers:0:rate_input']"));
    input.sendKeys(Keys.chord(Keys.CONTROL, "a"), rate, Keys.TAB);
    return this;
  }

  /** Adds a tier on the server (an AJAX request), then types its start and rate into the new row. */
  public ContractEditPage addTier(String from, String rate) {
    int rows = browser.findElements(By.cssSelector("[id$=':rate_input'][id^='contract:tiers:']")).size();
    browser.findElement(By.id("contract:add-tier")).click();
    WebElement rateInput = new WebDriverWait(browser, Duration.ofSeconds(20)).until(
        ExpectedConditions.presenceOfElementLocated(By.cssSelector("[id='contract:tiers:" + rows + ":rate_input']")));
    WebElement fromInput = browser.findElement(By.cssSelector("[id='contract:tiers:" + rows + ":from_input']"));
    fromInput.sendKeys(Keys.chord(Keys.CONTROL, "a"), from, Keys.TAB);
    rateInput.sendKeys(Keys.chord(Keys.CONTROL, "a"), rate, Keys.TAB);
    return this;
  }

  public ContractPage save() {
    WebElement form = browser.findElement(By.id("contract"));
    browser.findElement(By.id("contract:save")).click();
    Browser.awaitReplaced(browser, form);
    return new ContractPage(browser);
  }
}
