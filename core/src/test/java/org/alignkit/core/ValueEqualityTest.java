package org.alignkit.core;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ValueEqualityTest {
  @Test
  void ratingsAreValues() {
    new EqualsTester()
        .addEqualityGroup(Rating.of("OP-1.1", 3), Rating.of("OP-1.1", 3))
        .addEqualityGroup(Rating.of("OP-1.1", 4))
        .addEqualityGroup(Rating.notApplicable("OP-1.1"), Rating.notApplicable("OP-1.1"))
        .addEqualityGroup(Rating.noInformation("OP-1.1"))
        .addEqualityGroup(Rating.builder()
            .indicatorId("OP-1.1")
            .status(RatingStatus.RATED)
            .level(3)
            .comment("c")
            .build())
        .testEquals();
  }

  @Test
  void levelOrGivesTheLevelOrTheFallback() {
    org.assertj.core.api.Assertions.assertThat(Rating.of("OP-1.1", 4).levelOr(-1))
        .isEqualTo(4);
    org.assertj.core.api.Assertions.assertThat(Rating.notApplicable("OP-1.1").levelOr(-1))
        .isEqualTo(-1);
    org.assertj.core.api.Assertions.assertThat(Rating.noInformation("OP-1.1").levelOr(7))
        .isEqualTo(7);
    Rating copy = Rating.builder()
        .indicatorId("OP-1.1")
        .status(RatingStatus.RATED)
        .level(5)
        .comment("c")
        .build();
    org.assertj.core.api.Assertions.assertThat(copy.levelOr(-1)).isEqualTo(5);
  }

  @Test
  void frameworksAndAssessmentsAreValues() {
    StakeholderGroup g = StakeholderGroup.of("g", StakeholderKind.GOVERNMENT);
    new EqualsTester()
        .addEqualityGroup(Fixtures.framework(), Fixtures.framework())
        .testEquals();
    org.assertj.core.api.Assertions.assertThat(Fixtures.framework().indicators())
        .isEqualTo(Fixtures.framework().indicators());
    new EqualsTester()
        .addEqualityGroup(
            Fixtures.assessment(g, Rating.of("OP-1.1", 2)).build(),
            Fixtures.assessment(g, Rating.of("OP-1.1", 2)).build())
        .addEqualityGroup(Fixtures.assessment(g, Rating.of("OP-1.1", 3)).build())
        .addEqualityGroup(
            Fixtures.assessment(g, "RWA", "1.0", Fixtures.ROUND, Rating.of("OP-1.1", 2))
                .build())
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(
            Round.of("r", LocalDate.of(2024, 1, 1)), Round.of("r", LocalDate.of(2024, 1, 1)))
        .addEqualityGroup(Round.of("r", LocalDate.of(2024, 1, 2)))
        .testEquals();
  }

  @Test
  void factoriesRejectNulls() {
    new NullPointerTester().testAllPublicStaticMethods(Rating.class);
    new NullPointerTester().testAllPublicStaticMethods(LocalizedText.class);
  }
}
