package org.alignkit.spec.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.alignkit.core.Component;
import org.alignkit.core.Domain;
import org.alignkit.core.Framework;
import org.alignkit.core.LocalizedText;
import org.alignkit.core.internal.Ids;
import org.alignkit.scoring.NodeRules;
import org.alignkit.scoring.Rational;
import org.alignkit.scoring.RuleRef;
import org.alignkit.scoring.RuleSet;
import org.alignkit.scoring.spi.ParameterSpec;
import org.alignkit.scoring.spi.RuleLoadingException;
import org.alignkit.scoring.spi.RuleParameterException;
import org.alignkit.scoring.spi.RuleRole;
import org.alignkit.scoring.spi.RuleSettings;
import org.alignkit.scoring.spi.ScoringRuleProvider;
import org.alignkit.spec.SpecProblem.Layer;

/**
 * Reads {@code kind: RuleSet} documents into scoring's {@link RuleSet}, checking every rule against
 * the registered {@link ScoringRuleProvider}s: the id is known and of the right role, the
 * parameters are declared, the required ones given, of the declared type, and accepted by the
 * provider. Parameters are checked on the framework's scale when one is given, else on every scale
 * of 2 to 10 levels starting at 0 or 1 (reported when none accepts them). With a framework, node
 * overrides must name its domains or components.
 */
final class RuleSetReader implements KindReader<RuleSet> {
  static final List<String> LEVELS = List.of("components", "domains", "framework");
  static final List<String> ROLE_KEYS = List.of("aggregation", "banding", "missingData");
  static final List<RuleRole> ROLES =
      List.of(RuleRole.AGGREGATION, RuleRole.BANDING, RuleRole.MISSING_DATA);

  /** Scales tried when no framework is given: common ones first. */
  private static final List<int[]> SCALES = scales();

  @Override
  public String kind() {
    return "RuleSet";
  }

  @Override
  public String schema() {
    return "ruleset";
  }

  /** The file key of a role: {@code aggregation}, {@code banding}, {@code missingData}. */
  static String key(RuleRole role) {
    return ROLE_KEYS.get(ROLES.indexOf(role));
  }

  @Override
  public RuleSet read(Ctx c, String base, Framework framework) {
    String id = c.string(base + "/id", "placeholder");
    // A title (and a description) is a text, or a text in several languages like a framework's.
    LocalizedText titles = c.node(base + "/title").isObject()
        ? c.text(base + "/title")
        : LocalizedText.en(c.string(base + "/title", "placeholder"));
    String title = titles.isEmpty() ? "placeholder" : titles.english();
    RuleProviders rules = c.loading.rules();
    try {
      rules.byId();
    } catch (RuleLoadingException e) {
      c.meaning(
          base + "/rules",
          "the scoring rules cannot be loaded, so the rules cannot be checked: " + e.getMessage(),
          "fix the scoring rule plug-ins on the class path or module path");
      return null;
    }
    List<int[]> scales = framework == null
        ? SCALES
        : List.<int[]>of(new int[] {framework.scale().min(), framework.scale().max()});
    boolean complete = true;
    NodeRules[] levels = new NodeRules[LEVELS.size()];
    for (int l = 0; l < LEVELS.size(); l++) {
      levels[l] = nodeRules(c, base + "/rules/" + LEVELS.get(l), rules, scales);
      complete &= levels[l] != null && levels[l].isComplete();
    }
    Map<String, NodeRules> nodes = new LinkedHashMap<>();
    JsonNode n = c.node(base + "/nodes");
    if (n.isObject()) {
      var it = n.fields();
      while (it.hasNext()) {
        var e = it.next();
        String at = base + "/nodes/" + Document.escape(e.getKey());
        if (framework != null) {
          knownNode(c, at, e.getKey(), framework);
        }
        NodeRules r = nodeRules(c, at, rules, scales);
        if (r == null) {
          complete = false;
        } else {
          nodes.put(e.getKey(), r);
        }
      }
    }
    if (!complete) {
      return null;
    }
    RuleSet.Builder b = RuleSet.builder()
        .id(id)
        .title(title)
        .components(levels[0])
        .domains(levels[1])
        .framework(levels[2])
        .putAllNodes(nodes);
    if (!titles.isEmpty()) {
      b.localizedTitle(titles);
    }
    if (c.node(base + "/description").isObject()) {
      LocalizedText d = c.text(base + "/description");
      if (!d.isEmpty()) {
        b.description(d.english()).localizedDescription(d);
      }
    } else {
      c.optionalString(base + "/description").ifPresent(b::description);
    }
    try {
      return b.build();
    } catch (IllegalArgumentException | IllegalStateException e) {
      c.meaning(base, String.valueOf(e.getMessage()), null);
      return null;
    }
  }

