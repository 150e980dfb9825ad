package org.alignkit.scoring;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.alignkit.scoring.spi.AggregationRule;
import org.alignkit.scoring.spi.BandingRule;
import org.alignkit.scoring.spi.MissingDataTreatment;
import org.apiguardian.api.API;

/**
 * Why a node has its level: the rules with their parameters, every input with its status and the
 * value used, the intermediate values, the score, the level, why not the next level, and what would
 * reach it. Immutable and thread-safe.
 *
 * <p>{@link #neededForNextLevel()} is found by raising the lowest used input one level at a time
 * (ties: the first in framework order) until the next level is reached; it is one short way there,
 * not the only one. Inputs that were left out (absent and excluded) are not considered.
 *
 * <p>The engine records the inputs when it scores; the derived parts ({@link #inputs()} as values,
 * {@link #intermediates()}, {@link #neededForNextLevel()}, {@link #reason()}) are worked out on
 * first use and kept. They depend only on the recorded inputs and the rules, so the result is the
 * same whenever and on whichever thread they are asked for.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class Explanation {
  private final String nodeId;
  private final NodeRules rules;
  private final AggregationRule aggregationRule;
  private final BandingRule bandingRule;
  private final Outcome outcome;
  private final MissingDataTreatment treatment; // null when no input was absent
  private final Rational score; // null unless scored
  private final int level; // 0 unless scored
  private final int scaleMin;
  private final int scaleMax;
  private final String[] ids;
  private final Rational[] weights;
  private final InputStatus[] statuses;
  private final Rational[] given;
  private final Rational[] used;

  private volatile List<ExplanationInput> inputs;
  private volatile Map<String, Rational> intermediates;
  private volatile List<Raise> needed;
  private volatile String reason;
  private volatile String reasonFr;

  Explanation(
      String nodeId,
      NodeRules rules,
      AggregationRule aggregationRule,
      BandingRule bandingRule,
      Outcome outcome,
      MissingDataTreatment treatment,
      Rational score,
      int level,
      int scaleMin,
      int scaleMax,
      String[] ids,
      Rational[] weights,
      InputStatus[] statuses,
      Rational[] given,
      Rational[] used) {
    this.nodeId = nodeId;
    this.rules = rules;
    this.aggregationRule = aggregationRule;
    this.bandingRule = bandingRule;
    this.outcome = outcome;
    this.treatment = treatment;
    this.score = score;
    this.level = level;
    this.scaleMin = scaleMin;
    this.scaleMax = scaleMax;
    this.ids = ids;
    this.weights = weights;
    this.statuses = statuses;
    this.given = given;
    this.used = used;
  }

  /** The node explained. */
  public String nodeId() {
    return nodeId;
  }

  /** The aggregation rule with its parameters. */
  public RuleRef aggregation() {
    return rules.aggregation().orElseThrow();
  }

  /** The banding rule with its parameters. */
  public RuleRef banding() {
    return rules.banding().orElseThrow();
  }

  /** The missing-data rule with its parameters. */
  public RuleRef missingData() {
    return rules.missingData().orElseThrow();
  }

  /** Every input in framework order, with status, given and used value. */
  public List<ExplanationInput> inputs() {
    List<ExplanationInput> i = inputs;
    if (i == null) {
      List<ExplanationInput> l = new ArrayList<>(ids.length);
      for (int j = 0; j < ids.length; j++) {
        l.add(ExplanationInput.of(
            ids[j],
            statuses[j],
            Optional.ofNullable(given[j]),
            Optional.ofNullable(used[j]),
            weights[j]));
      }
      inputs = i = Collections.unmodifiableList(l);
    }
    return i;
  }

  /** What the missing-data rule decided, if any input was absent. */
  public Optional<MissingDataTreatment> treatment() {
    return Optional.ofNullable(treatment);
  }

  /** Intermediate values of the aggregation, e.g. {@code sum} and {@code count}; empty unless scored. */
  public Map<String, Rational> intermediates() {
    Map<String, Rational> m = intermediates;
    if (m == null) {
      if (score == null) {
        m = Map.of();
      } else {
        try {
          m = Collections.unmodifiableMap(
              new LinkedHashMap<>(aggregationRule.intermediates(usedInputs())));
        } catch (RuntimeException e) {
          throw new ScoringException(
              "rule '" + aggregation().id() + "' failed to give intermediate values at node '"
                  + nodeId + "': " + e.getMessage(),
              aggregation().id(),
              nodeId,
              null,
              e);
        }
      }
      intermediates = m;
    }
    return m;
  }

  /** The outcome. */
  public Outcome outcome() {
    return outcome;
  }

  /** The score, when scored. */
  public Optional<Rational> score() {
    return Optional.ofNullable(score);
  }

  /** The level, when scored. */
  public OptionalInt level() {
    return level == 0 ? OptionalInt.empty() : OptionalInt.of(level);
  }

  /** The next level up, when scored below the top of the scale. */
  public OptionalInt nextLevel() {
    return level == 0 || level >= scaleMax ? OptionalInt.empty() : OptionalInt.of(level + 1);
  }

  /** Raises that would reach the next level; empty at the top, without a score, or when none was found. */
  public List<Raise> neededForNextLevel() {
    List<Raise> n = needed;
    if (n == null) {
      n = nextLevel().isPresent() ? search(level + 1) : List.of();
      needed = n;
    }
    return n;
  }

  private ScoringEngine.Inputs usedInputs() {
    ScoringEngine.Inputs in = new ScoringEngine.Inputs(ids.length, scaleMin, scaleMax);
    for (int j = 0; j < ids.length; j++) {
      if (used[j] != null) {
        in.values[in.size] = used[j];
        in.child[in.size] = j;
        in.size++;
      }
    }
    in.nodeId = nodeId;
    in.childWeights = weights;
    in.childIds = ids;
    return in;
  }

  private List<Raise> search(int target) {
    ScoringEngine.Inputs trial = usedInputs();
    int size = trial.size;
    Rational[] from = Arrays.copyOf(trial.values, size);
    int[] to = new int[size];
    Rational top = Rational.of(scaleMax);
    int limit = size * (scaleMax - scaleMin);
    for (int step = 0; step < limit; step++) {
      int pick = -1;
      for (int i = 0; i < size; i++) {
        if (trial.values[i].compareTo(top) < 0
            && (pick < 0 || trial.values[i].compareTo(trial.values[pick]) < 0)) {
          pick = i;
        }
      }
      if (pick < 0) {
        break;
      }
      int next = Math.min(scaleMax, trial.values[pick].floorInt() + 1);
      trial.values[pick] = Rational.of(next);
      to[pick] = next;
      int reached;
      try {
        reached = bandingRule.level(aggregationRule.aggregate(trial), scaleMin, scaleMax);
      } catch (RuntimeException e) {
        return List.of(); // e.g. a lookup table without a row for the raised inputs
      }
      if (reached >= target) {
        List<Raise> out = new ArrayList<>();
        for (int i = 0; i < size; i++) {
          if (to[i] != 0) {
            out.add(Raise.of(trial.id(i), from[i], to[i]));
          }
        }
        return Collections.unmodifiableList(out);
      }
    }
    return List.of();
  }

  /**
   * The explanation in one or two English sentences, e.g. "OB-1: mean of 4 inputs gives 11/4
   * (2.75); floor banding gives level 2; level 3 is not reached: it needs OB-1.1 at 3."
   */
  public String reason() {
    String r = reason;
    if (r == null) {
      reason = r = writeReason(false);
    }
    return r;
  }

  /**
   * The explanation in a language: French for a {@code fr} locale ("OB-1 : la règle mean
   * appliquée à 4 entrées donne 11/4 (2,75) ; le classement floor donne le niveau 2 ; ..."),
   * English ({@link #reason()}) for any other. Rule ids and parameters are written as they are.
   */
  public String reason(Locale locale) {
    if (!"fr".equals(locale.getLanguage())) {
      return reason();
    }
    String r = reasonFr;
    if (r == null) {
      reasonFr = r = writeReason(true);
    }
    return r;
  }

  private String writeReason(boolean fr) {
    StringBuilder r = new StringBuilder(nodeId);
    int usedCount = 0;
    int rated = 0;
    int applicable = 0;
    for (int j = 0; j < ids.length; j++) {
      usedCount += used[j] != null ? 1 : 0;
      rated += statuses[j] == InputStatus.RATED ? 1 : 0;
      applicable += statuses[j] == InputStatus.NOT_APPLICABLE ? 0 : 1;
    }
    switch (outcome) {
      case NOT_APPLICABLE:
        return r.append(
                fr
                    ? " n'a pas de score : toutes les entrées sont sans objet."
                    : " has no score: every input is not applicable.")
            .toString();
      case INSUFFICIENT_COVERAGE:
        if (fr) {
          return r.append(" n'a pas de score : seules ")
              .append(rated)
              .append(" des ")
              .append(applicable)
              .append(" entrées applicables sont notées : couverture insuffisante selon ")
              .append(missingData())
              .append('.')
              .toString();
        }
        return r.append(" has no score: only ")
            .append(rated)
            .append(" of ")
            .append(applicable)
            .append(" applicable inputs are rated: insufficient coverage under ")
            .append(missingData())
            .append('.')
            .toString();
      case NO_INFORMATION:
        if (fr) {
          return r.append(" n'a pas de score : aucune entrée n'a de valeur et ")
              .append(missingData())
              .append(" laisse de côté les absentes.")
              .toString();
        }
        return r.append(" has no score: no input has a value and ")
            .append(missingData())
            .append(" leaves the absent ones out.")
            .toString();
      default:
        break;
    }
    String decimal = score.toDecimalString();
    if (fr) {
      r.append(" : la règle ")
          .append(aggregation().id())
          .append(" appliquée à ")
          .append(usedCount)
          .append(usedCount == 1 ? " entrée donne " : " entrées donne ")
          .append(score)
          .append(score.isInteger() ? "" : " (" + decimal.replace('.', ',') + ")")
          .append(" ; le classement ")
          .append(banding().id())
          .append(" donne le niveau ")
          .append(level);
      if (treatment == MissingDataTreatment.EXCLUDE) {
        r.append(" ; les entrées absentes sont laissées de côté (")
            .append(missingData().id())
            .append(')');
      } else if (treatment == MissingDataTreatment.COUNT_AS_LOWEST) {
        r.append(" ; les entrées absentes comptent comme le niveau le plus bas (")
            .append(missingData().id())
            .append(')');
      }
      if (nextLevel().isEmpty()) {
        return r.append(" ; c'est le haut de l'échelle.").toString();
      }
      r.append(" ; le niveau ").append(level + 1).append(" n'est pas atteint");
      List<Raise> raises = neededForNextLevel();
      if (raises.isEmpty()) {
        return r.append(" et relever les entrées utilisées ne l'atteint pas.").toString();
      }
      r.append(" : il faut ");
      for (int i = 0; i < raises.size(); i++) {
        r.append(i == 0 ? "" : ", ")
            .append(raises.get(i).id())
            .append(" au niveau ")
            .append(raises.get(i).to());
      }
      return r.append('.').toString();
    }
    r.append(": ")
        .append(aggregation().id())
        .append(" of ")
        .append(usedCount)
        .append(usedCount == 1 ? " input" : " inputs")
        .append(" gives ")
        .append(score)
        .append(score.isInteger() ? "" : " (" + decimal + ")")
        .append("; ")
        .append(banding().id())
        .append(" banding gives level ")
        .append(level);
    if (treatment == MissingDataTreatment.EXCLUDE) {
      r.append("; absent inputs were left out (").append(missingData().id()).append(')');
    } else if (treatment == MissingDataTreatment.COUNT_AS_LOWEST) {
      r.append("; absent inputs counted as the lowest level (")
          .append(missingData().id())
          .append(')');
    }
    if (nextLevel().isEmpty()) {
      return r.append("; this is the top of the scale.").toString();
    }
    r.append("; level ").append(level + 1).append(" is not reached");
    List<Raise> raises = neededForNextLevel();
    if (raises.isEmpty()) {
      return r.append(" and raising the used inputs does not reach it.").toString();
    }
    r.append(": it needs ");
    for (int i = 0; i < raises.size(); i++) {
      r.append(i == 0 ? "" : ", ")
          .append(raises.get(i).id())
          .append(" at ")
          .append(raises.get(i).to());
    }
    return r.append('.').toString();
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof Explanation)) {
      return false;
    }
    Explanation e = (Explanation) o;
    return nodeId.equals(e.nodeId)
        && rules.equals(e.rules)
        && outcome == e.outcome
        && treatment == e.treatment
        && Objects.equals(score, e.score)
        && level == e.level
        && scaleMin == e.scaleMin
        && scaleMax == e.scaleMax
        && Arrays.equals(ids, e.ids)
        && Arrays.equals(weights, e.weights)
        && Arrays.equals(statuses, e.statuses)
        && Arrays.equals(given, e.given)
        && Arrays.equals(used, e.used);
  }

  @Override
  public int hashCode() {
    return Objects.hash(nodeId, outcome, score, level, Arrays.hashCode(used));
  }

  @Override
  public String toString() {
    return reason();
  }
}
