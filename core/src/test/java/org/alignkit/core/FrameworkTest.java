package org.alignkit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FrameworkTest {
  @Test
  void looksUpNodesAndParents() {
    Framework f = Fixtures.framework();
    assertThat(f.indicators())
        .extracting(Indicator::id)
        .containsExactly("OP-1.1", "OP-1.2", "OB-2.1", "OB-2.2");
    assertThat(f.indicator("OB-2.1")).get().extracting(Indicator::id).isEqualTo("OB-2.1");
    assertThat(f.indicator("OB-2")).isEmpty();
    assertThat(f.component("OB-2")).isPresent();
    assertThat(f.parent("OB-2.1")).get().extracting(FrameworkNode::id).isEqualTo("OB-2");
    assertThat(f.parent("OB")).get().isSameAs(f);
    assertThat(f.domainOf("OB-2.2")).get().extracting(Domain::id).isEqualTo("OB");
    assertThat(f.domain("OB").orElseThrow().weight()).contains(new BigDecimal("2"));
  }

  @Test
  void indicatorDescriptorOverridesScale() {
    Framework f = Fixtures.framework();
    Indicator i = f.indicator("OB-2.2").orElseThrow();
    assertThat(i.descriptor(1, f.scale()).get("fr")).isEqualTo("Systèmes parallèles");
    assertThat(i.descriptor(2, f.scale()).get("fr")).isEqualTo("Niveau 2");
    assertThatThrownBy(() -> i.descriptor(6, f.scale()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void reportsEveryStructuralProblemAtOnce() {
    ModelException e = catchThrowableOfType(
        ModelException.class,
        () -> Framework.builder()
            .id("bad")
            .version("1")
            .title(LocalizedText.of("Bad", "Mauvais"))
            .languages(List.of("en", "fr"))
            .scale(Fixtures.scale())
            .addDomains(Domain.builder()
                .id("D")
                .title(LocalizedText.en("English only"))
                .addComponents(Component.builder()
                    .id("C")
                    .title(LocalizedText.of("C", "C"))
                    .weight(BigDecimal.ZERO)
                    .addIndicators(
                        Fixtures.indicator("I"),
                        Indicator.builder()
                            .id("I")
                            .title(LocalizedText.of("dup", "dup"))
                            .putLevelDescriptors(7, LocalizedText.of("x", "x"))
                            .build())
                    .build())
                .build())
            .build());
    assertThat(e.problems())
        .extracting(ModelProblem::code, ModelProblem::pointer)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple(
                ProblemCode.MISSING_TRANSLATION, "/domains/0/title"),
            org.assertj.core.groups.Tuple.tuple(
                ProblemCode.WEIGHT_NOT_POSITIVE, "/domains/0/components/0/weight"),
            org.assertj.core.groups.Tuple.tuple(
                ProblemCode.DUPLICATE_ID, "/domains/0/components/0/indicators/1/id"),
            org.assertj.core.groups.Tuple.tuple(
                ProblemCode.LEVEL_OUT_OF_SCALE, "/domains/0/components/0/indicators/1/levels/7"));
    assertThat(e.getMessage()).startsWith("4 problems in framework bad 1:");
    assertThat(e.problems().get(0).fix()).isPresent();
  }

  @Test
  void scaleMustBeContiguousFromOne() {
    LocalizedText t = LocalizedText.en("x");
    assertThatThrownBy(() -> Scale.of(List.of(Level.of(1, t, t), Level.of(3, t, t))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("position 2 holds level 3");
    assertThatThrownBy(() -> Scale.of(List.of(Level.of(1, t, t))))
        .hasMessageContaining("at least 2 levels");
  }

  @Test
  void frenchFrameworkRequiresFrenchInScale() {
    LocalizedText en = LocalizedText.en("x");
    ModelException e = catchThrowableOfType(
        ModelException.class,
        () -> Framework.builder()
            .id("f")
            .version("1")
            .title(LocalizedText.of(Map.of("en", "t", "fr", "t")))
            .languages(List.of("en", "fr"))
            .scale(Scale.of(List.of(Level.of(1, en, en), Level.of(2, en, en))))
            .addDomains(Fixtures.framework().domains().get(0))
            .build());
    assertThat(e.problems()).hasSize(4).allMatch(p -> p.code() == ProblemCode.MISSING_TRANSLATION);
    assertThat(e.problems().get(0).toString())
        .isEqualTo(
            "/scale/levels/0/name: the text has no French (fr) translation (add 'fr:' with the French text)");
  }
}
