package org.alignkit.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple.Tuple2;
import org.alignkit.core.Assessment;
import org.alignkit.core.Component;
import org.alignkit.core.Domain;
import org.alignkit.core.Exercise;
import org.alignkit.core.Framework;
import org.alignkit.core.FrameworkNode;
import org.alignkit.core.Indicator;
import org.alignkit.core.ModelProblem;
import org.alignkit.core.Rating;

/** Properties of the core model over the test kit's generated values. */
class ModelProperties {

  @Provide
  Arbitrary<Framework> frameworks() {
    return AlignKitArbitraries.frameworks();
  }

  @Provide
  Arbitrary<Tuple2<Framework, Assessment>> pairs() {
    return AlignKitArbitraries.frameworksWithAssessments();
  }

  @Provide
  Arbitrary<MutatedAssessment> mutated() {
    return AlignKitArbitraries.mutatedAssessments();
  }

  @Provide
  Arbitrary<Tuple2<Framework, Exercise>> exercises() {
    return AlignKitArbitraries.frameworksWithExercises();
  }

  @Property(tries = 300)
  void rebuildingAFrameworkFromItsPartsKeepsEveryValue(@ForAll("frameworks") Framework f) {
    Framework copy = Framework.builder()
        .id(f.id())
        .version(f.version())
        .title(f.title())
        .description(f.description())
        .provenance(f.provenance())
        .languages(f.languages())
        .scale(f.scale())
        .addAllDomains(f.domains())
        .build();
    assertThat(copy).isEqualTo(f).hasSameHashCodeAs(f);
    assertThat(copy.indicators()).isEqualTo(f.indicators());
    assertThat(copy.languages()).isEqualTo(f.languages());
    assertThat(copy.scale().levels()).isEqualTo(f.scale().levels());
  }

  @Property(tries = 300)
  void lookupsAgreeWithALinearSearch(@ForAll("frameworks") Framework f) {
    for (Domain d : f.domains()) {
      assertThat(f.domain(d.id())).containsSame(d);
      assertThat(f.parent(d.id())).containsSame(f);
      for (Component c : d.components()) {
        assertThat(f.component(c.id())).containsSame(c);
        assertThat(f.parent(c.id())).containsSame(d);
        for (Indicator i : c.indicators()) {
          assertThat(f.indicator(i.id())).containsSame(i);
          assertThat(f.parent(i.id())).containsSame(c);
          assertThat(f.domainOf(i.id())).containsSame(d);
        }
      }
    }
    for (Indicator i : f.indicators()) {
      Optional<Indicator> linear = f.domains().stream()
          .flatMap(d -> d.components().stream())
          .flatMap(c -> c.indicators().stream())
          .filter(x -> x.id().equals(i.id()))
          .findFirst();
      assertThat(f.indicator(i.id())).isEqualTo(linear);
    }
    assertThat(f.indicator(f.id() + "-missing")).isEmpty();
    assertThat(f.node(f.domains().get(0).id()))
        .map(FrameworkNode::id)
        .contains(f.domains().get(0).id());
  }

  @Property(tries = 500)
  void everyGeneratedAssessmentPassesTheCheck(@ForAll("pairs") Tuple2<Framework, Assessment> p) {
    Framework f = p.get1();
    Assessment a = p.get2();
    assertThat(f.check(a)).isEmpty();
    for (Rating r : a.ratings()) {
      assertThat(a.rating(r.indicatorId())).contains(r);
      assertThat(f.indicator(r.indicatorId())).isPresent();
    }
  }

  @Property(tries = 400)
  void everyMutatedAssessmentIsRejectedWithTheRightProblem(@ForAll("mutated") MutatedAssessment m) {
    List<ModelProblem> problems = m.framework().check(m.assessment());
    assertThat(problems).extracting(ModelProblem::code).contains(m.mutation().expected());
    if (!m.indicatorId().isEmpty()) {
      assertThat(problems)
          .filteredOn(pr -> pr.code() == m.mutation().expected())
          .extracting(pr -> pr.indicatorId().orElse(""))
          .contains(m.indicatorId());
    }
    assertThat(problems).allSatisfy(pr -> assertThat(pr.pointer()).startsWith("/"));
  }

  @Property(tries = 200)
  void generatedExercisesHoldDistinctGroupsThatFit(
      @ForAll("exercises") Tuple2<Framework, Exercise> p) {
    Exercise e = p.get2();
    assertThat(e.groups()).extracting(g -> g.id()).doesNotHaveDuplicates();
    for (Assessment a : e.assessments()) {
      assertThat(p.get1().check(a)).isEmpty();
      assertThat(e.assessment(a.group().id())).containsSame(a);
    }
  }
}
