package org.alignkit.spec;

import static org.alignkit.spec.Problems.of;
import static org.alignkit.spec.Problems.single;
import static org.alignkit.spec.Problems.where;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.alignkit.core.Assessment;
import org.alignkit.core.Framework;
import org.alignkit.core.RatingStatus;
import org.alignkit.core.StakeholderKind;
import org.alignkit.spec.SpecProblem.Layer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Assessment files: schema and meaning checks, located at the right line, column and pointer. */
class AssessmentFilesTest {
  /** Lines 1-7; the first rating starts on line 8. */
  static final String HEAD = "apiVersion: alignkit/v1\n"
      + "kind: Assessment\n"
      + "framework: {id: test-framework, version: \"1.0\"}\n"
      + "country: XKV\n"
      + "round: {id: \"2024\", date: 2024-03-14}\n"
      + "group: {id: government, kinds: [government]}\n"
      + "ratings:\n";

  static final SpecLoader LOADER = TestFiles.loader();

  @TempDir
  Path dir;

  private Path file(String body) {
    return TestFiles.write(dir, "a.yaml", body);
  }

  @Test
  void aValidAssessmentLoadsWithEveryField() {
    Assessment a = LOADER.loadAssessment(TestFiles.resource("government.yaml"));
    assertThat(a.frameworkId()).isEqualTo("test-framework");
    assertThat(a.country()).isEqualTo("XKV");
    assertThat(a.group().kinds()).containsExactly(StakeholderKind.GOVERNMENT);
    assertThat(a.respondents()).containsExactly("Ministry of Health");
    assertThat(a.ratings()).hasSize(4);
    assertThat(a.rating("OP-1.1").orElseThrow().evidence())
        .hasValue("Joint annual review report 2023");
    assertThat(a.rating("OB-2.2").orElseThrow().status()).isEqualTo(RatingStatus.NO_INFORMATION);
    assertThat(LOADER.validate(TestFiles.resource("government.yaml"))).isEmpty();
  }

  @Test
  void aMergedGroupKeepsItsNameAndKinds() {
    Assessment a = LOADER.loadAssessment(TestFiles.resource("civil-society.yaml"));
    assertThat(a.group().kinds())
        .containsExactlyInAnyOrder(StakeholderKind.CIVIL_SOCIETY, StakeholderKind.PRIVATE_SECTOR);
    assertThat(a.group().name().get("fr")).isEqualTo("Société civile et secteur privé");
    assertThat(a.rating("OB-2.1").orElseThrow().status()).isEqualTo(RatingStatus.NOT_APPLICABLE);
  }

  @Test
  void aMisspeltIndicatorIsLocatedWithADidYouMean() {
    Path f = file(HEAD + "  - indicator: OP-11\n    level: 3\n");
    SpecProblem p = single(() -> LOADER.loadAssessment(f));
    assertThat(where(p)).isEqualTo("8:16 /ratings/0/indicator");
    assertThat(p.layer()).isEqualTo(Layer.MEANING);
    assertThat(p.message()).isEqualTo("framework test-framework 1.0 has no indicator 'OP-11'");
    assertThat(p.fix()).hasValue("did you mean OP-1.1?");
    assertThat(p.location().file()).isEqualTo(f.toString());
  }

  @Test
  void aLevelOffTheScaleGivesTheAllowedRange() {
    SpecProblem p =
        single(() -> LOADER.loadAssessment(file(HEAD + "  - indicator: OP-1.1\n    level: 7\n")));
    assertThat(where(p)).isEqualTo("9:12 /ratings/0/level");
    assertThat(p.layer()).isEqualTo(Layer.MEANING);
    assertThat(p.message()).isEqualTo("level 7 of OP-1.1 is not on the scale");
    assertThat(p.fix())
        .hasValueSatisfying(fix -> assertThat(fix).startsWith("use a level from 1 to 5"));
  }

  @Test
  void levelZeroIsASchemaError() {
    SpecProblem p =
        single(() -> LOADER.loadAssessment(file(HEAD + "  - indicator: OP-1.1\n    level: 0\n")));
    assertThat(where(p)).isEqualTo("9:12 /ratings/0/level");
    assertThat(p.layer()).isEqualTo(Layer.SCHEMA);
    assertThat(p.message()).isEqualTo("0 is out of range: it must be at least 1");
  }

  @Test
  void aDuplicateRatingIsReportedAtTheSecond() {
    SpecProblem p = single(() -> LOADER.loadAssessment(
        file(HEAD + "  - indicator: OP-1.1\n    level: 3\n  - indicator: OP-1.1\n    level: 4\n")));
    assertThat(where(p)).isEqualTo("10:16 /ratings/1/indicator");
    assertThat(p.message()).isEqualTo("indicator OP-1.1 is rated twice (also at /ratings/0)");
  }

