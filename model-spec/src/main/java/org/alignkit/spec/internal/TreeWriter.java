package org.alignkit.spec.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.alignkit.core.ActionFollowUp;
import org.alignkit.core.ActionItem;
import org.alignkit.core.AdministrativeUnit;
import org.alignkit.core.Assessment;
import org.alignkit.core.Component;
import org.alignkit.core.ConsensusRecord;
import org.alignkit.core.Dissent;
import org.alignkit.core.Domain;
import org.alignkit.core.Endorsement;
import org.alignkit.core.Exercise;
import org.alignkit.core.Framework;
import org.alignkit.core.Indicator;
import org.alignkit.core.Level;
import org.alignkit.core.LocalizedText;
import org.alignkit.core.Provenance;
import org.alignkit.core.Rating;
import org.alignkit.core.StakeholderGroup;
import org.alignkit.core.StakeholderKind;

/**
 * Turns core values into trees in the key order of {@code docs/formats.md}; optional values that
 * are absent or at their default are left out.
 */
public final class TreeWriter {
  private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

  private TreeWriter() {}

  private static ObjectNode header(String kind) {
    ObjectNode o = NODES.objectNode();
    o.put("apiVersion", Loading.API_VERSION);
    o.put("kind", kind);
    return o;
  }

  /** A framework document. */
  public static ObjectNode framework(Framework f) {
    ObjectNode o = header("Framework");
    o.put("id", f.id());
    o.put("version", f.version());
    ArrayNode langs = o.putArray("languages");
    f.languages().forEach(langs::add);
    o.set("title", text(f.title()));
    optionalText(o, "description", f.description());
    Provenance p = f.provenance();
    if (!p.equals(Provenance.unknown())) {
      ObjectNode po = o.putObject("provenance");
      po.put("official", p.official());
      p.licence().ifPresent(l -> po.put("licence", l));
      if (!p.sources().isEmpty()) {
        ArrayNode s = po.putArray("sources");
        p.sources().forEach(s::add);
      }
      optionalText(po, "notice", p.notice());
    }
    ArrayNode levels = o.putObject("scale").putArray("levels");
    for (Level l : f.scale().levels()) {
      ObjectNode lo = levels.addObject();
      lo.put("level", l.number());
      lo.set("name", text(l.name()));
      lo.set("descriptor", text(l.descriptor()));
    }
    ArrayNode domains = o.putArray("domains");
    for (Domain d : f.domains()) {
      ObjectNode dn = domains.addObject();
      dn.put("id", d.id());
      dn.set("title", text(d.title()));
      optionalText(dn, "description", d.description());
      d.weight().ifPresent(w -> dn.put("weight", w));
      ArrayNode components = dn.putArray("components");
      for (Component c : d.components()) {
        ObjectNode cn = components.addObject();
        cn.put("id", c.id());
        cn.set("title", text(c.title()));
        optionalText(cn, "description", c.description());
        c.weight().ifPresent(w -> cn.put("weight", w));
        ArrayNode indicators = cn.putArray("indicators");
        for (Indicator i : c.indicators()) {
          indicators.add(indicator(i));
        }
      }
    }
    return o;
  }

  private static ObjectNode indicator(Indicator i) {
    ObjectNode in = NODES.objectNode();
    in.put("id", i.id());
    in.set("title", text(i.title()));
    optionalText(in, "description", i.description());
    i.weight().ifPresent(w -> in.put("weight", w));
    if (!i.applicableTo().isEmpty()) {
      ArrayNode a = in.putArray("applicableTo");
      i.applicableTo().forEach(k -> a.add(k.id()));
    }
    if (!i.references().isEmpty()) {
      ArrayNode r = in.putArray("references");
      i.references().forEach(r::add);
    }
    if (!i.levelDescriptors().isEmpty()) {
      ObjectNode lv = in.putObject("levels");
      new TreeMap<>(i.levelDescriptors()).forEach((n, t) -> lv.set(String.valueOf(n), text(t)));
    }
    return in;
  }

