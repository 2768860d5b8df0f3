package io.outsight.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogType;

/**
 * One browser for all the tests of a class, which each test finds without what the tests before it
 * did: on CI's two cores Chromium takes 2.3 s to start and 0.3 s to quit, which a browser per test
 * paid some ninety times a run. Before each test the browser leaves its page for a blank one,
 * forgets every cookie, so every session and language chosen, and reads away what the pages wrote
 * to its console, and it saves downloads in a new folder of the test's own: a download a failed
 * test started may still land after it, in that test's folder. Sites' storage, the HTTP cache and
 * history stay: the portal's pages keep nothing in the browser's storage and are sent not to be
 * stored. A browser that cannot be brought back so, an alert left open or a second window, is
 * replaced by a new one.
 *
 * <p>Registered as a static {@code @RegisterExtension} field; the test reads {@link #driver()} in
 * its {@code @BeforeEach}, after the browser was made ready.
 */
public final class SharedBrowser
    implements BeforeAllCallback, BeforeEachCallback, AfterAllCallback {

  /** The class's folder, holding each test's downloads folder, removed after the class. */
  private Path folders;

  private Path downloads;
  private WebDriver driver;

  @Override
  public void beforeAll(ExtensionContext context) throws IOException {
    folders = Files.createTempDirectory("outsight-downloads");
    driver = Browser.start(folders);
  }

  @Override
  public void beforeEach(ExtensionContext context) throws IOException {
    downloads = Files.createTempDirectory(folders, "test");
    try {
      forgetTheLastTest();
    } catch (WebDriverException | IllegalStateException stuck) {
      quitQuietly();
      driver = Browser.start(downloads);
    }
  }

  @Override
  public void afterAll(ExtensionContext context) {
    quitQuietly();
    try {
      PortalProcess.emptyFolder(folders);
    } catch (IOException stillWritten) {
      // a browser that would not quit may still write there: the folder stays in the temporary
      // folder, and the class's tests passed or failed on their own
    }
  }

  /** The browser, ready for the test that runs now. */
  public WebDriver driver() {
    return driver;
  }

  /**
   * Where the browser saves what it downloads: a folder of the test's own, empty when it begins.
   */
  public Path downloads() {
    return downloads;
  }

  private void forgetTheLastTest() {
    if (driver == null) {
      throw new IllegalStateException("the browser did not start before the class's tests");
    }
    if (driver.getWindowHandles().size() != 1) {
      throw new IllegalStateException("a test left more than one window open");
    }
    driver.get("about:blank");
    ((ChromeDriver) driver).executeCdpCommand("Network.clearBrowserCookies", Map.of());
    driver.manage().logs().get(LogType.BROWSER);
    ((ChromeDriver) driver)
        .executeCdpCommand(
            "Browser.setDownloadBehavior",
            Map.of("behavior", "allow", "downloadPath", downloads.toAbsolutePath().toString()));
  }

  private void quitQuietly() {
    if (driver == null) {
      return;
    }
    try {
      driver.quit();
    } catch (WebDriverException alreadyGone) {
      // a new browser replaces it either way
    }
  }
}
