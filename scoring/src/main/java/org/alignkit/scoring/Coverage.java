package org.alignkit.scoring;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Optional;
import org.apiguardian.api.API;

/**
 * How many inputs of a node were rated, not applicable, without information, or missing. Immutable.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class Coverage {
  private final int rated;
  private final int notApplicable;
  private final int noInformation;
  private final int missing;

  private Coverage(int rated, int notApplicable, int noInformation, int missing) {
    this.rated = rated;
    this.notApplicable = notApplicable;
    this.noInformation = noInformation;
    this.missing = missing;
  }

  /**
   * A coverage.
   *
   * @throws IllegalArgumentException if a count is negative
   */
  public static Coverage of(int rated, int notApplicable, int noInformation, int missing) {
    checkArgument(
        rated >= 0 && notApplicable >= 0 && noInformation >= 0 && missing >= 0,
        "counts must not be negative: %s %s %s %s",
        rated,
        notApplicable,
        noInformation,
        missing);
    return new Coverage(rated, notApplicable, noInformation, missing);
  }

  /** Inputs with a value. */
  public int rated() {
    return rated;
  }

  /** Inputs that are not applicable. */
  public int notApplicable() {
    return notApplicable;
  }

  /** Inputs rated "no information", or child nodes without a score. */
  public int noInformation() {
    return noInformation;
  }

  /** Indicators not rated at all. */
  public int missing() {
    return missing;
  }

  /** All inputs. */
  public int total() {
    return rated + notApplicable + noInformation + missing;
  }

  /** Inputs that apply: all but the not-applicable ones. */
  public int applicable() {
    return rated + noInformation + missing;
  }

  /** The share of applicable inputs that are rated; empty when none applies. */
  public Optional<Rational> ratedShare() {
    return applicable() == 0 ? Optional.empty() : Optional.of(Rational.of(rated, applicable()));
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Coverage)) {
      return false;
    }
    Coverage c = (Coverage) o;
    return rated == c.rated
        && notApplicable == c.notApplicable
        && noInformation == c.noInformation
        && missing == c.missing;
  }

  @Override
  public int hashCode() {
    return ((rated * 31 + notApplicable) * 31 + noInformation) * 31 + missing;
  }

  @Override
  public String toString() {
    return "rated "
        + rated
        + ", not applicable "
        + notApplicable
        + ", no information "
        + noInformation
        + ", missing "
        + missing;
  }
}
