package io.outsight.web.pages;

import io.outsight.web.Browser;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementNotInteractableException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Sets PrimeFaces inputs through their widgets, as PrimeFaces' own Selenium tests do, instead of
 * typing into them. Typing into a date picker opens its calendar, whose size depends on the month
 * and whose keyboard focus on the window and timing; an input number reformats while typed. Set
 * through the widget, the value is the same on every day, in any window; the page then sends it as
 * a user's value would be, and the server's answer shows what it received.
 */
public final class Widgets {

  private Widgets() {}

  /**
   * Sets a date picker (its component id, as {@code contract:start}) to {@code day}, its calendar
   * closed.
   */
  static void date(WebDriver browser, String componentId, LocalDate day) {
    Object shown =
        script(
            browser,
            """
        var picker = PrimeFaces.getWidgetById(arguments[0]);
        picker.setDate(new Date(arguments[1], arguments[2] - 1, arguments[3]));
        picker.input.trigger('change');
        var set = picker.getDate();
        return set.getFullYear() + '-' + (set.getMonth() + 1) + '-' + set.getDate();""",
            componentId,
            day.getYear(),
            day.getMonthValue(),
            day.getDayOfMonth());
    if (!(day.getYear() + "-" + day.getMonthValue() + "-" + day.getDayOfMonth()).equals(shown)) {
      throw new AssertionError(
          "the date picker " + componentId + " took " + shown + ", not " + day);
    }
  }

  /**
   * Chooses the option labelled {@code label} of the select-one menu {@code menuId}, and waits
   * until the menu shows it with no request running. Opening the menu takes the focus from the
   * field before it, whose change may send a request that renders the menu again while it is open,
   * without the choice: then it is chosen again.
   */
  public static void choose(WebDriver browser, String menuId, String label) {
    By option = By.cssSelector("[id='" + menuId + "_panel'] li[data-label='" + label + "']");
    By shown = By.id(menuId + "_label");
    for (int attempt = 1; ; attempt++) {
      try {
        awaitIdle(browser);
        // a page just shown again (a language switched) lays the menu out a moment later
        Browser.waitUpTo(browser, Duration.ofSeconds(10))
            .until(ExpectedConditions.elementToBeClickable(By.id(menuId)))
            .click();
        WebElement choice =
            Browser.waitUpTo(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.elementToBeClickable(option));
        // a long list shows its later options only once scrolled to
        script(browser, "arguments[0].scrollIntoView({block: 'nearest'})", choice);
        choice.click();
        awaitIdle(browser);
        if (label.equals(browser.findElement(shown).getText())) {
          return;
        }
      } catch (StaleElementReferenceException
          | TimeoutException
          | ElementNotInteractableException notChosen) {
        // the menu was rendered again under the click, the click that left a text field went to
        // the field's blur, or the panel was still opening: shut it, and choose again
        if (attempt == 3) {
          throw notChosen;
        }
        shut(browser, menuId);
      }
      if (attempt == 3) {
        throw new AssertionError(
            "the menu "
                + menuId
                + " shows "
                + browser.findElement(shown).getText()
                + ", not "
                + label);
      }
    }
  }

  /** Shuts a select-one menu's panel if it is open, as Escape in the menu does. */
  private static void shut(WebDriver browser, String menuId) {
    By panel = By.id(menuId + "_panel");
    if (browser.findElements(panel).stream().anyMatch(WebElement::isDisplayed)) {
      List<WebElement> focus = browser.findElements(By.id(menuId + "_focus"));
      if (focus.isEmpty()) {
        browser.findElement(By.id(menuId)).click();
      } else {
        focus.get(0).sendKeys(Keys.ESCAPE);
      }
      Browser.waitUpTo(browser, Duration.ofSeconds(5))
          .until(ExpectedConditions.invisibilityOfElementLocated(panel));
    }
  }

  /** Waits until no PrimeFaces request is queued or running. */
  private static void awaitIdle(WebDriver browser) {
    Browser.waitUpTo(browser, Duration.ofSeconds(20))
        .until(
            driver ->
                Boolean.TRUE.equals(
                    script(
                        driver, "return !window.PrimeFaces || PrimeFaces.ajax.Queue.isEmpty()")));
  }

  /** Sets the input number whose visible input this is to {@code value}, written 1234.5. */
  public static void number(WebDriver browser, WebElement visibleInput, String value) {
    String componentId = visibleInput.getAttribute("id").replaceFirst("_input$", "");
    Object set =
        script(
            browser,
            """
        var number = PrimeFaces.getWidgetById(arguments[0]);
        number.setValue(arguments[1]);
        number.input.trigger('change');
        return String(number.getValue());""",
            componentId,
            value);
    if (Double.parseDouble(String.valueOf(set)) != Double.parseDouble(value)) {
      throw new AssertionError(
          "the input number " + componentId + " took " + set + ", not " + value);
    }
  }

  private static Object script(WebDriver browser, String script, Object... arguments) {
    return ((JavascriptExecutor) browser).executeScript(script, arguments);
  }
}
