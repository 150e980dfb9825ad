package org.alignkit.cli;

import java.util.Locale;
import org.alignkit.core.Assessment;
import org.alignkit.core.Framework;
import org.alignkit.core.Indicator;
import org.alignkit.spec.SpecWriter;

/**
 * A blank assessment as YAML to fill in: the metadata as {@link SpecWriter} writes them, then one
 * rating per indicator that applies to the group, with an empty {@code level:} and the indicator's
 * title and level descriptors as comments above it, with the instructions in the template's
 * language. It loads as an assessment as it is: a rating whose {@code level:} is left empty is not
 * rated, as an empty row of the CSV form.
 */
final class YamlTemplate {
  private static final String EMPTY_RATINGS = "ratings: []\n";

  private YamlTemplate() {}

  static String write(Framework f, Assessment blank, String lang) {
    Locale locale = Locale.forLanguageTag(lang);
    String head = SpecWriter.yaml().write(blank);
    if (!head.endsWith(EMPTY_RATINGS)) {
      throw new IllegalStateException("unexpected end of a written assessment: " + head);
    }
    StringBuilder sb = new StringBuilder();
    sb.append(head, 0, head.length() - EMPTY_RATINGS.length());
    if ("fr".equals(locale.getLanguage())) {
      sb.append("# Remplissez chaque 'level:' avec un niveau de ")
          .append(f.scale().min())
          .append(" à ")
          .append(f.scale().max())
          .append(", ou remplacez la ligne par 'status: not-applicable' (sans objet) ou")
          .append(" 'status: no-information' (pas d'information) ; un 'level:' laissé vide")
          .append(" signifie non noté.\n")
          .append("# Facultatif pour chaque note : 'evidence: \"...\"' (justificatifs) et")
          .append(" 'comment: \"...\"'. Remplacez ci-dessus les valeurs provisoires du pays et")
          .append(" du cycle.\n");
    } else {
      sb.append("# Fill in each 'level:' with a level from ")
          .append(f.scale().min())
          .append(" to ")
          .append(f.scale().max())
          .append(", or replace the line by 'status: not-applicable' or 'status: no-information';")
          .append(" a 'level:' left empty means not rated.\n")
          .append("# Optional per rating: 'evidence: \"...\"' and 'comment: \"...\"'.")
          .append(" Replace the placeholders for country and round above.\n");
    }
    sb.append("ratings:\n");
    for (Indicator i : f.indicators()) {
      if (!i.appliesTo(blank.group())) {
        continue;
      }
      sb.append("  # ")
          .append(i.id())
          .append(": ")
          .append(oneLine(i.title().get(locale)))
          .append('\n');
      for (int l = f.scale().min(); l <= f.scale().max(); l++) {
        String name = f.scale().level(l).map(x -> x.name().get(locale)).orElse("");
        sb.append("  #   ")
            .append(l)
            .append(" ")
            .append(oneLine(name))
            .append(": ")
            .append(oneLine(i.descriptor(l, f.scale()).get(locale)))
            .append('\n');
      }
      // Ids are [A-Za-z0-9._-]: double quotes keep ids such as 1.0 strings.
      sb.append("  - indicator: \"").append(i.id()).append("\"\n");
      sb.append("    level:\n");
    }
    return sb.toString();
  }

  private static String oneLine(String text) {
    return text.replaceAll("\\s+", " ").trim();
  }
}