  @Test
  void aRatingNeedsALevelOrAStatusButNotBoth() {
    SpecProblem both = single(() -> LOADER.loadAssessment(
        file(HEAD + "  - indicator: OP-1.1\n    level: 3\n    status: no-information\n")));
    assertThat(both.layer()).isEqualTo(Layer.SCHEMA);
    assertThat(both.message()).isEqualTo("give either 'level' or 'status', not both");
    assertThat(where(both)).isEqualTo("8:5 /ratings/0");
    SpecProblem neither = single(
        () -> LOADER.loadAssessment(file(HEAD + "  - indicator: OP-1.1\n    comment: hmm\n")));
    assertThat(neither.message()).isEqualTo("give 'level' or 'status'");
    assertThat(where(neither)).isEqualTo("8:5 /ratings/0");
  }

  @Test
  void anUnknownFieldIsLocatedAtItsKeyWithADidYouMean() {
    SpecProblem p = single(() -> LOADER.loadAssessment(
        file(HEAD + "  - indicator: OP-1.1\n    level: 3\n    evidense: report\n")));
    assertThat(where(p)).isEqualTo("10:5 /ratings/0/evidense");
    assertThat(p.layer()).isEqualTo(Layer.SCHEMA);
    assertThat(p.message()).isEqualTo("unknown field 'evidense'");
    assertThat(p.fix()).hasValue("did you mean evidence?");
  }

  @Test
  void threeMistakesGiveThreeProblemsInLineOrder() {
    Path f = file(HEAD
        + "  - indicator: OP-11\n" // 8: unknown indicator
        + "    level: 3\n"
        + "  - indicator: OP-1.2\n"
        + "    level: 9\n" // 11: off the scale
        + "  - indicator: OB-2.1\n"
        + "    level: 2\n"
        + "    comentary: late\n"); // 14: unknown field
    List<SpecProblem> problems = of(() -> LOADER.loadAssessment(f));
    assertThat(problems)
        .extracting(Problems::where)
        .containsExactly(
            "8:16 /ratings/0/indicator", "11:12 /ratings/1/level", "14:5 /ratings/2/comentary");
    assertThat(problems)
        .extracting(SpecProblem::layer)
        .containsExactly(Layer.MEANING, Layer.MEANING, Layer.SCHEMA);
    assertThat(problems.get(2).fix()).hasValue("did you mean comment?");
    assertThat(LOADER.validate(f)).isEqualTo(problems);
  }

  @Test
  void theExceptionPrintsOneLinePerProblemLikeACompiler() {
    Path f =
        file(HEAD + "  - indicator: OP-11\n    level: 3\n  - indicator: OP-1.2\n    level: 9\n");
    SpecException e = org.assertj.core.api.Assertions.catchThrowableOfType(
        SpecException.class, () -> LOADER.loadAssessment(f));
    assertThat(e.getMessage().split("\n"))
        .containsExactly(
            f
                + ":8:16: /ratings/0/indicator: framework test-framework 1.0 has no indicator 'OP-11' (did you mean OP-1.1?)",
            f
                + ":11:12: /ratings/1/level: level 9 of OP-1.2 is not on the scale (use a level from 1 to 5, or not-applicable / no-information)");
  }

  @Test
  void anotherVersionOfTheFrameworkIsAMismatch() {
    String body = HEAD.replace("version: \"1.0\"", "version: \"2.0\"")
        + "  - indicator: OP-1.1\n    level: 3\n";
    SpecProblem p = single(() -> LOADER.loadAssessment(file(body)));
    assertThat(where(p)).isEqualTo("3:42 /framework/version");
    assertThat(p.message())
        .isEqualTo("the assessment answers version 2.0 of test-framework, not version 1.0");
  }

  @Test
  void anUnknownFrameworkIsReported() {
    String body =
        HEAD.replace("id: test-framework", "id: other") + "  - indicator: OP-1.1\n    level: 3\n";
    SpecProblem p = single(() ->
        SpecLoader.defaults().withFramework(TestFiles.framework()).loadAssessment(file(body)));
    assertThat(where(p)).isEqualTo("3:12 /framework");
    assertThat(p.message()).isEqualTo("framework other 1.0 is not known");
    assertThat(p.fix()).hasValueSatisfying(fix -> assertThat(fix).contains("test-framework 1.0"));
  }

  @Test
  void anExplicitFrameworkIsUsedEvenWhenTheFileNamesAnother() {
    String body =
        HEAD.replace("id: test-framework", "id: other") + "  - indicator: OP-1.1\n    level: 3\n";
    Framework f = TestFiles.framework();
    SpecProblem p = single(() -> SpecLoader.defaults().loadAssessment(file(body), f));
    assertThat(where(p)).isEqualTo("3:17 /framework/id");
    assertThat(p.message())
        .isEqualTo("the assessment answers framework 'other', not 'test-framework'");
  }

