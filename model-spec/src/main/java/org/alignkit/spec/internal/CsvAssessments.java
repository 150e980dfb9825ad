package org.alignkit.spec.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import org.alignkit.core.Assessment;
import org.alignkit.core.Component;
import org.alignkit.core.Domain;
import org.alignkit.core.Framework;
import org.alignkit.core.Indicator;
import org.alignkit.core.Rating;
import org.alignkit.core.SourceLocation;
import org.alignkit.core.StakeholderGroup;
import org.alignkit.core.StakeholderKind;
import org.alignkit.core.internal.Ids;
import org.alignkit.spec.Limits;
import org.alignkit.spec.SpecFormat;
import org.alignkit.spec.SpecProblem;
import org.alignkit.spec.SpecProblem.Layer;

/**
 * Writes and reads assessments as CSV (layout in {@code docs/formats.md}, "Assessment as CSV"):
 * key/value rows for the assessment's metadata, then a header row and one row per indicator. Built
 * on Jackson's CSV parser and generator; this class only interprets the rows. Reading turns the rows
 * into the tree of the assessment's YAML form ({@link #parse}), which then goes through the same
 * schema and meaning checks as a YAML or JSON file.
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
  public static String write(Framework framework, Assessment a, String language, char separator) {
    Locale locale = Locale.forLanguageTag(language);
    List<List<String>> rows = new ArrayList<>();
    rows.add(List.of(MARKER, FORMAT));
    rows.add(List.of(instructions(framework, locale)));
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
    return csv(rows, separator);
  }

  /** The comment row under the marker: how to fill in the form, in English or French. */
  private static String instructions(Framework framework, Locale locale) {
    int min = framework.scale().min();
    int max = framework.scale().max();
    if ("fr".equals(locale.getLanguage())) {
      return "# Remplissez la colonne 'level' (" + min + " à " + max
          + ", NA = sans objet, NI = pas d'information ; laissez-la vide si l'indicateur n'est"
          + " pas noté), et si vous le souhaitez 'evidence' (justificatifs) et 'comment'"
          + " (commentaire). Les colonnes level_1 à level_" + max
          + " décrivent les niveaux.";
    }
    return "# Fill in the column 'level' (" + min + " to " + max
        + ", NA = not applicable, NI = no information; leave it empty if not rated),"
        + " and optionally 'evidence' and 'comment'. The columns level_1 to level_" + max
        + " are guidance.";
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

  private static String csv(List<List<String>> rows, char separator) {
    StringWriter out = new StringWriter();
    // Quote every non-empty cell: texts with leading spaces, '#' or line breaks come back
    // unchanged.
    try (SequenceWriter w = MAPPER
        .writer(CsvSchema.emptySchema().withColumnSeparator(separator).withLineSeparator("\r\n"))
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

  /**
   * Whether bytes hold an AlignKit assessment CSV: after an optional byte order mark, the first
   * cell is the marker {@value #MARKER} (quoted or not), followed by a comma or a semicolon.
   */
  public static boolean looksLikeCsv(byte[] bytes) {
    int i = hasBom(bytes) ? 3 : 0;
    boolean quoted = i < bytes.length && bytes[i] == '"';
    if (quoted) {
      i++;
    }
    for (int k = 0; k < MARKER.length(); k++, i++) {
      if (i >= bytes.length || bytes[i] != MARKER.charAt(k)) {
        return false;
      }
    }
    if (quoted) {
      if (i >= bytes.length || bytes[i] != '"') {
        return false;
      }
      i++;
    }
    return i < bytes.length && (bytes[i] == ',' || bytes[i] == ';');
  }

  private static boolean hasBom(byte[] bytes) {
    return bytes.length >= 3
        && (bytes[0] & 0xFF) == 0xEF
        && (bytes[1] & 0xFF) == 0xBB
        && (bytes[2] & 0xFF) == 0xBF;
  }

  /**
   * The document of an assessment CSV: the tree of the assessment's YAML form ({@code apiVersion},
   * {@code kind: Assessment}, {@code framework}, ..., {@code ratings}), with every value located at
   * its cell (line, field number), for the schema and meaning checks that YAML and JSON files go
   * through. Problems that only a spreadsheet has (encoding, quotes, the marker and header rows,
   * unknown or repeated keys, cells that are not a level, a date or a kind) are reported here; the
   * values they concern are left out of the tree or hidden, so that each mistake is reported once.
   * Returns {@code null} after adding problems when the rows cannot be read as an assessment at
   * all.
   *
   * @param frameworkOf the framework of a framework id and version, or {@code null} when it is not
   *     known; its scale goes into the fixes of cells that are not a level
   */
  public static Document parse(
      Source source,
      byte[] bytes,
      Limits limits,
      Problems problems,
      BiFunction<String, String, Framework> frameworkOf) {
    Document d = new Reader(source, limits, problems, frameworkOf).read(bytes);
    problems.nextPhase();
    return d;
  }

  private static final class Reader {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final Source source;
    private final String file;
    private final Limits limits;
    private final Problems problems;
    private final Map<String, long[]> values = new HashMap<>();
    private final Map<String, long[]> keys = new HashMap<>();
    private final Map<String, Row> meta = new LinkedHashMap<>();
    private final ObjectNode root = NODES.objectNode();
    private final BiFunction<String, String, Framework> frameworkOf;

    Reader(
        Source source,
        Limits limits,
        Problems problems,
        BiFunction<String, String, Framework> frameworkOf) {
      this.source = source;
      this.file = source.name();
      this.limits = limits;
      this.problems = problems;
      this.frameworkOf = frameworkOf;
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

    /** Records where the value at a pointer (and its key, for an entry of a mapping) is. */
    private void locate(String pointer, int line, int column) {
      values.put(pointer, new long[] {line, column});
      keys.put(pointer, new long[] {line, column});
    }

    private void locate(String pointer, int line, int column, int keyColumn) {
      values.put(pointer, new long[] {line, column});
      keys.put(pointer, new long[] {line, keyColumn});
    }

    Document read(byte[] bytes) {
      String text = decode(bytes);
      if (text == null) {
        return null;
      }
      List<Row> rows = parse(text);
      if (rows == null) {
        return null;
      }
      if (!interpret(rows)) {
        return null;
      }
      return new Document(file, SpecFormat.CSV, root, values, keys, source);
    }

    private String decode(byte[] bytes) {
      int start = hasBom(bytes) ? 3 : 0; // spreadsheets write a byte order mark
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

    /** The separator: a semicolon when the first row has one right after the marker. */
    private static char separator(String text) {
      String t = text.startsWith("\"") ? text.substring(1) : text;
      if (t.startsWith(MARKER)) {
        t = t.substring(MARKER.length());
        t = t.startsWith("\"") ? t.substring(1) : t;
        if (t.startsWith(";")) {
          return ';';
        }
      }
      return ',';
    }

    private List<Row> parse(String text) {
      CsvSchema schema = CsvSchema.emptySchema().withColumnSeparator(separator(text));
      List<Row> rows = new ArrayList<>();
      int before = problems.count();
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
      return problems.count() == before ? rows : null;
    }

    /** Builds the tree; {@code false} when the rows are not an assessment form at all. */
    private boolean interpret(List<Row> rows) {
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
        return false;
      }
      int markerLine = rows.get(i).line();
      root.put("apiVersion", Loading.API_VERSION);
      root.put("kind", "Assessment");
      locate("", markerLine, 1);
      locate("/apiVersion", markerLine, 1);
      locate("/kind", markerLine, 2);
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
        return false;
      }
      metadata();
      ratingRows(header, rows.subList(i, rows.size()));
      return true;
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
      if (!list) {
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

    /** The object at a pointer of the tree, created (and located at {@code row}) when missing. */
    private ObjectNode object(String pointer, Row row) {
      ObjectNode o = root;
      if (pointer.isEmpty()) {
        return o;
      }
      String at = "";
      for (String name : pointer.substring(1).split("/")) {
        at += "/" + name;
        JsonNode child = o.get(name);
        if (child == null) {
          child = o.putObject(name);
          if (row != null && !values.containsKey(at)) {
            locate(at, row.line(), 1);
          }
        }
        o = (ObjectNode) child;
      }
      return o;
    }

    /**
     * Puts the value of a one-value row into the tree, located at its cell; reports a required row
     * that is missing or empty (and leaves the field out, for the schema to stay silent about it).
     */
    private Optional<String> single(String key, boolean required) {
      Row r = meta.get(key);
      String cell = r == null ? "" : r.cell(1);
      // Ids, codes and dates are trimmed; texts (unit code and name) are kept as written.
      String v = key.startsWith("subnationalUnit.") || key.startsWith("group.subnationalUnit.")
          ? cell
          : cell.trim();
      if (v.isBlank()) {
        if (required) {
          problem(
              Layer.SCHEMA,
              r == null ? 1 : r.line(),
              r == null ? 1 : 2,
              pointerOf(key),
              r == null ? "the row '" + key + "' is missing" : "'" + key + "' is empty",
              "add a row '" + key + ",VALUE' above the header row");
        }
        return Optional.empty();
      }
      String pointer = pointerOf(key);
      int slash = pointer.lastIndexOf('/');
      object(pointer.substring(0, slash), r).put(pointer.substring(slash + 1), v);
      locate(pointer, r.line(), 2, 1);
      return Optional.of(v);
    }

    /** The non-blank cells of a list row, from the second on, with their field numbers. */
    private List<int[]> cellsOf(String key) {
      Row r = meta.get(key);
      List<int[]> out = new ArrayList<>();
      if (r != null) {
        for (int c = 1; c < r.cells().size(); c++) {
          if (!r.cell(c).isBlank()) {
            out.add(new int[] {c});
          }
        }
      }
      return out;
    }

    private void metadata() {
      object("/framework", meta.get("framework.id"));
      single("framework.id", true);
      single("framework.version", true);
      Row countryRow = meta.get("country");
      single("country", true);
      if (countryRow == null) {
        // keeps the schema's own report of the missing country quiet: it was reported above
        problems.hide(file, "/country");
      }
      unit("subnationalUnit");
      object("/round", meta.get("round.id"));
      single("round.id", true);
      single("round.date", true).ifPresent(date -> {
        try {
          LocalDate.parse(date);
        } catch (DateTimeParseException e) {
          long[] l = values.get("/round/date");
          problem(
              Layer.SCHEMA,
              (int) l[0],
              (int) l[1],
              "/round/date",
              "'" + date + "' is not a date",
              "write the date as YYYY-MM-DD, e.g. 2024-03-14 (format the cell as text)");
        }
      });
      ObjectNode group = object("/group", meta.get("group.id"));
      single("group.id", true);
      ObjectNode names = NODES.objectNode();
      meta.forEach((key, row) -> {
        if (isNameKey(key) && !row.cell(1).isBlank()) {
          String tag = key.substring(NAME_PREFIX.length());
          names.put(tag, row.cell(1));
          locate("/group/name/" + Document.escape(tag), row.line(), 2, 1);
          values.putIfAbsent("/group/name", new long[] {row.line(), 2});
        }
      });
      if (!names.isEmpty()) {
        group.set("name", names);
      }
      kinds(group);
      unit("group.subnationalUnit");
      Row channels = meta.get("group.fundingChannels");
      if (channels != null) {
        ArrayNode list = group.putArray("fundingChannels");
        locate("/group/fundingChannels", channels.line(), 2, 1);
        for (int[] c : cellsOf("group.fundingChannels")) {
          String v = channels.cell(c[0]).trim();
          String at = "/group/fundingChannels/" + list.size();
          locate(at, channels.line(), c[0] + 1);
          if (v.matches("[0-9]{1,9}")) {
            list.add(Integer.parseInt(v));
          } else {
            list.add(v);
            problem(
                Layer.SCHEMA,
                channels.line(),
                c[0] + 1,
                at,
                "'" + v + "' is not a funding channel",
                "write 1, 2 or 3, one per cell");
          }
        }
      }
      Row respondents = meta.get("respondents");
      if (respondents != null) {
        ArrayNode list = root.putArray("respondents");
        locate("/respondents", respondents.line(), 2, 1);
        for (int[] c : cellsOf("respondents")) {
          locate("/respondents/" + list.size(), respondents.line(), c[0] + 1);
          list.add(respondents.cell(c[0]));
        }
      }
    }

    private void kinds(ObjectNode group) {
      Row r = meta.get("group.kinds");
      ArrayNode kinds = group.putArray("kinds");
      if (r != null) {
        locate("/group/kinds", r.line(), 2, 1);
        List<String> ids = new ArrayList<>();
        for (StakeholderKind k : StakeholderKind.values()) {
          ids.add(k.id());
        }
        for (int[] c : cellsOf("group.kinds")) {
          String v = r.cell(c[0]).trim();
          String at = "/group/kinds/" + kinds.size();
          locate(at, r.line(), c[0] + 1);
          kinds.add(v);
          if (!ids.contains(v)) {
            problem(
                Layer.SCHEMA,
                r.line(),
                c[0] + 1,
                at,
                "unknown stakeholder kind '" + v + "'",
                Ids.didYouMean(v, ids).orElse("use one of " + StakeholderKind.ids()));
          }
        }
      }
      if (kinds.isEmpty()) {
        problem(
            Layer.SCHEMA,
            r == null ? 1 : r.line(),
            r == null ? 1 : 2,
            "/group/kinds",
            r == null ? "the row 'group.kinds' is missing" : "'group.kinds' is empty",
            "give the group's kinds, one per cell: " + StakeholderKind.ids());
      }
    }

    private void unit(String prefix) {
      Row codeRow = meta.get(prefix + ".code");
      Row nameRow = meta.get(prefix + ".name");
      boolean code = codeRow != null && !codeRow.cell(1).isBlank();
      boolean name = nameRow != null && !nameRow.cell(1).isBlank();
      if (!code && !name) {
        return;
      }
      object(pointerOf(prefix), code ? codeRow : nameRow);
      single(prefix + ".code", false);
      single(prefix + ".name", false);
      if (!code || !name) {
        String missing = !code ? prefix + ".code" : prefix + ".name";
        String given = !code ? prefix + ".name" : prefix + ".code";
        long[] l = values.get(pointerOf(given));
        problem(
            Layer.SCHEMA,
            (int) l[0],
            (int) l[1],
            pointerOf(missing),
            "'" + given + "' is given without '" + missing + "'",
            "give both the unit's code and name, or neither");
      }
    }

    private void ratingRows(Row header, List<Row> rows) {
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
      ArrayNode ratings = root.putArray("ratings");
      locate("/ratings", header.line(), 1);
      Framework f = frameworkOf.apply(
          root.path("framework").path("id").asText(""),
          root.path("framework").path("version").asText(""));
      String levels = f == null
          ? "write a level of the framework's scale, NA (not applicable) or NI (no information)"
          : "write a level from " + f.scale().min() + " to " + f.scale().max()
              + ", NA (not applicable) or NI (no information)";
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
        String p = "/ratings/" + ratings.size();
        ObjectNode rating = ratings.addObject();
        locate(p, r.line(), indicatorCol + 1);
        locate(p + "/indicator", r.line(), indicatorCol + 1);
        locate(p + "/level", r.line(), levelCol + 1);
        locate(p + "/status", r.line(), levelCol + 1);
        if (evidenceCol >= 0) {
          locate(p + "/evidence", r.line(), evidenceCol + 1);
        }
        if (commentCol >= 0) {
          locate(p + "/comment", r.line(), commentCol + 1);
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
        } else {
          rating.put("indicator", id);
        }
        String upper = level.toUpperCase(Locale.ROOT);
        if (level.isEmpty()) {
          problem(
              Layer.SCHEMA,
              r.line(),
              levelCol + 1,
              p + "/level",
              "the row of " + (id.isEmpty() ? "an indicator" : id)
                  + " has evidence or a comment but no level",
              levels);
          ok = false;
        } else if (upper.equals(NA) || upper.equals("N/A") || upper.equals("NOT-APPLICABLE")) {
          rating.put("status", "not-applicable");
        } else if (upper.equals(NI) || upper.equals("NO-INFORMATION")) {
          rating.put("status", "no-information");
        } else if (level.matches("[0-9]{1,9}")) {
          rating.put("level", Integer.parseInt(level));
        } else {
          problem(
              Layer.SCHEMA,
              r.line(),
              levelCol + 1,
              p + "/level",
              "'" + level + "' is not a level",
              levels);
          ok = false;
        }
        if (!evidence.isBlank()) {
          rating.put("evidence", evidence);
        }
        if (!comment.isBlank()) {
          rating.put("comment", comment);
        }
        if (!ok) {
          problems.hide(file, p); // reported above: the rating is left out of later checks
        }
      }
    }
  }
}