  /** The rules at a level or node; {@code null} when one of them is broken. */
  private static NodeRules nodeRules(Ctx c, String at, RuleProviders rules, List<int[]> scales) {
    if (!c.node(at).isObject()) {
      c.placeholder(at);
      return null;
    }
    NodeRules.Builder b = NodeRules.builder();
    boolean ok = true;
    for (int i = 0; i < ROLES.size(); i++) {
      String p = at + "/" + ROLE_KEYS.get(i);
      if (!c.has(p)) {
        continue;
      }
      RuleRef ref = ref(c, p, ROLES.get(i), rules, scales);
      if (ref == null) {
        ok = false;
      } else if (i == 0) {
        b.aggregation(ref);
      } else if (i == 1) {
        b.banding(ref);
      } else {
        b.missingData(ref);
      }
    }
    return ok ? b.build() : null;
  }

  private static void knownNode(Ctx c, String at, String id, Framework f) {
    List<String> ids = new ArrayList<>();
    for (Domain d : f.domains()) {
      ids.add(d.id());
      for (Component comp : d.components()) {
        ids.add(comp.id());
      }
    }
    if (ids.contains(id)) {
      return;
    }
    String message;
    String fix;
    if (f.indicator(id).isPresent()) {
      message = "'" + id + "' is an indicator of framework " + f.label()
          + ": indicators are rated, not scored by rules";
      fix = "override the rules of its component instead";
    } else if (f.id().equals(id)) {
      message = "'" + id + "' is the framework itself, not a domain or component";
      fix = "put the framework's rules under rules.framework";
    } else {
      message = "framework " + f.label() + " has no domain or component '" + id + "'";
      fix = Ids.didYouMean(id, ids).orElse("use one of " + Texts.or(ids));
    }
    c.problems.addAtKey(c.doc, Layer.MEANING, at, message, fix);
  }

  /** One rule; {@code null} after adding problems. */
  private static RuleRef ref(
      Ctx c, String p, RuleRole role, RuleProviders rules, List<int[]> scales) {
    JsonNode n = c.node(p);
    String id;
    String idAt;
    JsonNode params = null;
    if (n.isTextual()) {
      id = n.asText();
      idAt = p;
    } else if (n.isObject() && n.path("rule").isTextual()) {
      id = n.get("rule").asText();
      idAt = p + "/rule";
      params = n.get("parameters");
      if (params != null && !params.isObject()) {
        c.placeholder(p);
        return null;
      }
    } else {
      c.placeholder(p);
      return null;
    }
    if (c.problems.isTaken(c.doc.file(), idAt)) {
      return null;
    }
    ScoringRuleProvider provider = rules.provider(id).orElse(null);
    List<String> roleIds = rules.ids(role);
    if (provider == null) {
      String fix = Ids.didYouMean(id, roleIds)
          .or(() -> Ids.didYouMean(id, rules.byId().keySet()))
          .orElse("use one of " + Texts.or(roleIds));
      c.meaning(idAt, "unknown " + role.id() + " rule '" + id + "'", fix);
      c.placeholder(p);
      return null;
    }
    if (provider.role() != role) {
      c.meaning(
          idAt,
          "'" + id + "' is " + article(provider.role()) + " rule, not " + article(role) + " rule",
          "move it under " + key(provider.role()) + ":, or use one of " + Texts.or(roleIds)
              + " here");
      c.placeholder(p);
      return null;
    }
    Map<String, ParameterSpec> declared = new LinkedHashMap<>();
    provider.parameters().forEach(s -> declared.put(s.name(), s));
    String paramsAt = p + "/parameters";
    Map<String, Object> values = new LinkedHashMap<>();
    boolean ok = true;
    if (params != null) {
      var it = params.fields();
      while (it.hasNext()) {
        var e = it.next();
        String at = paramsAt + "/" + Document.escape(e.getKey());
        ParameterSpec spec = declared.get(e.getKey());
        if (spec == null) {
          String fix = declared.isEmpty()
              ? "rule '" + id + "' takes no parameters: remove it"
              : Ids.didYouMean(e.getKey(), declared.keySet())
                  .orElse("its parameters: " + String.join(", ", declared.keySet()));
          c.problems.addAtKey(
              c.doc,
              Layer.MEANING,
              at,
              "rule '" + id + "' has no parameter '" + e.getKey() + "'",
              fix);
          c.placeholder(at);
          ok = false;
          continue;
        }
        Object v = plain(e.getValue());
        if (v == null) {
          c.placeholder(at);
          ok = false;
          continue;
        }
        ok &= typed(c, at, id, spec, v);
        values.put(e.getKey(), v);
      }
    }
    for (ParameterSpec s : declared.values()) {
      if (s.required()
          && !values.containsKey(s.name())
          && (params == null || !params.has(s.name()))) {
        c.meaning(
            params == null ? p : paramsAt,
            "rule '" + id + "' needs the parameter '" + s.name() + "' (" + describe(s) + ")",
            params == null
                ? "write {rule: " + id + ", parameters: {" + s.name() + ": ...}}"
                : "add " + s.name() + ": ... under parameters");
        ok = false;
      }
    }
    if (!ok) {
      return null;
    }
    if (!accepted(c, p, id, provider, declared, values, scales)) {
      return null;
    }
    return RuleRef.of(id, values);
  }

