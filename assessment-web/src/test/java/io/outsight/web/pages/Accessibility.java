package io.outsight.web.pages;

import com.deque.html.axecore.args.AxeRunOnlyOptions;
import com.deque.html.axecore.args.AxeRunOptions;
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
    AxeRunOnlyOptions levels = new AxeRunOnlyOptions();
    levels.setType("tag");
    levels.setValues(WCAG_21_AA);
    AxeRunOptions options = new AxeRunOptions();
    options.setRunOnly(levels);
    // Only the violations come back, not every element each rule passed; and as the pages have no
    // frames, axe runs once in the page instead of in parts finished in a new tab (the
    // integration's legacy mode, deprecated: its version 5 will need this changed). The language
    // switch's 28 checks take 22 s less so.
    options.setResultTypes(List.of("violations"));
    Results results = new AxeBuilder().withOptions(options).setLegacyMode().analyze(browser);
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
