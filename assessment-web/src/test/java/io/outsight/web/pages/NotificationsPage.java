package io.outsight.web.pages;

import io.outsight.web.Browser;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The signed-in person's notifications, and how they are reached. */
public class NotificationsPage {

  private final WebDriver browser;

  public NotificationsPage(WebDriver browser) {
    this.browser = browser;
    Browser.waitUpTo(browser, Duration.ofSeconds(20))
        .until(ExpectedConditions.visibilityOfElementLocated(By.id("notifications:list")));
  }

  /** Opens the page from the header's bell. */
  public static NotificationsPage fromBell(WebDriver browser) {
    browser.findElement(By.id("session:nav-notifications")).click();
    return new NotificationsPage(browser);
  }

  /** An administrator's run of the checks from the page, waiting for its notice. */
  public static void runChecks(WebDriver browser) {
    WebElement list = browser.findElement(By.id("notifications:list"));
    browser.findElement(By.id("notifications:run-checks")).click();
    Browser.awaitReplaced(browser, list);
  }

  /** The bell's count of unread notifications: 0 when it shows none. */
  public static long unread(WebDriver browser) {
    List<WebElement> count = browser.findElements(By.id("session:unread"));
    return count.isEmpty() ? 0 : Long.parseLong(count.get(0).getText().strip());
  }

  /** The rows as the page shows them, each its text. */
  public List<String> rows() {
    return browser.findElements(By.cssSelector("[id='notifications:list_data'] > tr")).stream()
        .map(WebElement::getText)
        .toList();
  }

  /** The first unread row whose text contains {@code text}. */
  private WebElement unreadRow(String text) {
    return browser
        .findElements(By.cssSelector("[id='notifications:list_data'] > tr.os-unread"))
        .stream()
        .filter(row -> row.getText().contains(text))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no unread notification reads " + text));
  }

  public NotificationsPage markRead(String text) {
    WebElement row = unreadRow(text);
    row.findElement(By.cssSelector("button[id$=':mark-read']")).click();
    Browser.awaitReplaced(browser, row);
    return new NotificationsPage(browser);
  }

  /** Follows the row's link to the thing it is about. */
  public void open(String text) {
    unreadRow(text)
        .findElement(By.cssSelector("a[id$=':open-contract'], a[id$=':open-vendor']"))
        .click();
  }

  public NotificationsPage reachAt(String email, String language) {
    WebElement field = browser.findElement(By.id("reach:email"));
    field.clear();
    field.sendKeys(email);
    Widgets.choose(browser, "reach:language", language);
    return this;
  }

  /** Chooses how the {@code index}-th kind (from 0, in the page's order) is mailed. */
  public NotificationsPage deliver(int index, String choice) {
    Widgets.choose(browser, "reach:kinds:" + index + ":delivery", choice);
    return this;
  }

  public NotificationsPage save() {
    WebElement form = browser.findElement(By.id("reach:save"));
    form.click();
    Browser.awaitReplaced(browser, form);
    return new NotificationsPage(browser);
  }

  public String email() {
    return browser.findElement(By.id("reach:email")).getAttribute("value");
  }

  public String emailMessage() {
    return browser.findElement(By.id("reach:email-message")).getText();
  }
}
