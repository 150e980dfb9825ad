package org.alignkit.spec.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.alignkit.core.Component;
import org.alignkit.core.Domain;
import org.alignkit.core.Framework;
import org.alignkit.core.Indicator;
import org.alignkit.core.Level;
import org.alignkit.core.LocalizedText;
import org.alignkit.core.ModelException;
import org.alignkit.core.Provenance;
import org.alignkit.core.Scale;
import org.alignkit.core.StakeholderKind;

/** Reads {@code kind: Framework} documents. */
final class FrameworkReader implements KindReader<Framework> {
  @Override
  public String kind() {
    return "Framework";
  }

  @Override
  public String schema() {
    return "framework";
  }

  @Override
  public Framework read(Ctx c, String base, Framework unused) {
    Framework.Builder b = Framework.builder();
    b.id(c.id(base + "/id", "placeholder"));
    b.version(c.string(base + "/version", "placeholder"));
    if (c.has(base + "/languages")) {
      List<String> languages = c.strings(base + "/languages");
      b.languages(languages.isEmpty() ? List.of("en") : languages);
    }
    b.title(c.text(base + "/title"));
    b.description(c.text(base + "/description"));
    if (c.has(base + "/provenance")) {
      String p = base + "/provenance";
      Provenance.Builder pb = Provenance.builder();
      c.bool(p + "/official").ifPresent(pb::official);
      c.optionalString(p + "/licence").ifPresent(pb::licence);
      pb.addAllSources(c.strings(p + "/sources"));
      pb.notice(c.text(p + "/notice"));
      b.provenance(pb.build());
    }
    Scale scale = scale(c, base + "/scale/levels");
    b.scale(scale);
    int domains = c.size(base + "/domains");
    for (int d = 0; d < domains; d++) {
      b.addDomains(domain(c, base + "/domains/" + d, d));
    }
    try {
      return b.build();
    } catch (ModelException e) {
      c.model(base, e);
      return null;
    } catch (IllegalArgumentException | IllegalStateException e) {
      c.meaning(base, "the framework cannot be built: " + e.getMessage(), null);
      return null;
    }
  }

  private static Scale scale(Ctx c, String p) {
    int n = c.size(p);
    List<Level> levels = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      String lp = p + "/" + i;
      OptionalInt number = c.integer(lp + "/level");
      if (number.isPresent() && number.getAsInt() != i + 1) {
        c.meaning(
            lp + "/level",
            "level " + number.getAsInt() + " is at position " + (i + 1) + " of the scale",
            "number the levels 1 to " + n + " in order, lowest first");
        c.placeholder(lp + "/level");
      }
      levels.add(Level.of(i + 1, c.text(lp + "/name"), c.text(lp + "/descriptor")));
    }
    if (levels.size() < 2) {
      c.placeholder(p);
      while (levels.size() < 2) {
        levels.add(Level.of(levels.size() + 1, LocalizedText.empty(), LocalizedText.empty()));
      }
    }
    return Scale.of(levels);
  }

  private static Domain domain(Ctx c, String p, int index) {
    Domain.Builder b = Domain.builder();
    b.id(c.id(p + "/id", "placeholder-d" + index));
    b.title(c.text(p + "/title"));
    b.description(c.text(p + "/description"));
    c.decimal(p + "/weight").ifPresent(b::weight);
    int n = c.size(p + "/components");
    for (int i = 0; i < n; i++) {
      b.addComponents(component(c, p + "/components/" + i, index + "-" + i));
    }
    return b.build();
  }

  private static Component component(Ctx c, String p, String index) {
    Component.Builder b = Component.builder();
    b.id(c.id(p + "/id", "placeholder-c" + index));
    b.title(c.text(p + "/title"));
    b.description(c.text(p + "/description"));
    c.decimal(p + "/weight").ifPresent(b::weight);
    int n = c.size(p + "/indicators");
    for (int i = 0; i < n; i++) {
      b.addIndicators(indicator(c, p + "/indicators/" + i, index + "-" + i));
    }
    return b.build();
  }

  private static Indicator indicator(Ctx c, String p, String index) {
    Indicator.Builder b = Indicator.builder();
    b.id(c.id(p + "/id", "placeholder-i" + index));
    b.title(c.text(p + "/title"));
    b.description(c.text(p + "/description"));
    c.decimal(p + "/weight").ifPresent(b::weight);
    List<String> kinds = c.strings(p + "/applicableTo");
    for (int i = 0; i < kinds.size(); i++) {
      try {
        b.addApplicableTo(StakeholderKind.fromId(kinds.get(i)));
      } catch (IllegalArgumentException e) {
        c.meaning(p + "/applicableTo/" + i, e.getMessage(), null);
      }
    }
    b.addAllReferences(c.strings(p + "/references"));
    JsonNode levels = c.node(p + "/levels");
    if (levels.isObject()) {
      var it = levels.fieldNames();
      while (it.hasNext()) {
        String key = it.next();
        String lp = p + "/levels/" + Document.escape(key);
        int number;
        try {
          number = Integer.parseInt(key);
        } catch (NumberFormatException e) {
          c.placeholder(lp);
          continue;
        }
        b.putLevelDescriptors(number, c.text(lp));
      }
    } else if (!levels.isMissingNode()) {
      c.placeholder(p + "/levels");
    }
    return b.build();
  }
}
