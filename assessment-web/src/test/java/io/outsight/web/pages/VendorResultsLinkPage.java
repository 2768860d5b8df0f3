package io.outsight.web.pages;

import io.outsight.web.Browser;
import java.nio.file.Path;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** The page a vendor's results link opens, used as the vendor's contact would, not signed in. */
public class VendorResultsLinkPage extends VendorLinkPage {

  public VendorResultsLinkPage(WebDriver browser) {
    super(browser);
  }

  /** Whether the link opened: the upload form is shown, not the refusal. */
  public boolean opened() {
    return !browser.findElements(By.id("upload:file_input")).isEmpty();
  }

  public String contract() {
    return browser.findElement(By.id("contract")).getText();
  }

  /** Uploads a results file and waits for the page to tell how it went. */
  public VendorResultsLinkPage upload(Path file) {
    WebElement form = browser.findElement(By.id("upload:messages"));
    browser.findElement(By.id("upload:file_input")).sendKeys(file.toAbsolutePath().toString());
    Browser.awaitReplaced(browser, form);
    return new VendorResultsLinkPage(browser);
  }

  public List<String> problems() {
    return browser.findElements(By.cssSelector("#upload\\:problems li")).stream()
        .map(WebElement::getText)
        .toList();
  }

  public String stored() {
    return browser.findElement(By.id("upload:stored")).getText();
  }
}
