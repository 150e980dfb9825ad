package org.alignkit.core;

import org.apiguardian.api.API;

/**
 * The channels through which development partners fund health: channels 1 and 2 are on budget
 * (through the ministry of finance, or through the ministry of health, e.g. pooled funds), channel
 * 3 is off budget (through implementing partners, outside government systems).
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum FundingChannel {
  /** Channel 1: through the ministry of finance (the treasury). On budget. */
  CHANNEL_1(1),
  /** Channel 2: through the ministry of health, e.g. pooled funds. On budget. */
  CHANNEL_2(2),
  /** Channel 3: through implementing partners, outside government systems. Off budget. */
  CHANNEL_3(3);

  private final int number;

  FundingChannel(int number) {
    this.number = number;
  }

  /** The channel's number, 1, 2 or 3. */
  public int number() {
    return number;
  }

  /** Whether money through this channel is on budget (channels 1 and 2). */
  public boolean isOnBudget() {
    return number != 3;
  }

  /** The partner kind this channel implies. */
  public StakeholderKind partnerKind() {
    return isOnBudget() ? StakeholderKind.PARTNER_ON_BUDGET : StakeholderKind.PARTNER_OFF_BUDGET;
  }

  /**
   * The channel with a number.
   *
   * @throws IllegalArgumentException unless the number is 1, 2 or 3
   */
  public static FundingChannel of(int number) {
    for (FundingChannel c : values()) {
      if (c.number == number) {
        return c;
      }
    }
    throw new IllegalArgumentException("funding channels are 1, 2 or 3, got " + number);
  }
}
