package org.alignkit.cli;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.alignkit.metrics.ReliabilityData;

/**
 * Reads a units × coders table from CSV: first row the coder names (its first cell names the unit
 * column), first column the unit ids, an empty cell or {@code NA} for a missing value. Every problem
 * of the file is reported at once as {@code file:line:column: message (fix)}, the column being the
 * field's number.
 */
final class CoderTable {
  private CoderTable() {}

  /**
   * The separator of the table: a semicolon when the first line has more semicolons than commas
   * outside quotes (as spreadsheets in French locales save CSV), else a comma.
   */
  static char separator(Path file) throws IOException {
    String first;
    try (var reader = Files.newBufferedReader(file, java.nio.charset.StandardCharsets.UTF_8)) {
      first = reader.readLine();
    } catch (CharacterCodingException e) {
      return ','; // reported when the table is read
    }
    if (first == null) {
      return ',';
    }
    int commas = 0;
    int semicolons = 0;
    boolean quoted = false;
    for (char c : first.toCharArray()) {
      if (c == '"') {
        quoted = !quoted;
      } else if (!quoted && c == ',') {
        commas++;
      } else if (!quoted && c == ';') {
        semicolons++;
      }
    }
    return semicolons > commas ? ';' : ',';
  }

  static ReliabilityData read(Path file) throws IOException {
    if (Files.isDirectory(file)) {
      throw new InvalidInputException(
          file + ":0:0: is a directory, not a CSV file (give the path of a .csv file)");
    }
    List<String[]> rows = new ArrayList<>();
    CsvMapper mapper = new CsvMapper();
    mapper.enable(CsvParser.Feature.WRAP_AS_ARRAY);
    char separator = separator(file);
    try (MappingIterator<String[]> it = mapper
        .readerFor(String[].class)
        .with(CsvSchema.emptySchema().withColumnSeparator(separator))
        .readValues(file.toFile())) {
      while (it.hasNext()) {
        rows.add(it.next());
      }
    } catch (CharacterCodingException e) {
      throw new InvalidInputException(
          file + ":0:0: the file is not UTF-8 text (save it as CSV UTF-8)");
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      var loc = e.getLocation();
      throw new InvalidInputException(file + ":" + (loc == null ? 0 : loc.getLineNr()) + ":"
          + (loc == null ? 0 : loc.getColumnNr()) + ": not a valid CSV file: "
          + e.getOriginalMessage() + " (check quotes and separators)");
    }
    List<String> problems = new ArrayList<>();
    if (rows.isEmpty()) {
      throw new InvalidInputException(
          file + ":1:1: the file is empty (first row: coder names; first column: unit ids)");
    }
    String[] header = rows.get(0);
    int coders = header.length - 1;
    if (coders < 2) {
      problems.add(file + ":1:1: the header names " + Math.max(coders, 0)
          + " coder(s) (give a unit column and at least 2 coder columns)");
    }
    Set<String> names = new HashSet<>();
    for (int c = 1; c < header.length; c++) {
      String name = header[c].trim();
      if (name.isEmpty()) {
        problems.add(
            file + ":1:" + (c + 1) + ": coder column " + c + " has no name (name every coder)");
      } else if (!names.add(name)) {
        problems.add(file + ":1:" + (c + 1) + ": coder '" + name
            + "' appears twice (give each coder one column)");
      }
    }
    List<String> unitIds = new ArrayList<>();
    List<double[]> values = new ArrayList<>();
    for (int r = 1; r < rows.size(); r++) {
      String[] row = rows.get(r);
      int line = r + 1;
      if (row.length == 1 && row[0].isBlank()) {
        continue; // blank line
      }
      if (row.length != header.length) {
        problems.add(
            file + ":" + line + ":1: the row has " + row.length + " fields but the header has "
                + header.length + " (leave a cell empty or write NA for a missing value)");
        continue;
      }
      unitIds.add(row[0].trim());
      double[] v = new double[Math.max(coders, 0)];
      for (int c = 1; c < row.length; c++) {
        String cell = row[c].trim();
        if (cell.isEmpty() || cell.toUpperCase(Locale.ROOT).equals("NA")) {
          v[c - 1] = Double.NaN;
          continue;
        }
        try {
          // With semicolons (spreadsheets in French locales), a decimal comma: 2,5.
          double d = Double.parseDouble(separator == ';' ? cell.replace(',', '.') : cell);
          if (!Double.isFinite(d)) {
            throw new NumberFormatException();
          }
          v[c - 1] = d;
        } catch (NumberFormatException e) {
          problems.add(file + ":" + line + ":" + (c + 1) + ": '" + cell + "' is not a number"
              + " (write a number, or leave the cell empty or NA when missing)");
        }
      }
      values.add(v);
    }
    if (values.isEmpty() && problems.isEmpty()) {
      problems.add(
          file + ":2:1: the table has no unit rows (add one row per unit under the header)");
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(String.join("\n", problems));
    }
    List<String> coderNames = new ArrayList<>();
    for (int c = 1; c < header.length; c++) {
      coderNames.add(header[c].trim());
    }
    return ReliabilityData.of(values.toArray(new double[0][]))
        .withUnitIds(unitIds)
        .withCoderNames(coderNames);
  }
}
