package io.outsight.web.pages;

import java.util.function.Supplier;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * A user with a keyboard and no mouse: keys go to whatever has the focus, and the focus moves only
 * by TAB, as it does for someone who cannot point.
 */
public class Keyboard {

  /**
   * More stops than any page has before its last control: a page that never reaches one has lost
   * it.
   */
  private static final int MOST_STOPS = 250;

  private final WebDriver browser;

  public Keyboard(WebDriver browser) {
    this.browser = browser;
  }

  /**
   * Presses TAB until the focus is on what {@code target} finds and returns it; fails if TAB never
   * gets there.
   */
  public WebElement tabTo(By target) {
    return tabTo(
        target, () -> browser.findElements(target).isEmpty() ? null : browser.findElement(target));
  }

  /**
   * Presses TAB until the focus is on the element that labels say is {@code labelText}'s control.
   */
  public WebElement tabToControlLabelled(String labelText) {
    By label = By.xpath("//label[normalize-space(.)='" + labelText + "']");
    return tabTo(
        label,
        () ->
            browser.findElements(label).stream()
                .map(found -> browser.findElement(By.id(found.getAttribute("for"))))
                .findFirst()
                .orElse(null));
  }

  private WebElement tabTo(Object described, Supplier<WebElement> target) {
    for (int stop = 0; stop < MOST_STOPS; stop++) {
      press(Keys.TAB);
      WebElement focused = browser.switchTo().activeElement();
      if (focused.equals(target.get())) {
        return focused;
      }
    }
    throw new AssertionError("TAB never reached " + described + " on " + browser.getCurrentUrl());
  }

  /** Sends keys, text or keys such as ENTER and SPACE, to what has the focus. */
  public Keyboard press(CharSequence... keys) {
    new Actions(browser).sendKeys(keys).perform();
    return this;
  }
}
