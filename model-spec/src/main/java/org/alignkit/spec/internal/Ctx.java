package org.alignkit.spec.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.common.collect.Interner;
import com.google.common.collect.Interners;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.alignkit.core.AdministrativeUnit;
import org.alignkit.core.LocalizedText;
import org.alignkit.core.ModelException;
import org.alignkit.core.ModelProblem;
import org.alignkit.core.Round;
import org.alignkit.core.internal.LocalizedTexts;
import org.alignkit.spec.SpecProblem.Layer;

/**
 * Reads values out of a document's tree for the meaning layer. The schema has already reported
 * missing fields and wrong types; where one is found here, a placeholder stands in so that the rest
 * of the document can still be checked, and problems at its pointer are hidden.
 */
final class Ctx {
  final Document doc;
  final Problems problems;
  final Loading loading;

  Ctx(Loading loading, Document doc, Problems problems) {
    this.loading = loading;
    this.doc = doc;
    this.problems = problems;
  }

  /** Marks a pointer as broken (the schema reported it); problems there are hidden from now on. */
  void placeholder(String pointer) {
    problems.hide(doc.file(), pointer);
  }

  void meaning(String pointer, String message, String fix) {
    problems.add(doc, Layer.MEANING, pointer, message, fix);
  }

  void model(String base, ModelException e) {
    problems.addAll(doc, base, e.problems());
  }

  void model(String base, List<ModelProblem> list) {
    problems.addAll(doc, base, list);
  }

  JsonNode node(String pointer) {
    return doc.at(pointer);
  }

  /** A text field, or the placeholder. */
  /**
   * Ids (of frameworks, domains, components, indicators, and the indicators ratings name) are
   * shared: an assessment's ratings then hold the framework's own id strings, which scoring
   * compares by reference first.
   */
  private static final Interner<String> IDS = Interners.newWeakInterner();

  /** An id at {@code pointer}, shared with equal ids read before ({@link #IDS}). */
  String id(String pointer, String placeholder) {
    return IDS.intern(string(pointer, placeholder));
  }

  String string(String pointer, String placeholder) {
    JsonNode n = node(pointer);
    if (n.isTextual()) {
      return n.asText();
    }
    placeholder(pointer);
    return placeholder;
  }

  Optional<String> optionalString(String pointer) {
    JsonNode n = node(pointer);
    if (n.isMissingNode()) {
      return Optional.empty();
    }
    if (n.isTextual()) {
      return Optional.of(n.asText());
    }
    placeholder(pointer);
    return Optional.empty();
  }

  List<String> strings(String pointer) {
    JsonNode n = node(pointer);
    List<String> out = new ArrayList<>();
    if (n.isMissingNode()) {
      return out;
    }
    if (!n.isArray()) {
      placeholder(pointer);
      return out;
    }
    for (int i = 0; i < n.size(); i++) {
      if (n.get(i).isTextual()) {
        out.add(n.get(i).asText());
      } else {
        placeholder(pointer + "/" + i);
      }
    }
    return out;
  }

  /** The number of entries of a list (0 when it is missing or not a list). */
  int size(String pointer) {
    JsonNode n = node(pointer);
    if (n.isArray()) {
      return n.size();
    }
    if (!n.isMissingNode()) {
      placeholder(pointer);
    }
    return 0;
  }

  boolean has(String pointer) {
    return !node(pointer).isMissingNode();
  }

  OptionalInt integer(String pointer) {
    JsonNode n = node(pointer);
    if (n.isMissingNode()) {
      return OptionalInt.empty();
    }
    if (n.isIntegralNumber() && n.canConvertToInt()) {
      return OptionalInt.of(n.intValue());
    }
    if (n.isIntegralNumber()) {
      meaning(pointer, n.asText() + " is far out of range", null);
    }
    placeholder(pointer);
    return OptionalInt.empty();
  }

  Optional<BigDecimal> decimal(String pointer) {
    JsonNode n = node(pointer);
    if (n.isMissingNode()) {
      return Optional.empty();
    }
    if (n.isNumber()) {
      return Optional.of(n.decimalValue());
    }
    placeholder(pointer);
    return Optional.empty();
  }

  Optional<Boolean> bool(String pointer) {
    JsonNode n = node(pointer);
    if (n.isBoolean()) {
      return Optional.of(n.booleanValue());
    }
    if (!n.isMissingNode()) {
      placeholder(pointer);
    }
    return Optional.empty();
  }

  /** A date; the placeholder when it is missing, malformed or not a day of the calendar. */
  LocalDate date(String pointer) {
    JsonNode n = node(pointer);
    if (n.isTextual()) {
      try {
        return LocalDate.parse(n.asText());
      } catch (DateTimeException e) {
        meaning(
            pointer,
            Texts.quote(n.asText()) + " is not a date of the calendar",
            "write a date as YYYY-MM-DD, e.g. 2024-03-14");
      }
    }
    placeholder(pointer);
    return LocalDate.of(2000, 1, 1);
  }

  /** A localized text; empty when missing (the schema or the framework check reports that). */
  LocalizedText text(String pointer) {
    JsonNode n = node(pointer);
    if (n.isMissingNode()) {
      return LocalizedText.empty();
    }
    if (!n.isObject()) {
      placeholder(pointer);
      return LocalizedText.empty();
    }
    Map<String, String> texts = new LinkedHashMap<>();
    Set<String> tags = new HashSet<>();
    var it = n.fields();
    while (it.hasNext()) {
      var e = it.next();
      String at = pointer + "/" + Document.escape(e.getKey());
      if (!e.getValue().isTextual()) {
        placeholder(pointer);
        continue;
      }
      String tag;
      try {
        tag = LocalizedTexts.normalize(e.getKey());
      } catch (IllegalArgumentException ex) {
        problems.addAtKey(
            doc,
            Layer.MEANING,
            at,
            Texts.quote(e.getKey()) + " is not a BCP 47 language tag",
            "use a tag such as en, fr or fr-CA");
        placeholder(pointer);
        continue;
      }
      if (!tags.add(tag)) {
        problems.addAtKey(
            doc, Layer.MEANING, at, "the language " + tag + " is given twice", "keep one of them");
        placeholder(pointer);
        continue;
      }
      if (e.getValue().asText().isBlank()) {
        meaning(at, "the " + tag + " text is blank", "write the text, or remove the entry");
        placeholder(pointer);
        continue;
      }
      texts.put(e.getKey(), e.getValue().asText());
    }
    return LocalizedText.of(texts);
  }

  Optional<AdministrativeUnit> unit(String pointer) {
    if (!has(pointer)) {
      return Optional.empty();
    }
    String code = string(pointer + "/code", "placeholder");
    String name = string(pointer + "/name", "placeholder");
    try {
      return Optional.of(AdministrativeUnit.of(code, name));
    } catch (IllegalArgumentException e) {
      meaning(pointer, String.valueOf(e.getMessage()), "give the unit's code and name");
      placeholder(pointer);
      return Optional.empty();
    }
  }

  Round round(String pointer) {
    String id = string(pointer + "/id", "placeholder");
    LocalDate date = date(pointer + "/date");
    try {
      return Round.of(id, date);
    } catch (IllegalArgumentException e) {
      meaning(pointer + "/id", "the round id is blank", "give the round an id, e.g. \"2024\"");
      placeholder(pointer);
      return Round.of("placeholder", date);
    }
  }
}
