package org.alignkit.core;

import java.util.Locale;
import org.apiguardian.api.API;

/**
 * The types of stakeholder group that rate themselves in the alignment diagnostic, as in the 2022
 * pilots (Ethiopia, Rwanda, Central African Republic, Burkina Faso).
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum StakeholderKind {
  /** The government: the ministry of health, national or sub-national. */
  GOVERNMENT("government", "Government", "Gouvernement"),
  /** Development partners whose funds go through funding channels 1 or 2 (on budget). */
  PARTNER_ON_BUDGET(
      "partner-on-budget",
      "Development partners on budget",
      "Partenaires au développement sur budget"),
  /** Development partners whose funds go through channel 3, outside government systems. */
  PARTNER_OFF_BUDGET(
      "partner-off-budget",
      "Development partners off budget",
      "Partenaires au développement hors budget"),
  /** Civil society organisations. */
  CIVIL_SOCIETY("civil-society", "Civil society", "Société civile"),
  /** Private-sector health service providers. */
  PRIVATE_SECTOR("private-sector", "Private-sector providers", "Prestataires du secteur privé");

  private final String id;
  private final LocalizedText label;

  StakeholderKind(String id, String english, String french) {
    this.id = id;
    this.label = LocalizedText.of(english, french);
  }

  /** The kind's name in files, e.g. {@code partner-on-budget}. */
  public String id() {
    return id;
  }

  /** The kind's label in English and French. */
  public LocalizedText label() {
    return label;
  }

  /** Whether this kind is a development partner (on or off budget). */
  public boolean isPartner() {
    return this == PARTNER_ON_BUDGET || this == PARTNER_OFF_BUDGET;
  }

  /**
   * The kind with a file name ({@code partner-on-budget}); also accepts the constant's name in any
   * case ({@code PARTNER_ON_BUDGET}).
   *
   * @throws IllegalArgumentException naming the allowed values
   */
  public static StakeholderKind fromId(String id) {
    for (StakeholderKind k : values()) {
      if (k.id.equals(id) || k.name().equals(id.toUpperCase(Locale.ROOT).replace('-', '_'))) {
        return k;
      }
    }
    throw new IllegalArgumentException(
        "unknown stakeholder kind '" + id + "'; use one of " + ids());
  }

  /** The file names of all kinds, comma separated. */
  public static String ids() {
    StringBuilder sb = new StringBuilder();
    for (StakeholderKind k : values()) {
      if (sb.length() > 0) {
        sb.append(", ");
      }
      sb.append(k.id);
    }
    return sb.toString();
  }
}
