package io.outsight.web.pages;

import io.outsight.web.Browser;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** One contract: its state, the results grid and the file import. */
public class ContractPage {

  private final WebDriver browser;

  public ContractPage(WebDriver browser) {
    this.browser = browser;
    Browser.waitUpTo(browser, Duration.ofSeconds(20))
        .until(ExpectedConditions.visibilityOfElementLocated(By.id("contract-status")));
  }

  public String status() {
    return browser.findElement(By.id("contract-status")).getText();
  }

  /** The term as the page shows it, from start to end. */
  public String term() {
    return browser.findElement(By.id("contract-term")).getText();
  }

  public ContractPage moveTo(String status) {
    Widgets.choose(browser, "contract:next-status", status);
    WebElement shown = browser.findElement(By.id("contract-status"));
    browser.findElement(By.id("contract:change-status")).click();
    Browser.awaitReplaced(browser, shown);
    return new ContractPage(browser);
  }

  /** Opens the import tab and chooses a results file there ({@link #chooseFile}). */
  public ContractPage importFile(Path file) {
    tab("Import a file");
    return chooseFile(file);
  }

  /**
   * Chooses a results file on the open import tab, which starts importing it in the background, and
   * waits until the page tells how the import ended (the outcome replaces the import's result).
   */
  public ContractPage chooseFile(Path file) {
    WebElement result = browser.findElement(By.id("contract:tabs:import-result"));
    browser
        .findElement(By.cssSelector("[id='contract:tabs:file_input']"))
        .sendKeys(file.toAbsolutePath().toString());
    Browser.awaitReplaced(browser, result);
    Browser.waitUpTo(browser, Duration.ofSeconds(60))
        .until(ExpectedConditions.invisibilityOfElementLocated(By.id("import-running")));
    return this;
  }

  /**
   * The contract's latest imports as the import tab lists them, the newest first, one line each.
   */
  public List<String> imports() {
    return browser.findElements(By.cssSelector("[id='contract:tabs:imports'] tbody tr")).stream()
        .map(
            row ->
                row.findElements(By.tagName("td")).stream()
                    .map(cell -> cell.getAttribute("textContent").strip())
                    .collect(Collectors.joining(" ")))
        .toList();
  }

  /** Sets a value in the grid and saves the grid. */
  public ContractPage enter(String period, String metric, String value) {
    Widgets.number(browser, cellInput(period, metric), value);
    return save();
  }

  /** Gives the reason for the grid's corrections and saves the grid. */
  public ContractPage correctBecause(String reason) {
    WebElement field = browser.findElement(By.id("contract:tabs:correction-reason"));
    field.clear();
    field.sendKeys(reason);
    return save();
  }

  private ContractPage save() {
    WebElement grid = browser.findElement(By.id("contract:tabs:grid"));
    browser.findElement(By.id("contract:tabs:save-results")).click();
    Browser.awaitReplaced(browser, grid);
    return this;
  }

  /** The errors the page shows above its tabs. */
  public String errors() {
    return browser.findElement(By.id("contract:messages")).getText();
  }

  /** The history of a cell's value, newest first, one line a value. */
  public List<String> history(String period, String metric) {
    row(period).findElement(By.cssSelector(".os-cell-" + metric + " .os-history-link")).click();
    WebElement table =
        Browser.waitUpTo(browser, Duration.ofSeconds(20))
            .until(ExpectedConditions.visibilityOfElementLocated(By.id("contract:history-table")));
    return table.findElements(By.cssSelector("tbody tr")).stream()
        .map(WebElement::getText)
        .toList();
  }

  public List<String> importProblems() {
    return browser.findElements(By.cssSelector("#contract\\:tabs\\:import-problems li")).stream()
        .map(problem -> problem.getAttribute("textContent").strip())
        .toList();
  }

  /** The page's text with its notices, which appear for a while only. */
  public String source() {
    return browser.getPageSource();
  }

  /**
   * What the grid shows for a period (2026-10) and metric id: the number typed or recorded, or
   * empty.
   */
  public String cell(String period, String metric) {
    return cellInput(period, metric).getAttribute("value");
  }

  private WebElement cellInput(String period, String metric) {
    return row(period).findElement(By.cssSelector(".os-cell-" + metric + " input.os-cell-input"));
  }

  private WebElement row(String period) {
    tab("Results");
    return browser.findElement(
        By.xpath("//*[@id='contract:tabs:grid']//tr[.//span[@data-period='" + period + "']]"));
  }