  /**
   * A rule-set document. Parameters are written in name order; values keep their order. Plain
   * values (strings, booleans, integers, BigDecimal, lists, maps) read back equal; other numbers are
   * written as their decimal ({@code Rational} as its fraction text).
   *
   * @throws IllegalArgumentException if a parameter value is not plain data
   */
  public static ObjectNode ruleSet(org.alignkit.scoring.RuleSet r) {
    ObjectNode o = header("RuleSet");
    o.put("id", r.id());
    if (r.localizedTitle().languages().size() > 1) {
      o.set("title", text(r.localizedTitle()));
    } else {
      o.put("title", r.title());
    }
    if (r.localizedDescription().languages().size() > 1) {
      o.set("description", text(r.localizedDescription()));
    } else if (!r.description().isEmpty()) {
      o.put("description", r.description());
    }
    ObjectNode rules = o.putObject("rules");
    rules.set("components", nodeRules(r.components()));
    rules.set("domains", nodeRules(r.domains()));
    rules.set("framework", nodeRules(r.framework()));
    if (!r.nodes().isEmpty()) {
      ObjectNode nodes = o.putObject("nodes");
      r.nodes().forEach((id, n) -> nodes.set(id, nodeRules(n)));
    }
    return o;
  }

  private static ObjectNode nodeRules(org.alignkit.scoring.NodeRules n) {
    ObjectNode o = NODES.objectNode();
    n.aggregation().ifPresent(x -> o.set("aggregation", ruleRef(x)));
    n.banding().ifPresent(x -> o.set("banding", ruleRef(x)));
    n.missingData().ifPresent(x -> o.set("missingData", ruleRef(x)));
    return o;
  }

  private static com.fasterxml.jackson.databind.JsonNode ruleRef(org.alignkit.scoring.RuleRef ref) {
    if (ref.parameters().isEmpty()) {
      return NODES.textNode(ref.id());
    }
    ObjectNode o = NODES.objectNode();
    o.put("rule", ref.id());
    ObjectNode params = o.putObject("parameters");
    new TreeMap<>(ref.parameters())
        .forEach((name, v) -> params.set(name, value(v, ref.id() + " " + name)));
    return o;
  }

  private static com.fasterxml.jackson.databind.JsonNode value(Object v, String where) {
    if (v instanceof String) {
      return NODES.textNode((String) v);
    }
    if (v instanceof Boolean) {
      return NODES.booleanNode((Boolean) v);
    }
    if (v instanceof Integer || v instanceof Short || v instanceof Byte) {
      return NODES.numberNode(((Number) v).intValue());
    }
    if (v instanceof Long) {
      return NODES.numberNode((Long) v);
    }
    if (v instanceof java.math.BigInteger) {
      return NODES.numberNode((java.math.BigInteger) v);
    }
    if (v instanceof java.math.BigDecimal) {
      return NODES.numberNode((java.math.BigDecimal) v);
    }
    if (v instanceof org.alignkit.scoring.Rational) {
      return NODES.textNode(v.toString());
    }
    if ((v instanceof Double || v instanceof Float)
        && Double.isFinite(((Number) v).doubleValue())) {
      return NODES.numberNode(new java.math.BigDecimal(v.toString()));
    }
    if (v instanceof List) {
      ArrayNode a = NODES.arrayNode();
      ((List<?>) v).forEach(e -> a.add(value(e, where)));
      return a;
    }
    if (v instanceof Map) {
      ObjectNode o = NODES.objectNode();
      ((Map<?, ?>) v).forEach((k, e) -> o.set(String.valueOf(k), value(e, where)));
      return o;
    }
    throw new IllegalArgumentException("rule parameter " + where + ": " + v
        + " is not plain data (strings, numbers, booleans, lists, maps)");
  }

  /** An assessment document. */
  public static ObjectNode assessment(Assessment a) {
    ObjectNode o = header("Assessment");
    frameworkRef(o, a.frameworkId(), a.frameworkVersion());
    o.put("country", a.country());
    a.subnationalUnit().ifPresent(u -> o.set("subnationalUnit", unit(u)));
    round(o, a);
    o.set("group", group(a.group()));
    strings(o, "respondents", a.respondents());
    o.set("ratings", ratings(a.ratings()));
    return o;
  }

  /** An exercise document with its assessments inline. */
  public static ObjectNode exercise(Exercise e) {
    ObjectNode o = header("Exercise");
    String id = (e.country() + "-" + e.round().id())
        .toLowerCase(Locale.ROOT)
        .replaceAll("[^a-z0-9._-]", "-");
    o.put("id", id);
    ArrayNode list = o.putArray("assessments");
    e.assessments().forEach(a -> list.add(assessment(a)));
    return o;
  }

