package io.outsight.web;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium, driven by Debian's chromedriver, kept on this machine: no Selenium
 * Manager download, no proxy or name resolution beyond loopback, no background traffic.
 */
public final class Browser {

  /** How often a wait looks again: see {@link #waitUpTo}. */
  private static final Duration LOOK_AGAIN = Duration.ofMillis(50);

  private Browser() {}

  /** Starts a browser that saves downloads in {@code downloads} without asking. */
  public static WebDriver start(Path downloads) throws IOException {
    ChromeOptions options = new ChromeOptions();
    options.setBinary("/usr/bin/chromium");
    options.setExperimentalOption(
        "prefs",
        Map.of(
            "download.default_directory",
            downloads.toAbsolutePath().toString(),
            "download.prompt_for_download",
            false));
    // the console, to see scripts that the page's Content-Security-Policy refused
    options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-default-apps",
        "--disable-extensions",
        "--no-first-run",
        "--window-size=1366,900",
        "--lang=en",
        "--proxy-server=http://127.0.0.1:9",
        "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1",
        "--user-data-dir=" + Files.createTempDirectory("outsight-chromium"));
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(new File("/usr/bin/chromedriver"))
            .usingAnyFreePort()
            .build();
    ChromeDriver driver = new ChromeDriver(service, options);
    driver.manage().timeouts().implicitlyWait(Duration.ZERO);
    return driver;
  }

  /** The first finished download in {@code downloads} whose name ends with {@code extension}. */
  public static Path awaitDownload(Path downloads, String extension) throws Exception {
    for (int attempt = 0; attempt < 100; attempt++) {
      try (var files = Files.list(downloads)) {
        var done = files.filter(file -> file.toString().endsWith(extension)).findFirst();
        if (done.isPresent()) {
          return done.get();
        }
      }
      Thread.sleep(100);
    }
    throw new AssertionError("No " + extension + " arrived in " + downloads);
  }

  /** What the page wrote to the console as errors since the last call, one line an entry. */
  public static List<String> consoleErrors(WebDriver driver) {
    return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
        .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
        .map(LogEntry::getMessage)
        .toList();
  }

  /** Saves what the browser shows under target/screenshots, for people to look at. */
  public static Path screenshot(WebDriver driver, String name) throws IOException {
    Path folder = Path.of(System.getProperty("outsight.screenshots", "target/screenshots"));
    Files.createDirectories(folder);
    Path target = folder.resolve(name + ".png");
    File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
    Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
    return target;
  }

  /**
   * A wait of at most {@code timeout} that looks again every 50 ms. Selenium's own wait looks every
   * 500 ms, and nearly every wait of these tests follows a click whose answer the portal sends in a
   * fraction of that: the first look, at once, sees the page before the answer, so each click cost
   * half a second of waiting for nothing.
   */
  public static WebDriverWait waitUpTo(WebDriver browser, Duration timeout) {
    return new WebDriverWait(browser, timeout, LOOK_AGAIN);
  }

  /**
   * Waits until the page, or the part of it an AJAX answer renders, has replaced {@code element}.
   * While Chromium swaps the document it may answer "Node with given id does not belong to the
   * document" instead of reporting a stale element; that means replaced as well.
   */
  public static void awaitReplaced(WebDriver browser, WebElement element) {
    waitUpTo(browser, Duration.ofSeconds(20))
        .until(
            driver -> {
              try {
                element.isEnabled();
                return false;
              } catch (StaleElementReferenceException replaced) {
                return true;
              } catch (WebDriverException swapping) {
                if (String.valueOf(swapping.getMessage())
                    .contains("does not belong to the document")) {
                  return true;
                }
                throw swapping;
              }
            });
  }
}
