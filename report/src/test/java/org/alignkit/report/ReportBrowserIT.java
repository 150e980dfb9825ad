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

  // ---- the Kivara example: outcome, follow-up, charts that do not mislead, a report that prints
  // ----

  private static final Path PDFTOTEXT = Paths.get("/usr/bin/pdftotext");
  /** Printable height of an A4 landscape page with the report's 10 mm margins, in CSS px. */
  private static final double PAGE_HEIGHT_PX = (210 - 20) / 25.4 * 96;
  /** Printable width, with 11 mm margins. */
  private static final double PAGE_WIDTH_PX = (297 - 22) / 25.4 * 96;

  private final Map<Locale, byte[]> printed = new HashMap<>();

  private void openModel(ReportModel m, Locale locale, String name) throws IOException {
    Path file = dir.resolve(name + "-" + locale.getLanguage() + ".html");
    HtmlReport.create().write(m, locale, file);
    driver.get(file.toUri().toString());
  }

  private void media(String media) {
    driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", media));
  }

  /** The Kivara report printed by Chromium on A4 (the page size the report's CSS asks for). */
  private byte[] printKivara(Locale locale) throws IOException {
    if (!printed.containsKey(locale)) {
      openModel(KivaraReports.full(), locale, "kivara");
      Map<String, Object> r = driver.executeCdpCommand(
          "Page.printToPDF", Map.of("printBackground", true, "preferCSSPageSize", true));
      byte[] pdf = java.util.Base64.getDecoder().decode((String) r.get("data"));
      Files.write(Paths.get("target", "report-kivara-" + locale.getLanguage() + ".pdf"), pdf);
      printed.put(locale, pdf);
    }
    return printed.get(locale);
  }

  /** The number of pages of a PDF: its page objects. */
  static int pages(byte[] pdf) {
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("/Type\\s*/Page(?![s\\w])")
        .matcher(new String(pdf, java.nio.charset.StandardCharsets.ISO_8859_1));
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }

  @Test
  void theKivaraReportPrintsOnAtMostTwentyA4Pages() throws IOException {
    for (Locale l : List.of(Locale.ENGLISH, Locale.FRENCH)) {
      byte[] pdf = printKivara(l);
      String text = new String(pdf, java.nio.charset.StandardCharsets.ISO_8859_1);
      int n = pages(pdf);
      System.out.println("Kivara report, " + l.getLanguage() + ": " + n + " printed A4 pages");
      assertThat(n).as("printed pages (%s)", l).isBetween(8, 20);
      // A4 landscape: 842 x 595 pt.
      assertThat(text).containsPattern("/MediaBox\\s*\\[\\s*0 0 841\\.9\\d* 594\\.9\\d*");
    }
  }

  @Test
  void inPrintAgendaCardsAndTableRowsAreKeptWholeAndFitAPage() throws IOException {
    for (Locale l : List.of(Locale.ENGLISH, Locale.FRENCH)) {
      openModel(KivaraReports.full(), l, "kivara");
      driver
          .manage()
          .window()
          .setSize(new org.openqa.selenium.Dimension((int) PAGE_WIDTH_PX + 20, 1000));
      media("print");
      try {
        @SuppressWarnings("unchecked")
        Map<String, Object> r = (Map<String, Object>) ((JavascriptExecutor) driver)
            .executeScript(
                "const out = {count: 0, notAvoid: [], tooTall: [], headings: []};"
                    + "for (const e of document.querySelectorAll('ol.agenda > li, tr, .position, .head, figure')) {"
                    + "  out.count++;"
                    + "  const cs = getComputedStyle(e);"
                    + "  if (cs.breakInside !== 'avoid') out.notAvoid.push(e.tagName + '.' + e.className);"
                    + "  if (e.getBoundingClientRect().height > arguments[0]) out.tooTall.push(e.tagName + ' '"
                    + "      + (e.dataset.indicator || e.dataset.action || e.className));"
                    + "}"
                    + "for (const h of document.querySelectorAll('h2, h3')) {"
                    + "  if (getComputedStyle(h).breakAfter !== 'avoid') out.headings.push(h.textContent);"
                    + "}"
                    + "return out;",
                PAGE_HEIGHT_PX);
        assertThat(((Number) r.get("count")).intValue()).isGreaterThan(150);
        assertThat((List<?>) r.get("notAvoid")).as("kept whole in print").isEmpty();
        assertThat((List<?>) r.get("tooTall")).as("taller than a printed page").isEmpty();
        assertThat((List<?>) r.get("headings"))
            .as("headings that may end a page")
            .isEmpty();
      } finally {
        media("");
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(1400, 1000));
      }
    }
  }

  @Test
  void noHeadingIsLeftAloneAtTheFootOfAPrintedPage() throws IOException, InterruptedException {
    if (!Files.isExecutable(PDFTOTEXT)) {
      String ci = System.getenv("CI");
      String how = "install it with: apt-get install -y poppler-utils (.ci/run does this)";
      if (ci != null && !ci.isBlank() && !ci.equalsIgnoreCase("false")) {
        Assertions.fail("CI: " + PDFTOTEXT + " is missing; " + how);
      }
      Assumptions.abort("Skipping the printed-heading check: " + PDFTOTEXT + " is missing; " + how);
    }
    for (Locale l : List.of(Locale.ENGLISH, Locale.FRENCH)) {
      byte[] pdf = printKivara(l);
      openModel(KivaraReports.full(), l, "kivara");
      List<String> headings = driver.findElements(By.cssSelector("h2, h3.sub")).stream()
          .map(e -> e.getAttribute("textContent").replaceAll("\\s+", " ").trim())
          .collect(Collectors.toList());
      assertThat(headings).hasSizeGreaterThan(10);
      Path file = dir.resolve("printed-" + l.getLanguage() + ".pdf");
      Files.write(file, pdf);
      Process p = new ProcessBuilder(PDFTOTEXT.toString(), "-bbox-layout", file.toString(), "-")
          .redirectErrorStream(true)
          .start();
      String xml =
          new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
      assertThat(p.waitFor()).isZero();
      org.jsoup.nodes.Document doc =
          org.jsoup.Jsoup.parse(xml, "", org.jsoup.parser.Parser.xmlParser());
      List<org.jsoup.nodes.Element> pdfPages = doc.select("page");
      assertThat(pdfPages).hasSize(pages(pdf));
      int found = 0;
      for (int i = 0; i < pdfPages.size(); i++) {
        List<org.jsoup.nodes.Element> lines = pdfPages.get(i).select("line");
        for (org.jsoup.nodes.Element line : lines) {
          String text = line.select("word").eachText().stream().collect(Collectors.joining(" "));
          if (!headings.contains(text)) {
            continue;
          }
          found++;
          double bottom = Double.parseDouble(line.attr("yMax"));
          long below = lines.stream()
              .filter(o -> Double.parseDouble(o.attr("yMin")) > bottom + 1)
              .count();
          assertThat(below)
              .as("lines below the heading '%s' on printed page %s (%s)", text, i + 1, l)
              .isGreaterThanOrEqualTo(3);
        }
      }
      assertThat(found)
          .as("headings found in the printed text")
          .isGreaterThanOrEqualTo(headings.size() - 2);
    }
  }

  /** The boxes of the radar's axis labels as laid out in the page, and the pairs that intersect. */
  @SuppressWarnings("unchecked")
  private Map<String, Object> radarLabels() {
    return (Map<String, Object>) ((JavascriptExecutor) driver)
        .executeScript("const svg = document.querySelector('svg#radar').getBoundingClientRect();"
            + "const boxes = [...document.querySelectorAll('svg#radar text.axis-label')]"
            + "  .map(t => t.getBoundingClientRect());"
            + "const legend = document.querySelector('svg#radar g.legend').getBoundingClientRect();"
            + "const hit = (a, b) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;"
            + "const pairs = [];"
            + "for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++)"
            + "  if (hit(boxes[i], boxes[j])) pairs.push(i + '/' + j);"
            + "const onLegend = boxes.filter(b => hit(b, legend)).length;"
            + "const outside = boxes.filter(b => b.left < svg.left - 0.5 || b.right > svg.right + 0.5"
            + "  || b.top < svg.top - 0.5 || b.bottom > svg.bottom + 0.5).length;"
            + "return {count: boxes.length, pairs: pairs, onLegend: onLegend, outside: outside,"
            + "  width: svg.width, minWidth: Math.min(...boxes.map(b => b.width))};");
  }

  @Test
  void noTwoRadarAxisLabelsOverlapOnScreenOrInPrint() throws IOException {
    Map<String, ReportModel> models =
        Map.of("five", KivaraReports.full(), "eight", KivaraReports.eightGroups());
    for (Map.Entry<String, ReportModel> m : models.entrySet()) {
      for (Locale l : List.of(Locale.ENGLISH, Locale.FRENCH)) {
        for (String media : List.of("screen", "print")) {
          driver.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 1000));
          openModel(m.getValue(), l, "radar-" + m.getKey());
          media(media);
          try {
            Map<String, Object> r = radarLabels();
            String what = m.getKey() + " groups, " + l + ", " + media;
            assertThat(driver.findElements(By.cssSelector("svg#radar polygon")))
                .hasSize(m.getValue().groups().size());
            assertThat(((Number) r.get("count")).intValue()).as(what).isEqualTo(13);
            assertThat((List<?>) r.get("pairs"))
                .as("overlapping labels, %s", what)
                .isEmpty();
            assertThat(((Number) r.get("onLegend")).intValue())
                .as("labels on the legend, %s", what)
                .isZero();
            assertThat(((Number) r.get("outside")).intValue())
                .as("labels outside the chart, %s", what)
                .isZero();
            assertThat(((Number) r.get("minWidth")).doubleValue()).as(what).isGreaterThan(20);
          } finally {
            media("");
            driver.manage().window().setSize(new org.openqa.selenium.Dimension(1400, 1000));
          }
        }
      }
    }
  }

  @Test
  void theOutcomeDissentsActionsAndStatusesAppearInEnglishAndFrench() throws IOException {
    openModel(KivaraReports.full(), Locale.ENGLISH, "kivara");
    assertThat(consoleProblems()).as("console warnings and errors").isEmpty();
    String outcome = driver.findElement(By.id("outcome")).getText();
    assertThat(outcome)
        .contains("Outcome of the harmonisation workshop", "Dissents", "Action plan")
        .contains("Group's level", "Agreed", "Reason", "Owner", "Due")
        .contains("all partner procurement still goes through international agents")
        .contains("2026-OB-1", "fiduciary assessment of the Central Medical Stores")
        .contains("Endorsed by: Alignment Technical Working Group (ATWG) (16 Apr 2026");
    String followUp = driver.findElement(By.id("follow-up")).getText();
    assertThat(followUp)
        .contains(
            "Follow-up of the 2024 action plan", "Not started", "In progress", "Done", "Dropped")
        .contains("Overdue", "Evidence", "Indicators, 2024 → 2026", "2 of 2 progressed")
        .contains("Joint Consultative Forum (JCF) (20 Jun 2024)");
    assertThat(driver.findElements(By.cssSelector("table.followup tr[data-action]")))
        .hasSize(8);
    assertThat(driver.findElement(By.cssSelector("table.heatmap thead")).getText())
        .contains("Consensus");

    openModel(KivaraReports.full(), Locale.FRENCH, "kivara");
    assertThat(consoleProblems()).as("console warnings and errors").isEmpty();
    String resultats = driver.findElement(By.id("outcome")).getText();
    assertThat(resultats)
        .contains("Résultats de l'atelier d'harmonisation", "Désaccords consignés", "Plan d'action")
        .contains("Niveau du groupe", "Convenu", "Motif", "Responsable", "Échéance")
        .contains("l'arrêté ne vise que les établissements privés lucratifs agréés")
        .contains("Approuvé par : Alignment Technical Working Group (ATWG) (16 avr. 2026")
        .doesNotContain("Dissents", "Owner", "Due");
    String suivi = driver.findElement(By.id("follow-up")).getText();
    assertThat(suivi)
        .contains(
            "Suivi du plan d'action 2024", "Non commencée", "En cours", "Réalisée", "Abandonnée")
        .contains("En retard", "Justificatifs", "Indicateurs, 2024 → 2026", "2 sur 2 en progrès")
        .contains("Progrès", "Recul", "Stagnation")
        .doesNotContain("Not started", "Overdue", "Done");
    assertThat(driver.findElement(By.id("agenda")).getText())
        .contains("Autres indicateurs divergents (11 à", "Convenu", "En désaccord");
    assertThat(driver
            .findElement(By.cssSelector("svg#progress-chart text.chart-caption"))
            .getText())
        .startsWith("Progrès représentés : le consensus");
    assertThat(driver.findElement(By.cssSelector("table.agreement thead")).getText())
        .contains("Accord : alpha de Krippendorff pour des niveaux ordonnés");
  }
}
