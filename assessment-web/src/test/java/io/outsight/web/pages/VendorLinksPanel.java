package io.outsight.web.pages;

import io.outsight.web.Browser;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The vendor links of a contract or an assessment, as procurement sends, lists and revokes them.
 */
public class VendorLinksPanel {

  private final WebDriver browser;

  /** The ids' common start: {@code contract:tabs:} on a contract, {@code links:} on a wizard. */
  private final String prefix;

  public VendorLinksPanel(WebDriver browser, String prefix) {
    this.browser = browser;
    this.prefix = prefix;
  }

  /** Sends the vendor's contact a link in the language named, and reads its address, shown once. */
  public String send(String language) {
    Widgets.choose(browser, prefix + "link-language", language);
    WebElement issued = browser.findElement(By.id(prefix + "link-issued"));
    browser.findElement(By.id(prefix + "issue-link")).click();
    Browser.awaitReplaced(browser, issued);
    return Browser.waitUpTo(browser, Duration.ofSeconds(20))
        .until(ExpectedConditions.visibilityOfElementLocated(By.id("issued-address")))
        .getText()
        .strip();
  }

  /** What the panel says about the link just sent. */
  public String issued() {
    return browser.findElement(By.id(prefix + "link-issued")).getText();
  }

  /** The states of the links as listed, the newest first. */
  public List<String> states() {
    return browser.findElements(By.cssSelector("[id$=':link-state']")).stream()
        .map(WebElement::getText)
        .toList();
  }

  /** Revokes the newest link that still opens. */
  public VendorLinksPanel revoke() {
    WebElement list = browser.findElement(By.id(prefix + "link-list"));
    browser.findElement(By.cssSelector("button[id$=':revoke-link']")).click();
    Browser.awaitReplaced(browser, list);
    return this;
  }
}
