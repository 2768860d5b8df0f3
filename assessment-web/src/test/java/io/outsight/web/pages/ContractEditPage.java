package io.outsight.web.pages;

import io.outsight.web.Browser;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** Drafting or amending a contract's terms. */
public class ContractEditPage {

  private final WebDriver browser;

  public ContractEditPage(WebDriver browser) {
    this.browser = browser;
    Browser.waitUpTo(browser, Duration.ofSeconds(20))
        .until(ExpectedConditions.visibilityOfElementLocated(By.id("contract:reference")));
  }

  /**
   * The compensation models the form's list offers, by id, as the page was sent: read after the
   * page opened, not after an AJAX answer rendered the list again.
   */
  public List<String> modelsOffered() {
    return browser
        .findElement(By.id("contract:model_input"))
        .findElements(By.tagName("option"))
        .stream()
        .map(option -> option.getAttribute("value"))
        .toList();
  }

  public ContractEditPage type(String field, String text) {
    WebElement input = browser.findElement(By.id("contract:" + field));
    input.clear();
    input.sendKeys(text);
    return this;
  }

  /** Sets a date picker of the form ({@code start}, {@code end}) to {@code day}. */
  public ContractEditPage date(String field, LocalDate day) {
    Widgets.date(browser, "contract:" + field, day);
    return this;
  }

  /** Sets the first tier's rate. */
  public ContractEditPage firstTierRate(String rate) {
    Widgets.number(
        browser, browser.findElement(By.cssSelector("[id='contract:tiers:0:rate_input']")), rate);
    return this;
  }

  /** Adds a tier on the server (an AJAX request), then sets its start and rate in the new row. */
  public ContractEditPage addTier(String from, String rate) {
    int rows =
        browser.findElements(By.cssSelector("[id$=':rate_input'][id^='contract:tiers:']")).size();
    browser.findElement(By.id("contract:add-tier")).click();
    WebElement rateInput =
        Browser.waitUpTo(browser, Duration.ofSeconds(20))
            .until(
                ExpectedConditions.presenceOfElementLocated(
                    By.cssSelector("[id='contract:tiers:" + rows + ":rate_input']")));
    Widgets.number(
        browser,
        browser.findElement(By.cssSelector("[id='contract:tiers:" + rows + ":from_input']")),
        from);
    Widgets.number(browser, rateInput, rate);
    return this;
  }

  /** Links the cost scenario revision labelled so, whose in-house cost the contract then takes. */
  public ContractEditPage costScenario(String label) {
    Widgets.choose(browser, "contract:costScenario", label);
    return this;
  }

  public ContractPage save() {
    WebElement form = browser.findElement(By.id("contract"));
    browser.findElement(By.id("contract:save")).click();
    Browser.awaitReplaced(browser, form);
    return new ContractPage(browser);
  }
}
