package org.alignkit.spec;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.alignkit.scoring.NodeRules;
import org.alignkit.scoring.RuleRef;
import org.alignkit.scoring.RuleSet;
import org.alignkit.scoring.RuleSets;
import org.alignkit.scoring.spi.AggregationRule;
import org.alignkit.scoring.spi.ParameterSpec;
import org.alignkit.scoring.spi.ParameterType;
import org.alignkit.scoring.spi.RuleRole;
import org.alignkit.scoring.spi.RuleSettings;
import org.alignkit.scoring.spi.ScoringRule;
import org.alignkit.scoring.spi.ScoringRuleProvider;

/**
 * Load, write, load gives an equal rule set, in YAML and JSON: over rule sets built from the
 * built-in rules with valid parameters and node overrides, and over arbitrary plain parameter
 * data (strings YAML would otherwise read as booleans, numbers, nulls, aliases or tags; integers of
 * every size; decimals with trailing zeros; nested lists and maps).
 */
class RuleSetRoundTripProperties {
  /** An aggregation rule taking any map: carries arbitrary plain data through files. */
  static final class DataRule implements ScoringRuleProvider {
    @Override
    public String id() {
      return "data-test";
    }

    @Override
    public RuleRole role() {
      return RuleRole.AGGREGATION;
    }

    @Override
    public List<ParameterSpec> parameters() {
      return List.of(ParameterSpec.optional("data", ParameterType.MAP, null, "anything"));
    }

    @Override
    public ScoringRule create(RuleSettings settings) {
      return (AggregationRule) in -> in.value(0);
    }
  }

  private static final SpecLoader LOADER =
      SpecLoader.builder().addRuleProvider(new DataRule()).build();

  private static final List<String> TRICKY = List.of(
      "true",
      "no",
      "yes",
      "off",
      "null",
      "~",
      "1",
      "-2",
      "0x1F",
      "1e3",
      "0o7",
      ".5",
      "+1",
      "1_000",
      ".inf",
      ".NaN",
      "2024-01-01",
      "",
      " lead",
      "trail ",
      "#hash",
      "a: b",
      "a #b",
      "- x",
      "[x]",
      "{x}",
      "'q'",
      "\"dq\"",
      "*a",
      "&a",
      "!tag",
      "%x",
      "@x",
      "`x",
      "?",
      ":",
      "é à",
      "3/2",
      "line\nbreak",
      "tab\there",
      "D,C",
      "OB-2.1");

  @Property(tries = 300)
  void ruleSetsSurviveYamlAndJson(@ForAll("ruleSets") RuleSet r) {
    assertThat(LOADER.loadRuleSet(RuleSetFilesTest.in(SpecWriter.yaml().write(r)), "r.yaml"))
        .isEqualTo(r);
    assertThat(LOADER.loadRuleSet(RuleSetFilesTest.in(SpecWriter.json().write(r)), "r.json"))
        .isEqualTo(r);
  }

  @Provide
  Arbitrary<RuleSet> ruleSets() {
    Arbitrary<String> ids = Arbitraries.strings()
        .withChars("abcXYZ019.-_")
        .ofMinLength(0)
        .ofMaxLength(12)
        .map(s -> "r" + s);
    Arbitrary<String> texts = Arbitraries.oneOf(
        Arbitraries.of(TRICKY).filter(s -> !s.isBlank()),
        Arbitraries.strings()
            .alpha()
            .numeric()
            .withChars(" :#-'\"é")
            .ofMinLength(1)
            .ofMaxLength(30)
            .filter(s -> !s.isBlank()));
    Arbitrary<String> descriptions = Arbitraries.oneOf(Arbitraries.just(""), texts);
    Arbitrary<NodeRules> levels =
        Combinators.combine(aggregations(), bandings(), missing()).as(NodeRules::of);
    Arbitrary<NodeRules> overrides = Combinators.combine(
            aggregations().optional(), bandings().optional(), missing().optional())
        .as((a, b, m) ->
            NodeRules.builder().aggregation(a).banding(b).missingData(m).build())
        .filter(n -> n.aggregation().isPresent()
            || n.banding().isPresent()
            || n.missingData().isPresent());
    Arbitrary<Map<String, NodeRules>> nodes = Arbitraries.maps(
            Arbitraries.of("OP", "OB", "OP-1", "OB-2", "X.1", "a_b"), overrides)
        .ofMaxSize(4);
    return Combinators.combine(ids, texts, descriptions, levels, levels, levels, nodes)
        .as((id, title, description, c, d, f, n) -> RuleSet.builder()
            .id(id)
            .title(title)
            .description(description)
            .components(c)
            .domains(d)
            .framework(f)
            .putAllNodes(n)
            .build());
  }