  /** Whether the provider accepts the parameters on one of the scales; adds a problem if not. */
  private static boolean accepted(
      Ctx c,
      String p,
      String id,
      ScoringRuleProvider provider,
      Map<String, ParameterSpec> declared,
      Map<String, Object> values,
      List<int[]> scales) {
    RuntimeException first = null;
    for (int[] scale : scales) {
      try {
        RuleSettings settings =
            RuleSettings.of(id, CONTEXT, values, provider.parameters(), scale[0], scale[1]);
        if (provider.create(settings) == null) {
          throw new IllegalStateException("the rule's provider made no rule");
        }
        return true;
      } catch (RuntimeException e) {
        if (first == null) {
          first = e;
        }
      }
    }
    if (first instanceof RuleParameterException) {
      String name = ((RuleParameterException) first).parameter();
      int slash = name.indexOf('/');
      String param = slash < 0 ? name : name.substring(0, slash);
      String at = p + "/parameters/" + Document.escape(param)
          + (slash < 0 ? "" : "/" + Document.escape(name.substring(slash + 1)));
      ParameterSpec spec = declared.get(param);
      c.meaning(at, message(first), spec == null ? null : param + ": " + describe(spec));
    } else {
      c.meaning(
          p,
          "rule '" + id + "' (" + provider.getClass().getName() + ") rejects these settings: "
              + message(first),
          "check the rule's parameters in its documentation");
    }
    c.placeholder(p);
    return false;
  }

  private static final String CONTEXT = "rule set file";

  private static String message(RuntimeException e) {
    String m = String.valueOf(e.getMessage());
    return m.startsWith(CONTEXT + ": ") ? m.substring(CONTEXT.length() + 2) : m;
  }

  /** Checks a value against its declared type; adds a problem and returns false if it is wrong. */
  private static boolean typed(Ctx c, String at, String rule, ParameterSpec spec, Object v) {
    String expected;
    switch (spec.type()) {
      case INTEGER:
        if (v instanceof Integer || v instanceof Long || v instanceof java.math.BigInteger) {
          return true;
        }
        expected = "a whole number";
        break;
      case NUMBER:
        if (isNumber(v)) {
          return true;
        }
        expected = "a number (4, 2.5 or \"5/2\")";
        break;
      case BOOLEAN:
        if (v instanceof Boolean) {
          return true;
        }
        expected = "true or false";
        break;
      case STRING:
        if (v instanceof String) {
          return true;
        }
        expected = "a text";
        break;
      case NUMBER_LIST:
        if (v instanceof List) {
          boolean ok = true;
          List<?> list = (List<?>) v;
          for (int i = 0; i < list.size(); i++) {
            if (!isNumber(list.get(i))) {
              bad(c, at + "/" + i, rule, spec, "a number (4, 2.5 or \"5/2\")", list.get(i));
              ok = false;
            }
          }
          return ok;
        }
        expected = "a list of numbers";
        break;
      case NUMBER_MAP:
        if (v instanceof Map) {
          boolean ok = true;
          for (Map.Entry<?, ?> e : ((Map<?, ?>) v).entrySet()) {
            if (!isNumber(e.getValue())) {
              bad(
                  c,
                  at + "/" + Document.escape(String.valueOf(e.getKey())),
                  rule,
                  spec,
                  "a number (4, 2.5 or \"5/2\")",
                  e.getValue());
              ok = false;
            }
          }
          return ok;
        }
        expected = "a map from names to numbers";
        break;
      case MAP:
        if (v instanceof Map) {
          return true;
        }
        expected = "a map";
        break;
      default:
        return true;
    }
    bad(c, at, rule, spec, expected, v);
    return false;
  }

