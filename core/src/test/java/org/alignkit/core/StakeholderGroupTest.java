package org.alignkit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;

class StakeholderGroupTest {
  @Test
  void channelsOneAndTwoAreOnBudget() {
    StakeholderGroup g = StakeholderGroup.builder()
        .id("dp-on")
        .addKinds(StakeholderKind.PARTNER_ON_BUDGET)
        .addFundingChannels(FundingChannel.CHANNEL_1, FundingChannel.CHANNEL_2)
        .build();
    assertThat(g.name().get("fr")).isEqualTo("Partenaires au développement sur budget");
    assertThat(FundingChannel.of(3).partnerKind()).isEqualTo(StakeholderKind.PARTNER_OFF_BUDGET);
  }

  @Test
  void aPartnerUsingChannelsOneAndThreeIsBothOnAndOffBudget() {
    StakeholderGroup both = StakeholderGroup.builder()
        .id("dp")
        .addKinds(StakeholderKind.PARTNER_ON_BUDGET, StakeholderKind.PARTNER_OFF_BUDGET)
        .addFundingChannels(FundingChannel.CHANNEL_1, FundingChannel.CHANNEL_3)
        .build();
    assertThat(both.is(StakeholderKind.PARTNER_OFF_BUDGET)).isTrue();

    ModelException e = catchThrowableOfType(
        ModelException.class,
        () -> StakeholderGroup.builder()
            .id("dp")
            .addKinds(StakeholderKind.PARTNER_ON_BUDGET)
            .addFundingChannels(FundingChannel.CHANNEL_1, FundingChannel.CHANNEL_3)
            .build());
    assertThat(e.problems()).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo(ProblemCode.INCONSISTENT_GROUP);
      assertThat(p.pointer()).isEqualTo("/fundingChannels");
      assertThat(p.message()).contains("partner-on-budget and partner-off-budget");
    });
  }

  @Test
  void onlyGovernmentHasASubnationalUnitAndOnlyPartnersHaveChannels() {
    ModelException e = catchThrowableOfType(
        ModelException.class,
        () -> StakeholderGroup.builder()
            .id("cso")
            .addKinds(StakeholderKind.CIVIL_SOCIETY)
            .subnationalUnit(AdministrativeUnit.of("XKV-N", "North"))
            .addFundingChannels(FundingChannel.CHANNEL_3)
            .build());
    assertThat(e.problems())
        .extracting(ModelProblem::pointer)
        .containsExactly("/subnationalUnit", "/fundingChannels");
  }

  @Test
  void mergedGroupsAndSubnationalGovernment() {
    StakeholderGroup merged = StakeholderGroup.builder()
        .id("cso-private")
        .addKinds(StakeholderKind.CIVIL_SOCIETY, StakeholderKind.PRIVATE_SECTOR)
        .build();
    assertThat(merged.kinds()).hasSize(2);
    StakeholderGroup hospital = StakeholderGroup.builder()
        .id("tertiary-hospitals")
        .addKinds(StakeholderKind.GOVERNMENT)
        .subnationalUnit(AdministrativeUnit.of("CAF-BGF-CHU", "Tertiary hospitals of Bangui"))
        .build();
    assertThat(hospital.isNational()).isFalse();
    assertThat(StakeholderKind.fromId("partner-off-budget"))
        .isEqualTo(StakeholderKind.PARTNER_OFF_BUDGET);
    assertThat(StakeholderKind.fromId("CIVIL_SOCIETY")).isEqualTo(StakeholderKind.CIVIL_SOCIETY);
  }
}
