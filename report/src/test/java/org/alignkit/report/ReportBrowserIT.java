package org.alignkit.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Opens generated reports in a real browser: headless Chromium (Debian packages {@code chromium}
 * and {@code chromium-driver}) driven by Selenium with the local {@code chromedriver}, so Selenium
 * Manager never downloads anything. The report comes from {@link SampleReports}: 5 groups, 3
 * domains, 12 components, 40 indicators, with a baseline.
 *
 * <p>On CI ({@code CI} set in the environment) a missing browser fails the test; elsewhere it is
 * skipped with a message saying how to install it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportBrowserIT {
  private static final Path CHROMIUM = Paths.get("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Paths.get("/usr/bin/chromedriver");

  @TempDir
  Path dir;

  private ChromeDriver driver;
  private ChromeDriverService service;
  private ReportModel model;

  @BeforeAll
  void startBrowser() throws IOException {
    boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    String how =
        "install them with: apt-get install -y chromium chromium-driver (.ci/run does this)";
    if (!present) {
      String ci = System.getenv("CI");
      if (ci != null && !ci.isBlank() && !ci.equalsIgnoreCase("false")) {
        Assertions.fail("CI: " + CHROMIUM + " or " + CHROMEDRIVER + " is missing; " + how);
      }
      Assumptions.abort(
          "Skipping the browser test: " + CHROMIUM + " or " + CHROMEDRIVER + " is missing; " + how);
    }
    // Keep Selenium from looking for drivers or browsers on the network.
    System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
    java.util.logging.Logger.getLogger("org.openqa.selenium").setLevel(Level.SEVERE);
    service = new ChromeDriverService.Builder()
        .usingDriverExecutable(CHROMEDRIVER.toFile())
        .usingAnyFreePort()
        .withLogOutput(java.io.OutputStream.nullOutputStream())
        .build();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    Path profile = Files.createTempDirectory("alignkit-chromium-");
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--no-first-run",
        "--disable-sync",
        "--disable-quic",
        "--hide-scrollbars",
        "--window-size=1400,1000",
        "--user-data-dir=" + profile);
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    model = SampleReports.sample(true);
  }

  @AfterAll
  void stopBrowser() {
    if (driver != null) {
      driver.quit();
    }
    if (service != null) {
      service.stop();
    }
  }

  private void open(Locale locale) throws IOException {
    Path file = dir.resolve("report-" + locale.getLanguage() + ".html");
    HtmlReport.create().write(model, locale, file);
    driver.get(file.toUri().toString());
  }

  private List<LogEntry> consoleProblems() {
    return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
        .filter(e -> e.getLevel().intValue() >= Level.WARNING.intValue())
        .collect(Collectors.toList());
  }

  @Test
  void consoleCheckSeesErrors() throws IOException {
    // The console check below must be able to fail: a page with an error is seen.
    Path bad = dir.resolve("bad.html");
    Files.writeString(
        bad, "<!DOCTYPE html><title>x</title><script>console.error('boom'); missing();</script>");
    driver.manage().logs().get(LogType.BROWSER); // drain
    driver.get(bad.toUri().toString());
    assertThat(consoleProblems())
        .extracting(LogEntry::getMessage)
        .anyMatch(m -> m.contains("boom"));
  }

  @Test
  void englishReportRendersWithoutConsoleErrors() throws IOException {
    driver.manage().logs().get(LogType.BROWSER); // drain earlier pages
    open(Locale.ENGLISH);
    assertThat(consoleProblems()).as("console warnings and errors").isEmpty();
    // Nothing is fetched: the file is self-contained.
    Object resources = ((JavascriptExecutor) driver)
        .executeScript("return performance.getEntriesByType('resource').length;");
    assertThat(((Number) resources).intValue())
        .as("resources loaded by the page")
        .isZero();
    assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
    assertThat(driver.findElement(By.id("heatmap")).getText()).contains("Divergence heat map");
  }

  /**
   * The Kivara report with intervals and three rule sets compared: the agreement table shows the
   * interval columns, and the rule-sensitivity tables (long rule-set ids in their headers) stay
   * within the page.
   */
  @Test
  void theIntervalsAndTheRuleSensitivityFitThePage() throws IOException {
    driver.manage().logs().get(LogType.BROWSER); // drain earlier pages
    Path file = dir.resolve("sensitivity.html");
    ReportModel kivara = RoundReports.builder(RoundReportsTest.FW, RoundReportsTest.Y2026)
        .baseline(RoundReportsTest.Y2024)
        .interval(
            org.alignkit.metrics.IntervalSpec.of(org.alignkit.metrics.IntervalMethod.JACKKNIFE))
        .compareRules(org.alignkit.scoring.RuleSetVariants.sweep(
            org.alignkit.scoring.RuleSets.defaultRules(),
            "minimum-coverage",
            "share",
            List.of(new java.math.BigDecimal("0.3"), new java.math.BigDecimal("0.8"))))
        .build()
        .model();
    HtmlReport.create().write(kivara, Locale.ENGLISH, file);
    driver.get(file.toUri().toString());
    assertThat(consoleProblems()).as("console warnings and errors").isEmpty();
    WebElement agreement = driver.findElement(By.cssSelector("table.agreement"));
    assertThat(agreement.findElements(By.cssSelector("td.interval"))).hasSize(4);
    Number mainWidth = (Number) ((JavascriptExecutor) driver)
        .executeScript("return document.querySelector('main').clientWidth;");
    for (String table : new String[] {"table.sensitivity", "table.sensitivity-progress"}) {
      List<WebElement> found = driver.findElements(By.cssSelector(table));
      for (WebElement t : found) {
        assertThat(t.getRect().getWidth()).as(table).isLessThanOrEqualTo(mainWidth.intValue());
        assertThat(t.isDisplayed()).isTrue();
      }
    }
    assertThat(driver.findElement(By.id("sensitivity")).getText())
        .contains("default[minimum-coverage.share=0.3]")
        .contains("levels hold under every rule set");
  }

  @Test
  void radarHasOneVisiblePolygonPerGroup() throws IOException {
    open(Locale.ENGLISH);
    List<WebElement> polygons = driver.findElements(By.cssSelector("svg#radar polygon"));
    assertThat(polygons).hasSize(model.groups().size()).hasSize(5);
    Set<String> groups = new HashSet<>();
    for (WebElement p : polygons) {
      groups.add(p.getAttribute("data-group"));
      // The browser laid the polygon out: its box has an area.
      @SuppressWarnings("unchecked")
      Map<String, Object> box = (Map<String, Object>) ((JavascriptExecutor) driver)
          .executeScript("const b = arguments[0].getBBox(); return {w: b.width, h: b.height};", p);
      assertThat(((Number) box.get("w")).doubleValue()).isGreaterThan(20);
      assertThat(((Number) box.get("h")).doubleValue()).isGreaterThan(20);
    }
    assertThat(groups)
        .containsExactlyInAnyOrderElementsOf(
            model.groups().stream().map(g -> g.name().english()).collect(Collectors.toList()));
    // One axis label per component.
    assertThat(driver.findElements(By.cssSelector("svg#radar text.axis-label"))).hasSize(12);
    assertThat(driver.findElements(By.cssSelector("svg#progress-chart g.row"))).isNotEmpty();
    assertThat(driver.findElements(By.cssSelector("table.heatmap tr.indicator")))
        .hasSize(40);
  }

  @Test
  void frenchReportShowsFrenchLabels() throws IOException {
    driver.manage().logs().get(LogType.BROWSER);
    open(Locale.FRENCH);
    assertThat(consoleProblems()).as("console warnings and errors").isEmpty();
    assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("fr");
    String headings = driver.findElements(By.tagName("h2")).stream()
        .map(WebElement::getText)
        .collect(Collectors.joining(" | "));
    assertThat(headings)
        .contains("Niveaux par domaine et par composante")
        .contains("Carte de chaleur des divergences")
        .contains("Ordre du jour de l'harmonisation")
        .contains("Progrès depuis le cycle de référence")
        .doesNotContain("Divergence heat map");
    assertThat(driver.findElements(By.cssSelector("svg#radar text.axis-label > title")).stream()
            .map(e -> e.getAttribute("textContent"))
            .collect(Collectors.toList()))
        .contains("Structures de coordination", "Redevabilité mutuelle");
    assertThat(driver.findElement(By.cssSelector("table.heatmap")).getText()).contains("S.O.");
    assertThat(driver.findElements(By.cssSelector("svg#radar polygon"))).hasSize(5);
  }

  @Test
  void screenshotIsNotBlank() throws IOException {
    for (Locale locale : List.of(Locale.ENGLISH, Locale.FRENCH)) {
      open(locale);
      byte[] png = driver.getScreenshotAs(OutputType.BYTES);
      Files.write(Paths.get("target", "report-screenshot-" + locale.getLanguage() + ".png"), png);
      BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
      assertThat(image.getWidth()).isGreaterThanOrEqualTo(1000);
      Map<Integer, Integer> counts = new HashMap<>();
      for (int y = 0; y < image.getHeight(); y += 2) {
        for (int x = 0; x < image.getWidth(); x += 2) {
          counts.merge(image.getRGB(x, y), 1, Integer::sum);
        }
      }
      int total = counts.values().stream().mapToInt(Integer::intValue).sum();
      int top = counts.values().stream().mapToInt(Integer::intValue).max().orElse(0);
      assertThat(counts.size()).as("distinct colours in the screenshot").isGreaterThan(50);
      assertThat((double) top / total).as("share of the most common colour").isLessThan(0.9);
      // The level colours of the summary table are on screen.
      long levelColours = org.alignkit.report.internal.Palette.levelColours(5).stream()
          .map(h -> Integer.parseInt(h.substring(1), 16) | 0xff000000)
          .filter(counts::containsKey)
          .count();
      assertThat(levelColours).as("level colours visible").isGreaterThanOrEqualTo(3);
    }
  }
}