  private static void bad(
      Ctx c, String at, String rule, ParameterSpec spec, String expected, Object v) {
    c.meaning(
        at,
        "parameter '" + spec.name() + "' of rule '" + rule + "' must be " + expected + ", found "
            + show(v),
        spec.name() + ": " + describe(spec));
  }

  private static boolean isNumber(Object v) {
    if (v instanceof Integer
        || v instanceof Long
        || v instanceof java.math.BigInteger
        || v instanceof java.math.BigDecimal) {
      return true;
    }
    if (v instanceof String) {
      try {
        Rational.parse((String) v);
        return true;
      } catch (RuntimeException e) {
        return false;
      }
    }
    return false;
  }

  private static String show(Object v) {
    if (v instanceof String) {
      return Texts.quote((String) v);
    }
    if (v instanceof List) {
      return "a list";
    }
    if (v instanceof Map) {
      return "a mapping";
    }
    return String.valueOf(v);
  }

  private static String describe(ParameterSpec s) {
    String type = s.type().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    String d = s.description().isBlank() ? type : type + ", " + s.description();
    return s.defaultValue().map(v -> d + "; default " + v).orElse(d);
  }

  private static String article(RuleRole role) {
    return (role == RuleRole.AGGREGATION ? "an " : "a ") + role.id();
  }

  /**
   * A tree value as plain data, as {@link RuleRef} holds it: String, Boolean, Integer (else Long,
   * else BigInteger), BigDecimal for decimals, unmodifiable List and insertion-ordered Map;
   * {@code null} for a null (reported by the schema).
   */
  static Object plain(JsonNode n) {
    if (n.isTextual()) {
      return n.asText();
    }
    if (n.isBoolean()) {
      return n.booleanValue();
    }
    if (n.isIntegralNumber()) {
      if (n.canConvertToInt()) {
        return n.intValue();
      }
      if (n.canConvertToLong()) {
        return n.longValue();
      }
      return n.bigIntegerValue();
    }
    if (n.isNumber()) {
      return n.decimalValue();
    }
    if (n.isArray()) {
      List<Object> out = new ArrayList<>();
      for (JsonNode e : n) {
        Object v = plain(e);
        if (v == null) {
          return null;
        }
        out.add(v);
      }
      return Collections.unmodifiableList(out);
    }
    if (n.isObject()) {
      Map<String, Object> out = new LinkedHashMap<>();
      var it = n.fields();
      while (it.hasNext()) {
        var e = it.next();
        Object v = plain(e.getValue());
        if (v == null) {
          return null;
        }
        out.put(e.getKey(), v);
      }
      return Collections.unmodifiableMap(out);
    }
    return null;
  }

  private static List<int[]> scales() {
    Set<String> seen = new LinkedHashSet<>();
    List<int[]> out = new ArrayList<>();
    int[][] first = {{1, 4}, {1, 5}, {0, 4}, {0, 5}};
    for (int[] s : first) {
      seen.add(s[0] + ".." + s[1]);
      out.add(s);
    }
    for (int min = 0; min <= 1; min++) {
      for (int levels = 2; levels <= 10; levels++) {
        int max = min + levels - 1;
        if (seen.add(min + ".." + max)) {
          out.add(new int[] {min, max});
        }
      }
    }
    return List.copyOf(out);
  }
}
