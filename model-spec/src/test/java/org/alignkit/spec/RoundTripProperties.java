package org.alignkit.spec;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple.Tuple2;
import org.alignkit.core.Assessment;
import org.alignkit.core.ConsensusRecord;
import org.alignkit.core.Exercise;
import org.alignkit.core.Framework;
import org.alignkit.testing.AlignKitArbitraries;

/** Load, write, load gives an equal value, in YAML and JSON, over the test kit's generated values. */
class RoundTripProperties {
  private static final SpecLoader LOADER = SpecLoader.defaults();

  @Property(tries = 200)
  void frameworksSurviveYaml(@ForAll("frameworks") Framework f) {
    assertThat(LOADER.loadFramework(in(SpecWriter.yaml().write(f)), "f.yaml")).isEqualTo(f);
  }

  @Property(tries = 200)
  void frameworksSurviveJson(@ForAll("frameworks") Framework f) {
    assertThat(LOADER.loadFramework(in(SpecWriter.json().write(f)), "f.json")).isEqualTo(f);
  }

  @Property(tries = 200)
  void assessmentsSurviveYamlAndJson(@ForAll("pairs") Tuple2<Framework, Assessment> p) {
    SpecLoader loader = LOADER.withFramework(p.get1());
    assertThat(loader.loadAssessment(in(SpecWriter.yaml().write(p.get2())), "a.yaml"))
        .isEqualTo(p.get2());
    assertThat(loader.loadAssessment(in(SpecWriter.json().write(p.get2())), "a.json"))
        .isEqualTo(p.get2());
  }

  @Property(tries = 100)
  void exercisesSurviveYamlAndJson(@ForAll("exercises") Tuple2<Framework, Exercise> p) {
    SpecLoader loader = LOADER.withFramework(p.get1());
    assertThat(loader.loadExercise(in(SpecWriter.yaml().write(p.get2())), "e.yaml"))
        .isEqualTo(p.get2());
    assertThat(loader.loadExercise(in(SpecWriter.json().write(p.get2())), "e.json"))
        .isEqualTo(p.get2());
  }

  @Example
  void theTestFilesSurviveBothFormats() {
    SpecLoader loader = TestFiles.loader();
    Framework f = TestFiles.framework();
    ConsensusRecord c = loader.loadConsensus(TestFiles.resource("consensus.yaml"));
    Exercise e = loader.loadExercise(TestFiles.resource("exercise.yaml"));
    for (SpecWriter w : new SpecWriter[] {SpecWriter.yaml(), SpecWriter.json()}) {
      String ext = "." + w.format().extension();
      assertThat(loader.loadFramework(in(w.write(f)), "f" + ext)).isEqualTo(f);
      assertThat(loader.loadConsensus(in(w.write(c)), "c" + ext)).isEqualTo(c);
      assertThat(loader.loadExercise(in(w.write(e)), "e" + ext)).isEqualTo(e);
    }
    assertThat(SpecWriter.yaml().write(f))
        .startsWith(
            "# yaml-language-server: $schema=https://alignkit.org/schemas/v1/framework.schema.json\napiVersion: alignkit/v1\nkind: Framework\nid: test-framework\nversion: \"1.0\"\n");
  }

  @Provide
  Arbitrary<Framework> frameworks() {
    return AlignKitArbitraries.frameworks();
  }

  @Provide
  Arbitrary<Tuple2<Framework, Assessment>> pairs() {
    return AlignKitArbitraries.frameworksWithAssessments();
  }

  @Provide
  Arbitrary<Tuple2<Framework, Exercise>> exercises() {
    return AlignKitArbitraries.frameworksWithExercises();
  }

  private static ByteArrayInputStream in(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }
}
