package org.alignkit.spec;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A CSV file as a spreadsheet user sees it: rows of cells, edited by column name and saved back
 * with the plain CSV quoting of a spreadsheet (only where needed), not AssessmentCsv's own writer.
 */
final class Sheet {
  private static final CsvMapper MAPPER = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);

  final List<List<String>> rows;

  private Sheet(List<List<String>> rows) {
    this.rows = rows;
  }

  static Sheet parse(String text) {
    try (MappingIterator<List<String>> it =
        MAPPER.readerForListOf(String.class).with(CsvSchema.emptySchema()).readValues(text)) {
      List<List<String>> rows = new ArrayList<>();
      it.forEachRemaining(r -> rows.add(new ArrayList<>(r)));
      return new Sheet(rows);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The index of the header row (the one with the column 'indicator'). */
  int headerRow() {
    for (int i = 0; i < rows.size(); i++) {
      if (rows.get(i).contains("indicator") && rows.get(i).contains("level")) {
        return i;
      }
    }
    throw new IllegalStateException("no header row");
  }

  int column(String name) {
    return rows.get(headerRow()).indexOf(name);
  }

  /** The 0-based index of the row of an indicator. */
  int rowOf(String indicatorId) {
    int c = column("indicator");
    for (int i = headerRow() + 1; i < rows.size(); i++) {
      if (rows.get(i).size() > c && rows.get(i).get(c).equals(indicatorId)) {
        return i;
      }
    }
    throw new IllegalArgumentException("no row for " + indicatorId);
  }

  /** The cell of an indicator's row in a named column. */
  String get(String indicatorId, String column) {
    return rows.get(rowOf(indicatorId)).get(column(column));
  }

  /** Fills in a cell of an indicator's row. */
  Sheet set(String indicatorId, String column, String value) {
    rows.get(rowOf(indicatorId)).set(column(column), value);
    return this;
  }

  /** Sets the value of a key/value row (the first cell is the key), adding it above the header if missing. */
  Sheet setKey(String key, String... values) {
    for (List<String> row : rows) {
      if (!row.isEmpty() && row.get(0).equals(key)) {
        row.subList(1, row.size()).clear();
        row.addAll(List.of(values));
        return this;
      }
    }
    List<String> row = new ArrayList<>(List.of(key));
    row.addAll(List.of(values));
    rows.add(headerRow(), row);
    return this;
  }

  /** Saves with minimal quoting, separator ',' or ';'. */
  String save(char separator) {
    try {
      StringBuilder sb = new StringBuilder();
      var writer = MAPPER.writer(
          CsvSchema.emptySchema().withColumnSeparator(separator).withLineSeparator("\n"));
      for (List<String> row : rows) {
        sb.append(writer.writeValueAsString(row.toArray(new String[0])));
      }
      return sb.toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  String save() {
    return save(',');
  }
}
