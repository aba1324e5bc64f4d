package dmf.serve;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Chromium driven through chromedriver (Debian's {@code chromium} and {@code
 * chromium-driver}; {@code DMF_CHROMIUM} and {@code DMF_CHROMEDRIVER} name others).
 */
final class Browser implements AutoCloseable {
  /** Selenium looks for a DevTools binding it does not need here and logs that it has none. */
  private static final Logger DEVTOOLS = Logger.getLogger("org.openqa.selenium.devtools");

  private final WebDriver driver;

  private Browser(WebDriver driver) {
    this.driver = driver;
  }

  /**
   * @param profile an empty folder for the browser's profile
   * @return a browser
   * @throws IllegalStateException naming what is missing when no browser can be started
   */
  static Browser start(Path profile) {
    DEVTOOLS.setLevel(Level.SEVERE);
    Path chromium = Path.of(env("DMF_CHROMIUM", "/usr/bin/chromium"));
    Path driverPath = Path.of(env("DMF_CHROMEDRIVER", "/usr/bin/chromedriver"));
    if (!Files.isExecutable(chromium) || !Files.isExecutable(driverPath)) {
      throw new IllegalStateException(
          "no browser: need "
              + chromium
              + " and "
              + driverPath
              + " (apt-get install chromium chromium-driver)");
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary(chromium.toFile());
    options.addArguments(
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-dev-shm-usage",
        "--window-size=1280,900",
        "--user-data-dir=" + profile.toAbsolutePath());
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(new File(driverPath.toString()))
            .usingAnyFreePort()
            .build();
    return new Browser(new ChromeDriver(service, options));
  }

  private static String env(String name, String dflt) {
    String v = System.getenv(name);
    return v == null || v.isBlank() ? dflt : v;
  }

  /**
   * @param url a page
   */
  void open(String url) {
    driver.get(url);
  }

  /**
   * @param script JavaScript with a return statement
   * @return its value
   */
  Object js(String script) {
    return ((JavascriptExecutor) driver).executeScript(script);
  }

  /**
   * @param script JavaScript that returns a number
   * @return the number, or NaN for null
   */
  double number(String script) {
    Object v = js(script);
    return v instanceof Number n ? n.doubleValue() : Double.NaN;
  }

  /**
   * Waits for a condition.
   *
   * @param what what is awaited (for the failure message)
   * @param timeout how long at most
   * @param condition checked repeatedly
   */
  void await(String what, Duration timeout, Supplier<Boolean> condition) {
    long end = System.nanoTime() + timeout.toNanos();
    RuntimeException last = null;
    while (System.nanoTime() < end) {
      try {
        if (Boolean.TRUE.equals(condition.get())) {
          return;
        }
      } catch (RuntimeException e) {
        last = e; // e.g. a script that reads what the page has not made yet
      }
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
    throw new AssertionError(
        "timed out after " + timeout.toMillis() + " ms waiting for " + what, last);
  }

  /**
   * @param width window width in CSS pixels
   * @param height window height
   */
  void size(int width, int height) {
    driver.manage().window().setSize(new Dimension(width, height));
  }

  /**
   * @param file where to write a PNG of the viewport
   */
  void screenshot(Path file) throws IOException {
    byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
    Files.createDirectories(file.getParent());
    Files.write(file, png);
  }

  @Override
  public void close() {
    driver.quit();
  }
}
