package io.outsight.web.pages;

import io.outsight.web.Browser;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The form for registering a vendor. */
public class VendorRegistrationPage {

  private final WebDriver browser;

  public VendorRegistrationPage(WebDriver browser) {
    this.browser = browser;
    Browser.waitUpTo(browser, Duration.ofSeconds(20))
        .until(ExpectedConditions.visibilityOfElementLocated(By.id("vendor:save")));
  }

  public VendorRegistrationPage type(String field, String text) {
    WebElement input = browser.findElement(By.id("vendor:" + field));
    input.clear();
    input.sendKeys(text);
    return this;
  }

  public String typed(String field) {
    return browser.findElement(By.id("vendor:" + field)).getAttribute("value");
  }

  /** Ticks a service by its label as the user reads it. */
  public VendorRegistrationPage offer(String serviceLabel) {
    browser.findElements(By.cssSelector("[id='vendor:services'] label")).stream()
        .filter(label -> label.getText().equals(serviceLabel))
        .findFirst()
        .orElseThrow()
        .click();
    return this;
  }

  /** Saves, expecting the form back with messages next to the fields. */
  public VendorRegistrationPage saveRefused() {
    WebElement save = browser.findElement(By.id("vendor:save"));
    save.click();
    Browser.awaitReplaced(browser, save);
    return new VendorRegistrationPage(browser);
  }

  public VendorListPage saveAccepted() {
    browser.findElement(By.id("vendor:save")).click();
    return new VendorListPage(browser);
  }

  public String messageFor(String field) {
    return browser.findElement(By.id("vendor:" + field + "-message")).getText();
  }
}
