package org.alignkit.spec.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.alignkit.core.AdministrativeUnit;
import org.alignkit.core.Assessment;
import org.alignkit.core.Component;
import org.alignkit.core.Domain;
import org.alignkit.core.Framework;
import org.alignkit.core.FundingChannel;
import org.alignkit.core.Indicator;
import org.alignkit.core.LocalizedText;
import org.alignkit.core.ModelException;
import org.alignkit.core.ModelProblem;
import org.alignkit.core.Rating;
import org.alignkit.core.RatingStatus;
import org.alignkit.core.Round;
import org.alignkit.core.SourceLocation;
import org.alignkit.core.StakeholderGroup;
import org.alignkit.core.StakeholderKind;
import org.alignkit.core.internal.Ids;
import org.alignkit.spec.Limits;
import org.alignkit.spec.SpecException;
import org.alignkit.spec.SpecProblem;
import org.alignkit.spec.SpecProblem.Layer;

/**
 * Writes and reads assessments as CSV (layout in {@code docs/formats.md}, "Assessment as CSV"):
 * key/value rows for the assessment's metadata, then a header row and one row per indicator. Built
 * on Jackson's CSV parser and generator; this class only interprets the rows.
 */
public final class CsvAssessments {
  /** The first row's two cells. */
  public static final String MARKER = "alignkit";

  /** The format name in the first row. */
  public static final String FORMAT = "assessment-csv/v1";

  private static final String NA = "NA";
  private static final String NI = "NI";

  private static final List<String> SINGLE_KEYS = List.of(
      "framework.id",
      "framework.version",
      "country",
      "subnationalUnit.code",
      "subnationalUnit.name",
      "round.id",
      "round.date",
      "group.id",
      "group.subnationalUnit.code",
      "group.subnationalUnit.name",
      "language");
  private static final List<String> LIST_KEYS =
      List.of("group.kinds", "group.fundingChannels", "respondents");
  private static final String NAME_PREFIX = "group.name.";

  private static final CsvMapper MAPPER = new CsvMapper();

  private CsvAssessments() {}

  // ---------------------------------------------------------------- writing

  /**
   * The CSV of an assessment: its ratings in order, then a blank row for each indicator of the
   * framework that applies to the group and is not rated.
   */
  public static String write(Framework framework, Assessment a, String language) {
    Locale locale = Locale.forLanguageTag(language);
    List<List<String>> rows = new ArrayList<>();
    rows.add(List.of(MARKER, FORMAT));
    rows.add(List.of("# Fill in the column 'level' (1 to "
        + framework.scale().max()
        + ", NA = not applicable, NI = no information; leave it empty if not rated),"
        + " and optionally 'evidence' and 'comment'. The columns level_1 to level_"
        + framework.scale().max()
        + " are guidance."));
    rows.add(List.of("framework.id", a.frameworkId()));
    rows.add(List.of("framework.version", a.frameworkVersion()));
    rows.add(List.of("country", a.country()));
    a.subnationalUnit().ifPresent(u -> {
      rows.add(List.of("subnationalUnit.code", u.code()));
      rows.add(List.of("subnationalUnit.name", u.name()));
    });
    rows.add(List.of("round.id", a.round().id()));
    rows.add(List.of("round.date", a.round().date().toString()));
    StakeholderGroup g = a.group();
    rows.add(List.of("group.id", g.id()));
    g.name().translations().forEach((tag, text) -> rows.add(List.of(NAME_PREFIX + tag, text)));
    List<String> kinds = new ArrayList<>(List.of("group.kinds"));
    g.kinds().forEach(k -> kinds.add(k.id()));
    rows.add(kinds);
    g.subnationalUnit().ifPresent(u -> {
      rows.add(List.of("group.subnationalUnit.code", u.code()));
      rows.add(List.of("group.subnationalUnit.name", u.name()));
    });
    if (!g.fundingChannels().isEmpty()) {
      List<String> channels = new ArrayList<>(List.of("group.fundingChannels"));
      g.fundingChannels().forEach(c -> channels.add(Integer.toString(c.number())));
      rows.add(channels);
    }
    if (!a.respondents().isEmpty()) {
      List<String> respondents = new ArrayList<>(List.of("respondents"));
      respondents.addAll(a.respondents());
      rows.add(respondents);
    }
    rows.add(List.of("language", locale.toLanguageTag()));

    int n = framework.scale().max();
    List<String> header = new ArrayList<>(List.of("domain", "component", "indicator", "title"));
    for (int l = 1; l <= n; l++) {
      header.add("level_" + l);
    }
    header.addAll(List.of("level", "evidence", "comment"));
    rows.add(header);

    Set<String> rated = new LinkedHashSet<>();
    for (Rating r : a.ratings()) {
      rated.add(r.indicatorId());
      List<String> row = guidance(framework, r.indicatorId(), locale, n);
      row.add(levelCell(r));
      row.add(r.evidence().orElse(""));
      row.add(r.comment().orElse(""));
      rows.add(row);
    }
    for (Indicator i : framework.indicators()) {
      if (i.appliesTo(g) && !rated.contains(i.id())) {
        List<String> row = guidance(framework, i.id(), locale, n);
        row.addAll(List.of("", "", ""));
        rows.add(row);
      }
    }
    return csv(rows);
  }

