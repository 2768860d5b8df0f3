package io.outsight.web.pages;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.openqa.selenium.WebDriver;

/**
 * Deque's axe-core run on the page the browser shows, against WCAG 2.1 levels A and AA. Only
 * violations that keep someone from using the page, those axe rates serious or critical, fail a
 * test; moderate and minor ones are advice a person weighs.
 */
public final class Accessibility {

  private static final List<String> WCAG_21_AA =
      List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

  private static final Set<String> BLOCKING = Set.of("serious", "critical");

  private Accessibility() {}

  /** One line a violated rule: its id, impact, what it asks for and the elements that break it. */
  public static List<String> blockingViolations(WebDriver browser) {
    Results results = new AxeBuilder().withTags(WCAG_21_AA).analyze(browser);
    if (results.isErrored()) {
      throw new AssertionError(
          "axe-core could not check " + browser.getCurrentUrl() + ": " + results.getErrorMessage());
    }
    return results.getViolations().stream()
        .filter(rule -> BLOCKING.contains(rule.getImpact()))
        .map(Accessibility::describe)
        .toList();
  }

  private static String describe(Rule rule) {
    return rule.getId()
        + " ("
        + rule.getImpact()
        + "): "
        + rule.getHelp()
        + " at "
        + rule.getNodes().stream()
            .map(node -> String.valueOf(node.getTarget()))
            .collect(Collectors.joining(", "));
  }
}
