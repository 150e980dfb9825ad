package org.alignkit.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/**
 * Numbers and tables as the commands print them: in text, decimals as the language writes them
 * ({@code 2.75}, or {@code 2,75} in French); in CSV results, always comma separated with decimal
 * points, as data for other programs. (The CSV forms that people fill in follow the language:
 * {@code alignkit template --lang fr --format csv} writes semicolons.)
 */
final class Tables {
  private static final CsvMapper MAPPER = new CsvMapper();

  private Tables() {}

  /** The separator of a language's CSV: {@code ;} in French, {@code ,} otherwise. */
  static char separator(Locale locale) {
    return CliMessages.isFrench(locale) ? ';' : ',';
  }

  /** A decimal as written in a language's text: {@code 2.75}, or {@code 2,75} in French. */
  static String decimal(BigDecimal value, Locale locale) {
    String plain = value.toPlainString();
    return CliMessages.isFrench(locale) ? plain.replace('.', ',') : plain;
  }

  /** A number with a fixed number of decimals, {@code NaN} as an empty cell. */
  static String decimal(double value, int decimals, Locale locale) {
    if (Double.isNaN(value)) {
      return "";
    }
    String s = String.format(Locale.ROOT, "%." + decimals + "f", value);
    return CliMessages.isFrench(locale) ? s.replace('.', ',') : s;
  }

  /** A decimal in a CSV result: {@code 2.75} in every language. */
  static String plain(BigDecimal value) {
    return value.toPlainString();
  }

  /** A number with a fixed number of decimals in a CSV result, {@code NaN} as an empty cell. */
  static String plain(double value, int decimals) {
    return decimal(value, decimals, Locale.ROOT);
  }

  /** A table as CSV: the header, then the rows; comma separated. */
  static String csv(List<String> header, List<List<String>> rows) {
    CsvSchema.Builder schema = CsvSchema.builder();
    header.forEach(schema::addColumn);
    try {
      return MAPPER.writer(schema.build().withHeader()).writeValueAsString(rows);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
