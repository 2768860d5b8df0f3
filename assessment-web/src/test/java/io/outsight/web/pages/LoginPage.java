package io.outsight.web.pages;

import io.outsight.web.Browser;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The sign-in page every protected address leads to first. */
public class LoginPage {

  private final WebDriver browser;

  public LoginPage(WebDriver browser) {
    this.browser = browser;
    Browser.waitUpTo(browser, Duration.ofSeconds(20))
        .until(ExpectedConditions.visibilityOfElementLocated(By.id("j_username")));
  }

  /** Signs in and waits until the page asked for has replaced the sign-in page. */
  public void signIn(String username, String password) {
    submit(username, password);
    try {
      Browser.waitUpTo(browser, Duration.ofSeconds(30))
          .until(ExpectedConditions.presenceOfElementLocated(By.id("signed-in-user")));
    } catch (TimeoutException notSignedIn) {
      throw new AssertionError(
          "Not signed in as "
              + username
              + "; the browser shows "
              + browser.getCurrentUrl()
              + ": "
              + browser.findElement(By.tagName("body")).getText(),
          notSignedIn);
    }
  }

  public LoginPage signInFailing(String username, String password) {
    submit(username, password);
    Browser.waitUpTo(browser, Duration.ofSeconds(30))
        .until(ExpectedConditions.visibilityOfElementLocated(By.id("login-failed")));
    return this;
  }

  public LoginPage switchLanguage(String code) {
    new VendorListPage.LanguageSwitch(browser).to(code);
    return new LoginPage(browser);
  }

  public String failure() {
    return browser.findElement(By.id("login-failed")).getText();
  }

  private void submit(String username, String password) {
    browser.findElement(By.id("j_username")).sendKeys(username);
    browser.findElement(By.id("j_password")).sendKeys(password);
    browser.findElement(By.id("sign-in")).click();
  }
}