  private static Arbitrary<RuleRef> aggregations() {
    Arbitrary<Object> shares =
        Arbitraries.of("1/2", "2/3", 1, new BigDecimal("0.75"), new BigDecimal("0.50"));
    return Arbitraries.oneOf(
        Arbitraries.of(
            RuleRef.of("mean"),
            RuleRef.of("median"),
            RuleRef.of("weakest-link"),
            RuleSets.pefaM2().components().aggregation().orElseThrow()),
        Arbitraries.of(true, false)
            .map(b -> RuleRef.of("weakest-link", Map.of("plus", b, "plusStep", "1/4"))),
        shares.map(s -> RuleRef.of("staged", Map.of("share", s))),
        Arbitraries.maps(
                Arbitraries.of("OP-1", "OB-2", "x"), Arbitraries.integers().between(1, 9))
            .ofMinSize(1)
            .ofMaxSize(3)
            .map(w -> RuleRef.of("weighted-mean", Map.of("weights", w))),
        Arbitraries.integers()
            .between(1, 4)
            .map(k -> RuleRef.of("k-of-n", Map.of("k", k, "threshold", 3, "n", 5))),
        data(2).map(d -> RuleRef.of("data-test", Map.of("data", d))));
  }

  private static Arbitrary<RuleRef> bandings() {
    return Arbitraries.oneOf(
        Arbitraries.of(RuleRef.of("floor"), RuleRef.of("nearest"), RuleRef.of("gdhi")),
        Arbitraries.just(RuleRef.of(
            "cut-points",
            Map.of(
                "cutPoints", List.of("3/2", new BigDecimal("2.5"), 3, new BigDecimal("4.50"))))));
  }

  private static Arbitrary<RuleRef> missing() {
    return Arbitraries.oneOf(
        Arbitraries.of(RuleRef.of("exclude"), RuleRef.of("lowest"), RuleRef.of("fail")),
        Arbitraries.of("1/2", "1", new BigDecimal("0.25"))
            .map(s -> RuleRef.of("minimum-coverage", Map.of("share", s))));
  }

  /** Plain data as the reader builds it: maps of scalars, lists and nested maps. */
  private static Arbitrary<Map<String, Object>> data(int depth) {
    Arbitrary<String> keys = Arbitraries.oneOf(
        Arbitraries.of(TRICKY), Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(6));
    Arbitrary<Object> scalars = Arbitraries.oneOf(
        Arbitraries.of(TRICKY).map(s -> (Object) s),
        Arbitraries.strings()
            .withCharRange(' ', '~')
            .withChars('é', 'ü', '中', '\n')
            .ofMaxLength(8)
            .map(s -> (Object) s),
        Arbitraries.of(true, false).map(b -> (Object) b),
        Arbitraries.integers().map(i -> (Object) i),
        Arbitraries.longs().filter(l -> l != (int) (long) l).map(l -> (Object) l),
        Arbitraries.bigIntegers()
            .between(BigInteger.TWO.pow(63), BigInteger.TWO.pow(200))
            .map(b -> (Object) b),
        Combinators.combine(
                Arbitraries.longs().between(-1_000_000, 1_000_000),
                Arbitraries.integers().between(1, 6))
            .as((u, s) -> (Object) BigDecimal.valueOf(u, s)));
    Arbitrary<Object> values = depth == 0
        ? scalars
        : Arbitraries.frequencyOf(
            net.jqwik.api.Tuple.of(6, scalars),
            net.jqwik.api.Tuple.of(
                1, scalars.list().ofMaxSize(3).map(l -> (Object) List.copyOf(l))),
            net.jqwik.api.Tuple.of(1, data(depth - 1).map(m -> (Object) m)));
    return Arbitraries.maps(keys, values).ofMaxSize(4).map(m -> {
      Map<String, Object> out = new LinkedHashMap<>(m);
      return java.util.Collections.unmodifiableMap(out);
    });
  }
}
