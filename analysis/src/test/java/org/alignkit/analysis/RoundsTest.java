package org.alignkit.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.List;
import org.alignkit.analysis.RoundMismatchException.Kind;
import org.alignkit.analysis.progress.Progress;
import org.alignkit.analysis.progress.ProgressReport;
import org.alignkit.analysis.progress.RoundData;
import org.alignkit.core.AdministrativeUnit;
import org.alignkit.core.AlignKitException;
import org.alignkit.core.Assessment;
import org.alignkit.core.ConsensusRecord;
import org.alignkit.core.Exercise;
import org.alignkit.core.Framework;
import org.alignkit.core.Round;
import org.junit.jupiter.api.Test;

/**
 * Inputs that do not belong together are refused with a typed exception that lists every
 * mismatch: a consensus record of another round, country or framework; a baseline of another
 * country or unit, or not dated before the current round.
 */
class RoundsTest {
  static final Framework FW = RoundAnalyserTest.FW;
  static final Exercise R2024 = RoundAnalyserTest.ROUND;

  /** The round with another country, round and date (and sub-national unit). */
  static Exercise moved(Exercise e, String country, String round, LocalDate date, boolean unit) {
    return Exercise.of(e.assessments().stream()
        .map(a -> {
          Assessment.Builder b = Assessment.builder()
              .frameworkId(a.frameworkId())
              .frameworkVersion(a.frameworkVersion())
              .country(country)
              .round(Round.of(round, date))
              .group(a.group())
              .addAllRatings(a.ratings());
          if (unit) {
            b.subnationalUnit(AdministrativeUnit.of("XKV-N", "Nord"));
          }
          return b.build();
        })
        .toList());
  }

  static final Exercise R2026 = moved(R2024, "XKV", "2026", LocalDate.of(2026, 3, 1), false);

  static ConsensusRecord consensusOf(Exercise e) {
    return ConsensusRecord.builder()
        .agreed(Assessment.builder()
            .frameworkId(FW.id())
            .frameworkVersion(FW.version())
            .country(e.country())
            .subnationalUnit(e.subnationalUnit())
            .round(e.round())
            .group(ConsensusRecord.consensusGroup())
            .addAllRatings(e.assessments().get(0).ratings())
            .build())
        .build();
  }

  @Test
  void aBaselineAndALaterRoundOfOneCountryBelongTogether() {
    Rounds.requireProgression(FW, R2024, FW, R2026);
    ProgressReport r = Progress.between(RoundData.of(FW, R2024), RoundData.of(FW, R2026));
    assertThat(r.baselineRoundId()).isEqualTo("2024");
    assertThat(r.groups()).hasSize(5);
  }

  @Test
  void reversedRoundsAreRefused() {
    RoundMismatchException e = catchThrowableOfType(
        RoundMismatchException.class,
        () -> Progress.between(RoundData.of(FW, R2026), RoundData.of(FW, R2024)));
    assertThat(e).isInstanceOf(AlignKitException.class);
    assertThat(e.kinds()).containsExactly(Kind.ORDER);
    assertThat(e.reasons())
        .containsExactly("the baseline round 2026 (2026-03-01) is not dated before the current"
            + " round 2024 (2024-03-14): give the earlier round first");
    // Rounds of one date are not a series either.
    assertThatThrownBy(() -> Rounds.requireProgression(FW, R2024, FW, R2024))
        .isInstanceOf(RoundMismatchException.class);
    // Progress.compare itself compares any two rounds, in either order.
    assertThat(
            Progress.compare(RoundData.of(FW, R2026), RoundData.of(FW, R2024)).groups())
        .hasSize(5);
  }

  @Test
  void everyMismatchIsListed() {
    Exercise elsewhere = moved(R2024, "XKB", "2023", LocalDate.of(2023, 1, 1), true);
    RoundMismatchException e = catchThrowableOfType(
        RoundMismatchException.class, () -> Rounds.requireProgression(FW, R2024, FW, elsewhere));
    assertThat(e.kinds()).containsExactly(Kind.COUNTRY, Kind.UNIT, Kind.ORDER);
    assertThat(e.reasons().get(0))
        .isEqualTo("the baseline is of country XKV, the current round of XKB: progress compares"
            + " rounds of one country");
    assertThat(e.reasons().get(1))
        .isEqualTo("the baseline is of the whole country, the current round of unit XKV-N:"
            + " progress compares rounds of one unit");
    assertThat(e.getMessage()).isEqualTo(String.join("; ", e.reasons()));
    Framework other = TestRounds.framework("1.0", 5, "OP-1:OP-1.1");
    Framework renamed = Framework.builder()
        .id("other")
        .version("1.0")
        .title(other.title())
        .languages(other.languages())
        .scale(other.scale())
        .addAllDomains(other.domains())
        .build();
    RoundMismatchException f = catchThrowableOfType(
        RoundMismatchException.class, () -> Rounds.requireProgression(FW, R2024, renamed, R2026));
    assertThat(f.kinds()).containsExactly(Kind.FRAMEWORK);
  }

  @Test
  void aConsensusMustBeTheRounds() {
    Rounds.requireConsensusOf(FW, R2024, consensusOf(R2024));
    assertThat(
            RoundAnalyser.withDefaults().compare(FW, R2024, consensusOf(R2024)).dissents())
        .isEmpty();
    ConsensusRecord of2026 = consensusOf(R2026);
    RoundMismatchException e = catchThrowableOfType(
        RoundMismatchException.class,
        () -> RoundAnalyser.withDefaults().compare(FW, R2024, of2026));
    assertThat(e.kinds()).containsExactly(Kind.ROUND);
    // The round and the country as the record itself checks them (ConsensusRecord.check).
    assertThat(e.reasons())
        .containsExactly(
            "the consensus record is of round '2026', but the exercise is round '2024'");
    ConsensusRecord elsewhere =
        consensusOf(moved(R2024, "XKB", "2024", LocalDate.of(2024, 3, 14), true));
    assertThat(catchThrowableOfType(
                RoundMismatchException.class, () -> Rounds.requireConsensusOf(FW, R2024, elsewhere))
            .kinds())
        .isEqualTo(List.of(Kind.COUNTRY, Kind.UNIT));
  }
}
