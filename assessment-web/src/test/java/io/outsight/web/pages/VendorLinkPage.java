package io.outsight.web.pages;

import io.outsight.web.Browser;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * What the pages a vendor's link opens share, used as the vendor's contact would, not signed in.
 */
abstract class VendorLinkPage {

  final WebDriver browser;

  VendorLinkPage(WebDriver browser) {
    this.browser = browser;
    Browser.waitUpTo(browser, Duration.ofSeconds(20))
        .until(ExpectedConditions.visibilityOfElementLocated(By.tagName("h1")));
  }

  public String heading() {
    return browser.findElement(By.tagName("h1")).getText();
  }

  /** The addresses of every link on the page: none should lead into the portal. */
  public List<String> links() {
    return browser.findElements(By.cssSelector("a[href]")).stream()
        .map(link -> link.getAttribute("href"))
        .toList();
  }

  public String text() {
    return browser.findElement(By.tagName("main")).getText();
  }
}