  /**
   * Records leads returned on the Returns tab (its title in the page's language): the delivery
   * period as its menu labels it.
   */
  public ContractPage recordReturn(
      String tab, String periodLabel, LocalDate returnedOn, String leads, String reason) {
    tab(tab);
    Widgets.choose(browser, "contract:tabs:return-period", periodLabel);
    Widgets.date(browser, "contract:tabs:return-date", returnedOn);
    Widgets.number(browser, browser.findElement(By.id("contract:tabs:return-leads_input")), leads);
    WebElement reasonField = browser.findElement(By.id("contract:tabs:return-reason"));
    reasonField.clear();
    reasonField.sendKeys(reason);
    ContractPage saved = submit("contract:tabs:save-return");
    String refused = saved.errors();
    if (!refused.isBlank()) {
      throw new AssertionError("the return was not recorded: " + refused);
    }
    return saved;
  }

  /** The returns as the Returns tab lists them, the latest first, a line each. */
  public List<String> returns() {
    return rows("contract:tabs:return-table");
  }

  /** Settles the next period on the Payouts tab (its title in the page's language). */
  public ContractPage settleNext(String tab) {
    tab(tab);
    return submit("contract:tabs:settle");
  }

  /** The payouts as the Payouts tab lists them, the newest period first, a line each. */
  public List<String> payouts() {
    return rows("contract:tabs:payout-table");
  }

  /** Records the vendor's invoice on the Payouts tab (its title in the page's language). */
  public ContractPage recordInvoice(
      String tab, String periodLabel, String number, LocalDate invoicedOn, String amount) {
    tab(tab);
    Widgets.choose(browser, "contract:tabs:invoice-period", periodLabel);
    browser.findElement(By.id("contract:tabs:invoice-number")).sendKeys(number);
    Widgets.date(browser, "contract:tabs:invoice-date", invoicedOn);
    Widgets.number(
        browser, browser.findElement(By.id("contract:tabs:invoice-amount_input")), amount);
    return submit("contract:tabs:save-invoice");
  }

  /** Accepts the variance of the first invoice to check, with a note. */
  public ContractPage acceptVariance(String tab, String note) {
    tab(tab);
    browser.findElement(By.id("contract:tabs:accept-note")).sendKeys(note);
    return submit("contract:tabs:accept-variance");
  }

  public List<String> invoices() {
    return rows("contract:tabs:invoice-table");
  }

  private ContractPage submit(String buttonId) {
    WebElement shown = browser.findElement(By.id("contract-status"));
    browser.findElement(By.id(buttonId)).click();
    Browser.awaitReplaced(browser, shown);
    return new ContractPage(browser);
  }

  private List<String> rows(String tableId) {
    return browser.findElements(By.cssSelector("[id='" + tableId + "'] tbody tr")).stream()
        .map(row -> row.getAttribute("textContent").replaceAll("\\s+", " ").strip())
        .toList();
  }

  /**
   * Sends the vendor's contact a link to upload results, in the language labelled {@code language},
   * from the vendor links tab.
   *
   * @return the link's address, shown this once
   */
  public String sendResultsLink(String language) {
    tab("Vendor links");
    return links().send(language);
  }

  /** The vendor links tab's panel. */
  public VendorLinksPanel links() {
    return new VendorLinksPanel(browser, "contract:tabs:");
  }

  /**
   * Opens a tab and waits until it is shown and no request is pending: a field filled while the
   * tab's content is still loading is replaced with it, and the form then goes without it.
   */
  public void tab(String title) {
    By header = By.xpath("//*[@id='contract:tabs']//li[a[normalize-space(.)='" + title + "']]");
    browser.findElement(header).findElement(By.tagName("a")).click();
    Browser.waitUpTo(browser, Duration.ofSeconds(20))
        .until(
            driver ->
                driver.findElement(header).getAttribute("class").contains("ui-state-active")
                    && Boolean.TRUE.equals(
                        ((JavascriptExecutor) driver)
                            .executeScript(
                                "return !window.PrimeFaces || PrimeFaces.ajax.Queue.isEmpty()")));
  }

  /** The contradictions between the clauses and the vendor's due diligence, as written. */
  public List<String> contradictions() {
    return browser
        .findElements(
            By.cssSelector("[id$=':contradictions'] [data-contradiction] .os-contradiction"))
        .stream()
        .map(item -> item.getAttribute("textContent").replaceAll("\\s+", " ").strip())
        .toList();
  }

  /** Accepts the first standing contradiction with a reason, and waits for it to show accepted. */
  public ContractPage acceptContradiction(String reason) {
    browser.findElement(By.cssSelector("[id$=':accept-reason']")).sendKeys(reason);
    WebElement review = browser.findElement(By.id("contract:tabs:clause-review"));
    browser.findElement(By.cssSelector("[id$=':accept-contradiction']")).click();
    Browser.awaitReplaced(browser, review);
    return this;
  }
}