  /** A consensus document; the agreed ratings' group is implied and not written. */
  public static ObjectNode consensus(ConsensusRecord r) {
    Assessment a = r.agreed();
    ObjectNode o = header("Consensus");
    frameworkRef(o, a.frameworkId(), a.frameworkVersion());
    o.put("country", a.country());
    a.subnationalUnit().ifPresent(u -> o.set("subnationalUnit", unit(u)));
    round(o, a);
    strings(o, "respondents", a.respondents());
    o.set("ratings", ratings(a.ratings()));
    if (!r.dissents().isEmpty()) {
      ArrayNode ds = o.putArray("dissents");
      for (Dissent d : r.dissents()) {
        ObjectNode dn = ds.addObject();
        dn.put("indicator", d.indicatorId());
        dn.put("group", d.groupId());
        d.level().ifPresent(l -> dn.put("level", l));
        d.reason().ifPresent(s -> dn.put("reason", s));
      }
    }
    if (!r.actions().isEmpty()) {
      ArrayNode as = o.putArray("actions");
      for (ActionItem ai : r.actions()) {
        ObjectNode an = as.addObject();
        an.put("id", ai.id());
        an.put("domain", ai.domainId());
        an.put("action", ai.action());
        ai.owner().ifPresent(s -> an.put("owner", s));
        ai.due().ifPresent(d -> an.put("due", d.toString()));
        strings(an, "indicators", ai.indicatorIds());
      }
    }
    if (!r.endorsements().isEmpty()) {
      ArrayNode es = o.putArray("endorsements");
      for (Endorsement e : r.endorsements()) {
        ObjectNode en = es.addObject();
        en.put("body", e.body());
        en.put("date", e.date().toString());
        e.reference().ifPresent(s -> en.put("reference", s));
      }
    }
    r.followUp().ifPresent(f -> {
      ObjectNode fn = o.putObject("followUp");
      fn.put("round", f.planRoundId());
      ArrayNode as = fn.putArray("actions");
      for (ActionFollowUp fa : f.actions()) {
        ObjectNode an = as.addObject();
        an.put("action", fa.actionId());
        an.put("status", fa.status().id());
        an.put("date", fa.date().toString());
        fa.evidence().ifPresent(s -> an.put("evidence", s));
      }
    });
    return o;
  }

  private static void frameworkRef(ObjectNode o, String id, String version) {
    ObjectNode f = o.putObject("framework");
    f.put("id", id);
    f.put("version", version);
  }

  private static void round(ObjectNode o, Assessment a) {
    ObjectNode r = o.putObject("round");
    r.put("id", a.round().id());
    r.put("date", a.round().date().toString());
  }

  private static ObjectNode group(StakeholderGroup g) {
    ObjectNode o = NODES.objectNode();
    o.put("id", g.id());
    StakeholderKind first = g.kinds().iterator().next();
    if (!g.name().equals(first.label())) {
      o.set("name", text(g.name()));
    }
    ArrayNode kinds = o.putArray("kinds");
    g.kinds().forEach(k -> kinds.add(k.id()));
    g.subnationalUnit().ifPresent(u -> o.set("subnationalUnit", unit(u)));
    if (!g.fundingChannels().isEmpty()) {
      ArrayNode ch = o.putArray("fundingChannels");
      g.fundingChannels().forEach(c -> ch.add(c.number()));
    }
    return o;
  }

  private static ArrayNode ratings(List<Rating> ratings) {
    ArrayNode out = NODES.arrayNode();
    for (Rating r : ratings) {
      ObjectNode o = out.addObject();
      o.put("indicator", r.indicatorId());
      if (r.isRated()) {
        o.put("level", r.level().getAsInt());
      } else {
        o.put("status", r.status().id());
      }
      r.evidence().ifPresent(s -> o.put("evidence", s));
      r.comment().ifPresent(s -> o.put("comment", s));
    }
    return out;
  }

  private static ObjectNode unit(AdministrativeUnit u) {
    ObjectNode o = NODES.objectNode();
    o.put("code", u.code());
    o.put("name", u.name());
    return o;
  }

  private static void strings(ObjectNode o, String field, List<String> values) {
    if (!values.isEmpty()) {
      ArrayNode a = o.putArray(field);
      values.forEach(a::add);
    }
  }

  private static ObjectNode text(LocalizedText t) {
    ObjectNode o = NODES.objectNode();
    for (Map.Entry<String, String> e : t.translations().entrySet()) {
      o.put(e.getKey(), e.getValue());
    }
    return o;
  }

  private static void optionalText(ObjectNode o, String field, LocalizedText t) {
    if (!t.isEmpty()) {
      o.set(field, text(t));
    }
  }
}
