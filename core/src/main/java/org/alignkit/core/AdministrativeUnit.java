package org.alignkit.core;

import static com.google.common.base.Preconditions.checkArgument;

import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * A sub-national unit (region, province, district, or a hospital), named and coded as the country
 * codes it (e.g. an ISO 3166-2 code or the DHIS2 organisation unit code).
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Value.Immutable
public abstract class AdministrativeUnit {
  AdministrativeUnit() {}

  /** The unit's code, e.g. {@code RW-02} or a DHIS2 organisation unit code. */
  @Value.Parameter
  public abstract String code();

  /** The unit's name, e.g. {@code Northern Province}. */
  @Value.Parameter
  public abstract String name();

  /** A unit. */
  public static AdministrativeUnit of(String code, String name) {
    return ImmutableAdministrativeUnit.of(code, name);
  }

  @Value.Check
  void check() {
    checkArgument(!code().isBlank(), "an administrative unit needs a code");
    checkArgument(!name().isBlank(), "an administrative unit needs a name");
  }
}