  private static String levelCell(Rating r) {
    switch (r.status()) {
      case RATED:
        return Integer.toString(r.level().getAsInt());
      case NOT_APPLICABLE:
        return NA;
      default:
        return NI;
    }
  }

  private static List<String> guidance(Framework f, String indicatorId, Locale locale, int n) {
    List<String> row = new ArrayList<>();
    Optional<Indicator> indicator = f.indicator(indicatorId);
    Optional<Domain> domain = f.domainOf(indicatorId);
    Optional<String> component =
        f.parent(indicatorId).filter(p -> p instanceof Component).map(p -> p.id());
    row.add(domain.map(Domain::id).orElse(""));
    row.add(component.orElse(""));
    row.add(indicatorId);
    row.add(indicator.map(i -> i.title().get(locale)).orElse(""));
    for (int l = 1; l <= n; l++) {
      int level = l;
      row.add(indicator.map(i -> i.descriptor(level, f.scale()).get(locale)).orElse(""));
    }
    return row;
  }

  private static String csv(List<List<String>> rows) {
    StringWriter out = new StringWriter();
    // Quote every non-empty cell: texts with leading spaces, '#' or line breaks come back
    // unchanged.
    try (SequenceWriter w = MAPPER
        .writer(CsvSchema.emptySchema().withLineSeparator("\r\n"))
        .with(CsvGenerator.Feature.ALWAYS_QUOTE_STRINGS)
        .writeValues(out)) {
      for (List<String> row : rows) {
        w.write(row.toArray(new String[0]));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  // ---------------------------------------------------------------- reading

  /** A parsed row: its 1-based line and its cells. */
  private record Row(int line, List<String> cells) {
    String cell(int i) {
      return i >= 0 && i < cells.size() ? cells.get(i) : "";
    }

    boolean isBlank() {
      return cells.stream().allMatch(String::isBlank);
    }
  }

  /** A location in the file: line and field number. */
  private record Loc(int line, int column) {}

  /**
   * Reads an assessment from the bytes of a CSV file and checks it against the framework.
   *
   * @throws SpecException listing every problem
   */
  public static Assessment read(byte[] bytes, String file, Framework framework, Limits limits) {
    return new Reader(file, framework, limits).read(bytes);
  }

  private static final class Reader {
    private final String file;
    private final Framework framework;
    private final Limits limits;
    private final List<SpecProblem> problems = new ArrayList<>();
    private final Map<String, Loc> locations = new HashMap<>();
    private final Map<String, Row> meta = new LinkedHashMap<>();

    Reader(String file, Framework framework, Limits limits) {
      this.file = file;
      this.framework = framework;
      this.limits = limits;
    }

    private void problem(
        Layer layer, int line, int column, String pointer, String message, String fix) {
      SpecProblem.Builder b = SpecProblem.builder();
      b.location(SourceLocation.of(file, line, column, pointer)).layer(layer).message(message);
      if (fix != null) {
        b.fix(fix);
      }
      problems.add(b.build());
    }

    private SpecException failure(Throwable cause) {
      problems.sort(Comparator.comparingInt((SpecProblem p) -> p.location().line())
          .thenComparingInt(p -> p.location().column()));
      List<SpecProblem> kept = problems.size() > limits.maxProblems()
          ? new ArrayList<>(problems.subList(0, limits.maxProblems()))
          : problems;
      return new SpecException(kept, cause);
    }

    Assessment read(byte[] bytes) {
      if (bytes.length > limits.maxDocumentBytes()) {
        problem(
            Layer.LIMIT,
            0,
            0,
            "",
            "the file has " + bytes.length + " bytes, more than the limit of "
                + limits.maxDocumentBytes(),
            "split the file, or raise Limits.maxDocumentBytes");
        throw failure(null);
      }
      String text = decode(bytes);
      if (text == null) {
        throw failure(null);
      }
      List<Row> rows = parse(text);
      if (rows == null) {
        throw failure(null);
      }
      return interpret(rows);
    }

    private String decode(byte[] bytes) {
      int start = 0;
      if (bytes.length >= 3
          && (bytes[0] & 0xFF) == 0xEF
          && (bytes[1] & 0xFF) == 0xBB
          && (bytes[2] & 0xFF) == 0xBF) {
        start = 3; // spreadsheets write a byte order mark
      }
      CharsetDecoder decoder = StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT);
      ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
      CharBuffer out = CharBuffer.allocate(bytes.length);
      CoderResult result = decoder.decode(in, out, true);
      if (result.isError()) {
        int line = 1;
        for (int i = 0; i < in.position(); i++) {
          if (bytes[i] == '\n') {
            line++;
          }
        }
        problem(
            Layer.SYNTAX,
            line,
            0,
            "",
            "the file is not UTF-8 (byte " + in.position() + ")",
            "save the spreadsheet as \"CSV UTF-8\"");
        return null;
      }
      decoder.flush(out);
      out.flip();
      return out.toString();
    }

    private List<Row> parse(String text) {
      char separator = text.startsWith(MARKER + ";") ? ';' : ',';
      CsvSchema schema = CsvSchema.emptySchema().withColumnSeparator(separator);
      List<Row> rows = new ArrayList<>();
      try (JsonParser p = MAPPER.reader(schema).createParser(text)) {
        JsonToken t;
        int line = 0;
        List<String> cells = null;
        while ((t = p.nextToken()) != null) {
          if (t == JsonToken.START_ARRAY) {
            line = p.currentLocation().getLineNr(); // the token location of START_ARRAY is stale
            cells = new ArrayList<>();
          } else if (t == JsonToken.END_ARRAY) {
            rows.add(new Row(line, cells));
          } else if (t == JsonToken.VALUE_STRING && cells != null) {
            String cell = p.getText();
            if (cell.length() > limits.maxStringLength()) {
              problem(
                  Layer.LIMIT,
                  line,
                  cells.size() + 1,
                  "",
                  "the cell has " + cell.length() + " characters, more than the limit of "
                      + limits.maxStringLength(),
                  "shorten it");
              cell = "";
            }
            cells.add(cell);
          }
        }
      } catch (JsonProcessingException e) {
        JsonLocation l = e.getLocation();
        problem(
            Layer.SYNTAX,
            l == null ? 0 : Math.max(0, l.getLineNr()),
            l == null ? 0 : Math.max(0, l.getColumnNr()),
            "",
            "the CSV is not well-formed: " + e.getOriginalMessage(),
            "check the quotes: a cell that contains a quote, a comma or a line break is quoted, and its quotes are doubled");
        return null;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return problems.isEmpty() ? rows : null;
    }

    private Assessment interpret(List<Row> rows) {
      int i = 0;
      while (i < rows.size() && rows.get(i).isBlank()) {
        i++;
      }
      if (i == rows.size()
          || !MARKER.equals(rows.get(i).cell(0).trim())
          || !FORMAT.equals(rows.get(i).cell(1).trim())) {
        problem(
            Layer.SCHEMA,
            i < rows.size() ? rows.get(i).line() : 1,
            1,
            "",
            "this is not an AlignKit assessment CSV: its first row must be '" + MARKER + ","
                + FORMAT + "'",
            "start from a template: alignkit template --group KIND --format csv");
        throw failure(null);
      }
      i++;
      // Metadata rows, up to the header row.
      Row header = null;
      for (; i < rows.size(); i++) {
        Row r = rows.get(i);
        if (r.isBlank() || r.cell(0).trim().startsWith("#")) {
          continue;
        }
        if (isHeader(r)) {
          header = r;
          i++;
          break;
        }
        metadataRow(r);
      }
      if (header == null) {
        problem(
            Layer.SCHEMA,
            rows.get(rows.size() - 1).line(),
            1,
            "/ratings",
            "the file has no header row with the columns 'indicator' and 'level'",
            "keep the row 'domain,component,indicator,title,...,level,evidence,comment' of the template");
        throw failure(null);
      }
      List<Rating> ratings = new ArrayList<>();
      List<Integer> ratingIndex = new ArrayList<>();
      ratingRows(header, rows.subList(i, rows.size()), ratings, ratingIndex);
      Assessment built = metadata(ratings);
      Assessment checked = built;
      if (checked == null) {
        checked = placeholder(ratings);
      }
      for (ModelProblem mp : framework.check(checked)) {
        String pointer = mp.pointer();
        if (built == null && !pointer.startsWith("/ratings/")) {
          continue;
        }
        if (pointer.startsWith("/ratings/")) {
          int slash = pointer.indexOf('/', "/ratings/".length());
          int k = Integer.parseInt(
              pointer.substring("/ratings/".length(), slash < 0 ? pointer.length() : slash));
          pointer = "/ratings/" + ratingIndex.get(k) + (slash < 0 ? "" : pointer.substring(slash));
        }
        locatedMeaning(pointer, mp.message(), mp.fix().orElse(null));
      }
      if (!problems.isEmpty()) {
        throw failure(null);
      }
      return built;
    }

    private static boolean isHeader(Row r) {
      boolean indicator = false;
      boolean level = false;
      for (String c : r.cells()) {
        indicator |= c.trim().equalsIgnoreCase("indicator");
        level |= c.trim().equalsIgnoreCase("level");
      }
      return indicator && level;
    }

    private void metadataRow(Row r) {
      String key = r.cell(0).trim();
      boolean list = LIST_KEYS.contains(key);
      if (!list && !SINGLE_KEYS.contains(key) && !isNameKey(key)) {
        List<String> known = new ArrayList<>(SINGLE_KEYS);
        known.addAll(LIST_KEYS);
        known.add(NAME_PREFIX + "en");
        problem(
            Layer.SCHEMA,
            r.line(),
            1,
            "",
            "unknown key '" + key + "'",
            Ids.didYouMean(key, known)
                .orElse("use one of " + String.join(", ", known)
                    + ", or start the row with # for a comment"));
        return;
      }
      Row previous = meta.putIfAbsent(key, r);
      if (previous != null) {
        problem(
            Layer.SCHEMA,
            r.line(),
            1,
            pointerOf(key),
            "'" + key + "' is given twice (also on line " + previous.line() + ")",
            "keep one row for '" + key + "'");
        return;
      }
      if (list) {
        for (int c = 1; c < r.cells().size(); c++) {
          locations.put(pointerOf(key) + "/" + (c - 1), new Loc(r.line(), c + 1));
        }
        locations.put(pointerOf(key), new Loc(r.line(), 2));
      } else {
        locations.put(pointerOf(key), new Loc(r.line(), 2));
        for (int c = 2; c < r.cells().size(); c++) {
          if (!r.cell(c).isBlank()) {
            problem(
                Layer.SCHEMA,
                r.line(),
                c + 1,
                pointerOf(key),
                "'" + key + "' takes one value, but the row has more",
                "keep the value in the second column and clear the others");
            break;
          }
        }
      }
    }

    /**
     * A row below the header is a comment when its first cell starts with {@code #} and its other
     * cells are blank: with reordered columns, the first cell may be a comment or evidence that
     * happens to start with {@code #}, and such a row must not be skipped silently.
     */
    private static boolean isCommentRow(Row r) {
      return r.cell(0).trim().startsWith("#")
          && r.cells().stream().skip(1).allMatch(String::isBlank);
    }

    private static boolean isNameKey(String key) {
      return key.startsWith(NAME_PREFIX) && key.length() > NAME_PREFIX.length();
    }

    private static String pointerOf(String key) {
      return "/" + key.replace('.', '/');
    }

    private String single(String key, boolean required) {
      Row r = meta.get(key);
      String cell = r == null ? "" : r.cell(1);
      // Ids, codes and dates are trimmed; texts (unit code and name) are kept as written.
      String v = key.startsWith("subnationalUnit.") || key.startsWith("group.subnationalUnit.")
          ? cell
          : cell.trim();
      if (v.isBlank() && required) {
        Loc l = r == null ? new Loc(1, 1) : new Loc(r.line(), 2);
        problem(
            Layer.SCHEMA,
            l.line(),
            l.column(),
            pointerOf(key),
            r == null ? "the row '" + key + "' is missing" : "'" + key + "' is empty",
            "add a row '" + key + ",VALUE' above the header row");
        return null;
      }
      return v.isBlank() ? null : v;
    }

    private List<String> values(String key) {
      Row r = meta.get(key);
      List<String> values = new ArrayList<>();
      if (r != null) {
        for (int c = 1; c < r.cells().size(); c++) {
          values.add(r.cell(c));
        }
      }
      return values;
    }

    private Assessment metadata(List<Rating> ratings) {
      int before = problems.size();
      String frameworkId = single("framework.id", true);
      String frameworkVersion = single("framework.version", true);
      String country = single("country", true);
      String roundId = single("round.id", true);
      String dateText = single("round.date", true);
      LocalDate date = null;
      if (dateText != null) {
        try {
          date = LocalDate.parse(dateText);
        } catch (DateTimeParseException e) {
          Loc l = locations.get("/round/date");
          problem(
              Layer.SCHEMA,
              l.line(),
              l.column(),
              "/round/date",
              "'" + dateText + "' is not a date",
              "write the date as YYYY-MM-DD, e.g. 2024-03-14 (format the cell as text)");
        }
      }
      Optional<AdministrativeUnit> unit = unit("subnationalUnit");
      Optional<AdministrativeUnit> groupUnit = unit("group.subnationalUnit");
      String groupId = single("group.id", true);
      Set<StakeholderKind> kinds = kinds(true);
      Set<FundingChannel> channels = EnumSet.noneOf(FundingChannel.class);
      List<String> channelCells = values("group.fundingChannels");
      for (int c = 0; c < channelCells.size(); c++) {
        String v = channelCells.get(c).trim();
        if (v.isEmpty()) {
          continue;
        }
        try {
          channels.add(FundingChannel.of(Integer.parseInt(v)));
        } catch (IllegalArgumentException e) {
          Loc l = locations.get("/group/fundingChannels/" + c);
          problem(
              Layer.SCHEMA,
              l.line(),
              l.column(),
              "/group/fundingChannels/" + c,
              "'" + v + "' is not a funding channel",
              "write 1, 2 or 3, one per cell");
        }
      }
      Map<String, String> names = new LinkedHashMap<>();
      meta.forEach((key, row) -> {
        if (isNameKey(key) && !row.cell(1).isBlank()) {
          names.put(key.substring(NAME_PREFIX.length()), row.cell(1));
        }
      });
      List<String> respondents = new ArrayList<>();
      values("respondents").stream().filter(v -> !v.isBlank()).forEach(respondents::add);
      if (problems.size() > before) {
        return null;
      }
      StakeholderGroup group;
      try {
        StakeholderGroup.Builder g = StakeholderGroup.builder()
            .id(groupId)
            .addAllKinds(kinds)
            .subnationalUnit(groupUnit)
            .addAllFundingChannels(channels);
        if (!names.isEmpty()) {
          g.name(LocalizedText.of(names));
        }
        group = g.build();
      } catch (ModelException e) {
        e.problems()
            .forEach(
                p -> locatedMeaning("/group" + p.pointer(), p.message(), p.fix().orElse(null)));
        return null;
      } catch (IllegalArgumentException e) {
        locatedMeaning(
            "/group/name",
            e.getMessage(),
            "use BCP 47 language tags such as en or fr after 'group.name.'");
        return null;
      }
      try {
        return Assessment.builder()
            .frameworkId(frameworkId)
            .frameworkVersion(frameworkVersion)
            .country(country)
            .subnationalUnit(unit)
            .round(Round.of(roundId, date))
            .group(group)
            .addAllRespondents(respondents)
            .addAllRatings(ratings)
            .build();
      } catch (ModelException e) {
        e.problems()
            .forEach(p -> locatedMeaning(p.pointer(), p.message(), p.fix().orElse(null)));
        return null;
      }
    }

    private Set<StakeholderKind> kinds(boolean report) {
      Set<StakeholderKind> kinds = EnumSet.noneOf(StakeholderKind.class);
      List<String> cells = values("group.kinds");
      for (int c = 0; c < cells.size(); c++) {
        String v = cells.get(c).trim();
        if (v.isEmpty()) {
          continue;
        }
        try {
          kinds.add(StakeholderKind.fromId(v));
        } catch (IllegalArgumentException e) {
          if (report) {
            Loc l = locations.get("/group/kinds/" + c);
            List<String> ids = new ArrayList<>();
            for (StakeholderKind k : StakeholderKind.values()) {
              ids.add(k.id());
            }
            problem(
                Layer.SCHEMA,
                l.line(),
                l.column(),
                "/group/kinds/" + c,
                "unknown stakeholder kind '" + v + "'",
                Ids.didYouMean(v, ids).orElse("use one of " + StakeholderKind.ids()));
          }
        }
      }
      if (kinds.isEmpty()
          && report
          && problems.stream().noneMatch(p -> p.location().pointer().startsWith("/group/kinds"))) {
        Row r = meta.get("group.kinds");
        problem(
            Layer.SCHEMA,
            r == null ? 1 : r.line(),
            r == null ? 1 : 2,
            "/group/kinds",
            r == null ? "the row 'group.kinds' is missing" : "'group.kinds' is empty",
            "give the group's kinds, one per cell: " + StakeholderKind.ids());
      }
      return kinds;
    }

    private Optional<AdministrativeUnit> unit(String prefix) {
      String code = single(prefix + ".code", false);
      String name = single(prefix + ".name", false);
      if (code == null && name == null) {
        return Optional.empty();
      }
      if (code == null || name == null) {
        String missing = code == null ? prefix + ".code" : prefix + ".name";
        String given = code == null ? prefix + ".name" : prefix + ".code";
        Loc l = locations.get(pointerOf(given));
        problem(
            Layer.SCHEMA,
            l.line(),
            l.column(),
            pointerOf(missing),
            "'" + given + "' is given without '" + missing + "'",
            "give both the unit's code and name, or neither");
        return Optional.empty();
      }
      return Optional.of(AdministrativeUnit.of(code, name));
    }

    /** An assessment with the ratings and a stand-in for broken metadata, to check the ratings. */
    private Assessment placeholder(List<Rating> ratings) {
      Set<StakeholderKind> kinds = kinds(false);
      Set<StakeholderKind> some = kinds.isEmpty() ? EnumSet.allOf(StakeholderKind.class) : kinds;
      Row idRow = meta.get("group.id");
      StakeholderGroup group;
      try {
        group = StakeholderGroup.builder()
            .id(idRow == null ? "" : idRow.cell(1).trim())
            .addAllKinds(some)
            .build();
      } catch (ModelException e) {
        group = StakeholderGroup.builder().id("group").addAllKinds(some).build();
      }
      return Assessment.builder()
          .frameworkId(framework.id())
          .frameworkVersion(framework.version())
          .country("XXX")
          .round(Round.of("round", LocalDate.of(2000, 1, 1)))
          .group(group)
          .addAllRatings(ratings)
          .build();
    }

    private void ratingRows(
        Row header, List<Row> rows, List<Rating> ratings, List<Integer> ratingIndex) {
      int indicatorCol = -1;
      int levelCol = -1;
      int evidenceCol = -1;
      int commentCol = -1;
      for (int c = 0; c < header.cells().size(); c++) {
        String name = header.cell(c).trim().toLowerCase(Locale.ROOT);
        switch (name) {
          case "indicator":
            indicatorCol = c;
            break;
          case "level":
            levelCol = c;
            break;
          case "evidence":
            evidenceCol = c;
            break;
          case "comment":
            commentCol = c;
            break;
          default:
            break;
        }
      }
      int max = framework.scale().max();
      int index = 0;
      for (Row r : rows) {
        if (r.isBlank() || isCommentRow(r)) {
          continue;
        }
        String id = r.cell(indicatorCol).trim();
        String level = r.cell(levelCol).trim();
        String evidence = r.cell(evidenceCol);
        String comment = r.cell(commentCol);
        if (level.isEmpty() && evidence.isBlank() && comment.isBlank()) {
          continue; // not rated
        }
        String p = "/ratings/" + index;
        int k = index++;
        locations.put(p, new Loc(r.line(), indicatorCol + 1));
        locations.put(p + "/indicator", new Loc(r.line(), indicatorCol + 1));
        locations.put(p + "/level", new Loc(r.line(), levelCol + 1));
        if (evidenceCol >= 0) {
          locations.put(p + "/evidence", new Loc(r.line(), evidenceCol + 1));
        }
        if (commentCol >= 0) {
          locations.put(p + "/comment", new Loc(r.line(), commentCol + 1));
        }
        boolean ok = true;
        if (id.isEmpty()) {
          problem(
              Layer.SCHEMA,
              r.line(),
              indicatorCol + 1,
              p + "/indicator",
              "the row has a rating but no indicator id",
              "write the indicator's id in the column 'indicator'");
          ok = false;
        }
        Rating.Builder b = Rating.builder().indicatorId(id.isEmpty() ? "?" : id);
        String upper = level.toUpperCase(Locale.ROOT);
        if (level.isEmpty()) {
          problem(
              Layer.SCHEMA,
              r.line(),
              levelCol + 1,
              p + "/level",
              "the row of " + (id.isEmpty() ? "an indicator" : id)
                  + " has evidence or a comment but no level",
              "write a level from 1 to " + max + ", NA (not applicable) or NI (no information)");
          ok = false;
        } else if (upper.equals(NA) || upper.equals("N/A") || upper.equals("NOT-APPLICABLE")) {
          b.status(RatingStatus.NOT_APPLICABLE);
        } else if (upper.equals(NI) || upper.equals("NO-INFORMATION")) {
          b.status(RatingStatus.NO_INFORMATION);
        } else if (level.matches("[0-9]{1,9}")) {
          b.status(RatingStatus.RATED).level(Integer.parseInt(level));
        } else {
          problem(
              Layer.SCHEMA,
              r.line(),
              levelCol + 1,
              p + "/level",
              "'" + level + "' is not a level",
              "write a level from 1 to " + max + ", NA (not applicable) or NI (no information)");
          ok = false;
        }
        if (!ok) {
          continue;
        }
        if (!evidence.isBlank()) {
          b.evidence(evidence);
        }
        if (!comment.isBlank()) {
          b.comment(comment);
        }
        ratings.add(b.build());
        ratingIndex.add(k);
      }
    }

    private void locatedMeaning(String pointer, String message, String fix) {
      String p = pointer;
      Loc l = locations.get(p);
      while (l == null && p.lastIndexOf('/') > 0) {
        p = p.substring(0, p.lastIndexOf('/'));
        l = locations.get(p);
      }
      if (l == null) {
        l = new Loc(1, 1);
      }
      problem(Layer.MEANING, l.line(), l.column(), pointer, message, fix);
    }
  }
}
