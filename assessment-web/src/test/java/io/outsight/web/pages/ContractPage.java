package io.outsight.web.pages;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** One contract: its state, the results grid and the file import. */
public class ContractPage {

  private final WebDriver browser;

  public ContractPage(WebDriver browser) {
    this.browser = browser;
    new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.visibilityOfElementLocated(By.id("contract-status")));
  }

  public String status() {
    return browser.findElement(By.id("contract-status")).getText();
  }

  public ContractPage moveTo(String status) {
    browser.findElement(By.id("contract:next-status")).click();
    new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.elementToBeClickable(
        By.cssSelector("[id='contract:next-status_panel'] li[data-label='" + status + "']"))).click();
    WebElement shown = browser.findElement(By.id("contract-status"));
    browser.findElement(By.id("contract:change-status")).click();
    new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.stalenessOf(shown));
    return new ContractPage(browser);
  }

  /** Uploads a results file on the import tab and waits for the page that answers. */
  public ContractPage importFile(Path file) {
    tab("Import a file");
    browser.findElement(By.cssSelector("input[type='file'][id$='file_input'], input[type='file']")).sendKeys(file.toAbsolutePath().toString());
    WebElement shown = browser.findElement(By.id("contract-status"));
    browser.findElement(By.cssSelector("[id='contract:tabs:import-file']")).click();
    new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.stalenessOf(shown));
    return new ContractPage(browser);
  }

  public List<String> importProblems() {
    return browser.findElements(By.cssSelector("#contract\\:tabs\\:import-problems li")).stream()
        .map(problem -> problem.getAttribute("textContent").strip()).toList();
  }

  /** The page's text with its notices, which appear for a while only. */
  public String source() {
    return browser.getPageSource();
  }

  /** What the grid shows for a period and metric id: the number typed or recorded, or empty. */
  public String cell(String period, String metric) {
    tab("Results");
    WebElement row = browser.findElements(By.cssSelector("[id='contract:tabs:grid'] tbody tr")).stream()
        .filter(candidate -> candidate.findElement(By.cssSelector("td.os-period")).getText().startsWith(period))
        .findFirst().orElseThrow(() -> new AssertionError("no row for " + period));
    return row.findElement(By.cssSelector(".os-cell-" + metric + " input.os-cell-input")).getAttribute("value");
  }

  private void tab(String title) {
    browser.findElement(By.xpath("//*[@id='contract:tabs']//li/a[normalize-space(.)='" + title + "']")).click();
  }
}
