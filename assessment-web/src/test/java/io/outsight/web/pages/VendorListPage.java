package io.outsight.web.pages;

import io.outsight.web.Browser;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The vendor list with its column filters. */
public class VendorListPage {

  private static final By ROWS = By.cssSelector("[id='vendors:table_data'] > tr");
  private static final By REGISTER = By.id("vendors:register");
  private static final By NAME_FILTER = By.cssSelector("[id='vendors:table:name:filter']");

  private final WebDriver browser;

  public VendorListPage(WebDriver browser) {
    this.browser = browser;
    Browser.waitUpTo(browser, Duration.ofSeconds(20))
        .until(ExpectedConditions.visibilityOfElementLocated(By.id("vendors:table")));
  }

  public static VendorListPage open(WebDriver browser, String base) {
    browser.get(base + "vendors/index.xhtml");
    return new VendorListPage(browser);
  }

  public String heading() {
    return browser.findElement(By.cssSelector("h1.os-title")).getText();
  }

  public boolean offersRegistration() {
    return !browser.findElements(REGISTER).isEmpty();
  }

  /** Asks for the CSV of what the table shows; the browser saves it as a download. */
  public void exportCsv() {
    browser.findElement(By.id("vendors:export")).click();
  }

  public VendorRegistrationPage register() {
    browser.findElement(REGISTER).click();
    return new VendorRegistrationPage(browser);
  }

  /** Types into the name column's filter and waits until the table shows only matching rows. */
  public VendorListPage filterByName(String text) {
    WebElement firstRow = browser.findElement(ROWS);
    browser.findElement(NAME_FILTER).sendKeys(text);
    Browser.awaitReplaced(browser, firstRow);
    return this;
  }

  public List<String> names() {
    return browser.findElements(ROWS).stream()
        .map(row -> row.findElements(By.tagName("td")))
        .filter(cells -> cells.size() > 1)
        .map(cells -> cells.get(0).getText())
        .toList();
  }

  public VendorPage openVendor(String name) {
    browser.findElement(By.linkText(name)).click();
    return new VendorPage(browser);
  }

  public String rowText(String name) {
    return browser.findElements(ROWS).stream()
        .map(WebElement::getText)
        .filter(text -> text.contains(name))
        .findFirst()
        .orElseThrow();
  }

  public String notice() {
    return Browser.waitUpTo(browser, Duration.ofSeconds(10))
        .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".ui-growl-message")))
        .getText();
  }

  public VendorListPage switchLanguage(String code) {
    new LanguageSwitch(browser).to(code);
    return new VendorListPage(browser);
  }

  /** The language buttons in the header of every page, signed in or not. */
  public static class LanguageSwitch {
    private final WebDriver browser;

    public LanguageSwitch(WebDriver browser) {
      this.browser = browser;
    }

    /** Switches and waits until the page has been shown again in that language. */
    public void to(String code) {
      WebElement heading = browser.findElement(By.tagName("h1"));
      browser.findElements(By.cssSelector(".os-language button")).stream()
          .filter(button -> button.getText().equals(code))
          .findFirst()
          .orElseThrow()
          .click();
      Browser.awaitReplaced(browser, heading);
    }
  }
}