  @Test
  void aMisspeltGroupKindGetsADidYouMean() {
    String body = HEAD.replace("kinds: [government]", "kinds: [goverment]")
        + "  - indicator: OP-1.1\n    level: 3\n";
    SpecProblem p = single(() -> LOADER.loadAssessment(file(body)));
    assertThat(where(p)).isEqualTo("6:33 /group/kinds/0");
    assertThat(p.layer()).isEqualTo(Layer.SCHEMA);
    assertThat(p.message()).isEqualTo("'goverment' is not allowed here");
    assertThat(p.fix()).hasValue("did you mean government?");
  }

  @Test
  void anUnquotedVersionIsAskedToBeQuoted() {
    String body =
        HEAD.replace("version: \"1.0\"", "version: 1.0") + "  - indicator: OP-1.1\n    level: 3\n";
    SpecProblem p = single(() -> LOADER.loadAssessment(file(body)));
    assertThat(where(p)).isEqualTo("3:42 /framework/version");
    assertThat(p.message()).isEqualTo("expected a text, found the number 1.0");
    assertThat(p.fix()).hasValue("put the value in quotes: \"1.0\"");
  }

  @Test
  void aLowerCaseCountryIsASchemaErrorThatSaysWhatIsExpected() {
    String body =
        HEAD.replace("country: XKV", "country: xkv") + "  - indicator: OP-1.1\n    level: 3\n";
    SpecProblem p = single(() -> LOADER.loadAssessment(file(body)));
    assertThat(where(p)).isEqualTo("4:10 /country");
    assertThat(p.message()).isEqualTo("'xkv' does not have the expected form");
    assertThat(p.fix())
        .hasValueSatisfying(fix -> assertThat(fix).contains("alpha-3").contains("capitals"));
  }

  @Test
  void anUnassignedCountryCodeIsAMeaningError() {
    String body =
        HEAD.replace("country: XKV", "country: ABC") + "  - indicator: OP-1.1\n    level: 3\n";
    SpecProblem p = single(() -> LOADER.loadAssessment(file(body)));
    assertThat(where(p)).isEqualTo("4:10 /country");
    assertThat(p.layer()).isEqualTo(Layer.MEANING);
    assertThat(p.message()).isEqualTo("'ABC' is not an ISO 3166-1 alpha-3 country code");
  }

  @Test
  void aDateThatIsNotOnTheCalendarIsReported() {
    String body =
        HEAD.replace("2024-03-14", "2024-02-30") + "  - indicator: OP-1.1\n    level: 3\n";
    SpecProblem p = single(() -> LOADER.loadAssessment(file(body)));
    assertThat(where(p)).isEqualTo("5:27 /round/date");
    assertThat(p.message()).isEqualTo("'2024-02-30' is not a date of the calendar");
  }

  @Test
  void aLevelForAnIndicatorThatDoesNotApplyToTheGroupIsReported() {
    String body =
        HEAD.replace("{id: government, kinds: [government]}", "{id: cso, kinds: [civil-society]}")
            + "  - indicator: OB-2.1\n    level: 3\n";
    SpecProblem p = single(() -> LOADER.loadAssessment(file(body)));
    assertThat(where(p)).isEqualTo("9:12 /ratings/0/level");
    assertThat(p.message())
        .isEqualTo("indicator OB-2.1 does not apply to group 'cso' (civil-society)");
  }

  @Test
  void fundingChannelsThatContradictTheKindAreReportedInTheGroup() {
    String body = HEAD.replace(
            "{id: government, kinds: [government]}",
            "{id: dp, kinds: [partner-on-budget], fundingChannels: [3]}")
        + "  - indicator: OP-1.1\n    level: 3\n";
    SpecProblem p = single(() -> LOADER.loadAssessment(file(body)));
    assertThat(where(p)).isEqualTo("6:62 /group/fundingChannels");
    assertThat(p.fix()).hasValue("channels 1 and 2 are on budget, channel 3 off budget");
  }

  @Test
  void jsonFilesAreLocatedToo() {
    String json = "{\n"
        + "  \"apiVersion\": \"alignkit/v1\",\n"
        + "  \"kind\": \"Assessment\",\n"
        + "  \"framework\": {\"id\": \"test-framework\", \"version\": \"1.0\"},\n"
        + "  \"country\": \"XKV\",\n"
        + "  \"round\": {\"id\": \"2024\", \"date\": \"2024-03-14\"},\n"
        + "  \"group\": {\"id\": \"government\", \"kinds\": [\"government\"]},\n"
        + "  \"ratings\": [\n"
        + "    {\"indicator\": \"OB-21\", \"level\": 3}\n"
        + "  ]\n"
        + "}\n";
    Path f = TestFiles.write(dir, "a.json", json);
    SpecProblem p = single(() -> LOADER.loadAssessment(f));
    assertThat(where(p)).isEqualTo("9:19 /ratings/0/indicator");
    assertThat(p.fix()).hasValue("did you mean OB-2.1?");
  }
}
