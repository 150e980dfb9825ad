package org.alignkit.spec;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.alignkit.core.Framework;
import org.alignkit.core.Indicator;
import org.alignkit.core.LocalizedText;
import org.junit.jupiter.api.Test;

/** The bundled reference framework and the examples under {@code examples/}. */
class BundledDataTest {
  static final Path EXAMPLES = Path.of("..", "examples");

  @Test
  void theBundledFrameworkHasAtLeast36IndicatorsEachWithFiveLevelsInEnglishAndFrench() {
    Framework f = SpecLoader.defaults().bundledFramework();
    assertThat(f.domains()).hasSize(3);
    assertThat(f.components()).hasSizeGreaterThanOrEqualTo(12);
    assertThat(f.indicators()).hasSizeGreaterThanOrEqualTo(36);
    assertThat(f.scale().max()).isEqualTo(5);
    for (Indicator i : f.indicators()) {
      assertThat(i.levelDescriptors()).as("levels of %s", i.id()).containsOnlyKeys(1, 2, 3, 4, 5);
      for (LocalizedText t : i.levelDescriptors().values()) {
        assertThat(t.languages()).as("languages of %s", i.id()).contains("en", "fr");
      }
    }
    assertThat(f.provenance().official()).isFalse();
    assertThat(SpecLoader.defaults().bundledFramework()).isSameAs(f);
  }

  /** Scoring compares rating ids with the framework's by reference first: the loader shares them. */
  @Test
  void loadedRatingsHoldTheFrameworksOwnIdStrings() {
    Framework f = SpecLoader.defaults().bundledFramework();
    org.alignkit.core.Exercise e =
        SpecLoader.defaults().loadExercise(EXAMPLES.resolve("kivara/2026/exercise.yaml"));
    java.util.Map<String, String> ids = new java.util.HashMap<>();
    f.indicators().forEach(i -> ids.put(i.id(), i.id()));
    int compared = 0;
    for (org.alignkit.core.Assessment a : e.assessments()) {
      for (org.alignkit.core.Rating r : a.ratings()) {
        assertThat(r.indicatorId())
            .as("rating of %s", r.indicatorId())
            .isSameAs(ids.get(r.indicatorId()));
        compared++;
      }
    }
    assertThat(compared).isGreaterThan(100);
  }

  @Test
  void everyExampleValidatesAgainstTheBundledFramework() throws IOException {
    List<Path> files;
    try (Stream<Path> s = Files.walk(EXAMPLES)) {
      // The agreement example is a units x coders table, not an AlignKit file.
      files = s.filter(p -> SpecFormat.of(p).isPresent())
          .filter(p -> !p.startsWith(EXAMPLES.resolve("agreement")))
          .sorted()
          .collect(Collectors.toList());
    }
    assertThat(files).isNotEmpty();
    for (Path file : files) {
      assertThat(SpecLoader.defaults().validate(file))
          .as("problems of %s", file)
          .isEmpty();
    }
  }

  @Test
  void everyExampleRoundLoadsAsAnExercise() throws IOException {
    List<Path> rounds;
    try (Stream<Path> s = Files.walk(EXAMPLES)) {
      rounds = s.filter(p -> p.getFileName().toString().equals("exercise.yaml"))
          .map(Path::getParent)
          .sorted()
          .collect(Collectors.toList());
    }
    assertThat(rounds).isNotEmpty();
    for (Path round : rounds) {
      assertThat(SpecLoader.defaults().loadExercise(round).assessments())
          .as("groups of %s", round)
          .hasSizeGreaterThanOrEqualTo(5);
    }
  }
}
