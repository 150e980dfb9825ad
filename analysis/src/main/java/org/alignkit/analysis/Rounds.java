package org.alignkit.analysis;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.alignkit.core.AdministrativeUnit;
import org.alignkit.core.Assessment;
import org.alignkit.core.ConsensusRecord;
import org.alignkit.core.Exercise;
import org.alignkit.core.Framework;
import org.alignkit.core.ModelProblem;
import org.apiguardian.api.API;

/**
 * Checks that inputs belong together before they are compared: a consensus record with its round,
 * a baseline with the current round. Each check lists every mismatch at once in a {@link
 * RoundMismatchException}. Stateless and thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class Rounds {
  private Rounds() {}

  /**
   * Requires a consensus record to be the round's: the framework (id and version) the round
   * answers, the same round (id) and country (as {@link ConsensusRecord#check(Exercise)} checks
   * them), and the same sub-national unit.
   *
   * @throws RoundMismatchException listing what differs
   */
  public static void requireConsensusOf(
      Framework framework, Exercise round, ConsensusRecord consensus) {
    requireNonNull(framework, "framework");
    requireNonNull(round, "round");
    Assessment agreed = requireNonNull(consensus, "consensus").agreed();
    List<String> reasons = new ArrayList<>();
    List<RoundMismatchException.Kind> kinds = new ArrayList<>();
    if (!agreed.frameworkId().equals(framework.id())
        || !agreed.frameworkVersion().equals(framework.version())) {
      kinds.add(RoundMismatchException.Kind.FRAMEWORK);
      reasons.add("the consensus answers framework " + agreed.frameworkId() + " "
          + agreed.frameworkVersion() + ", the round " + framework.label());
    }
    // The round and the country as the record itself checks them (ConsensusRecord.check).
    for (ModelProblem p : consensus.check(round)) {
      if (p.pointer().equals("/country")) {
        kinds.add(RoundMismatchException.Kind.COUNTRY);
        reasons.add(p.message());
      } else if (p.pointer().equals("/round/id")) {
        kinds.add(RoundMismatchException.Kind.ROUND);
        reasons.add(p.message());
      }
    }
    if (!unit(agreed.subnationalUnit()).equals(unit(round.subnationalUnit()))) {
      kinds.add(RoundMismatchException.Kind.UNIT);
      reasons.add("the consensus is of " + unit(agreed.subnationalUnit()) + ", the round of "
          + unit(round.subnationalUnit()));
    }
    if (!reasons.isEmpty()) {
      throw new RoundMismatchException(kinds, reasons);
    }
  }

  /**
   * Requires two rounds to be a baseline and a later round of one series: the same country and
   * sub-national unit, the same framework (by id; its versions may differ), and the baseline dated
   * before the current round.
   *
   * @throws RoundMismatchException listing what differs
   */
  public static void requireProgression(
      Framework baselineFramework,
      Exercise baseline,
      Framework currentFramework,
      Exercise current) {
    requireNonNull(baselineFramework, "baselineFramework");
    requireNonNull(baseline, "baseline");
    requireNonNull(currentFramework, "currentFramework");
    requireNonNull(current, "current");
    List<String> reasons = new ArrayList<>();
    List<RoundMismatchException.Kind> kinds = new ArrayList<>();
    if (!baselineFramework.id().equals(currentFramework.id())) {
      kinds.add(RoundMismatchException.Kind.FRAMEWORK);
      reasons.add("the baseline answers framework " + baselineFramework.label()
          + ", the current round " + currentFramework.label()
          + ": progress needs one framework (its versions may differ)");
    }
    if (!baseline.country().equals(current.country())) {
      kinds.add(RoundMismatchException.Kind.COUNTRY);
      reasons.add("the baseline is of country " + baseline.country()
          + ", the current round of " + current.country()
          + ": progress compares rounds of one country");
    }
    if (!unit(baseline.subnationalUnit()).equals(unit(current.subnationalUnit()))) {
      kinds.add(RoundMismatchException.Kind.UNIT);
      reasons.add("the baseline is of " + unit(baseline.subnationalUnit())
          + ", the current round of " + unit(current.subnationalUnit())
          + ": progress compares rounds of one unit");
    }
    if (!baseline.round().date().isBefore(current.round().date())) {
      kinds.add(RoundMismatchException.Kind.ORDER);
      reasons.add("the baseline round " + baseline.round().id() + " ("
          + baseline.round().date() + ") is not dated before the current round "
          + current.round().id() + " (" + current.round().date()
          + "): give the earlier round first");
    }
    if (!reasons.isEmpty()) {
      throw new RoundMismatchException(kinds, reasons);
    }
  }

  private static String unit(Optional<AdministrativeUnit> unit) {
    return unit.map(u -> "unit " + u.code()).orElse("the whole country");
  }
}
