package org.alignkit.benchmarks;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.stream.Collectors;
import org.alignkit.core.Assessment;
import org.alignkit.core.Component;
import org.alignkit.core.Domain;
import org.alignkit.core.Framework;
import org.alignkit.core.Rating;

/**
 * The scoring a user would write by hand: Java streams over the model, doubles, the mean at every
 * level, floor for levels, rated indicators only. No coverage rule, no explanation, no exactness.
 */
public final class HandWrittenBaseline {
  private HandWrittenBaseline() {}

  /** Node id to level (floor of the mean), for components, domains and "overall". */
  public static Map<String, Integer> score(Framework framework, Assessment assessment) {
    Map<String, Integer> levels = assessment.ratings().stream()
        .filter(Rating::isRated)
        .collect(Collectors.toMap(Rating::indicatorId, r -> r.level().getAsInt(), (a, b) -> a));
    Map<String, Integer> out = new LinkedHashMap<>();
    Map<String, Double> domainScores = new LinkedHashMap<>();
    for (Domain d : framework.domains()) {
      Map<String, Double> componentScores = new LinkedHashMap<>();
      for (Component c : d.components()) {
        OptionalDouble mean = c.indicators().stream()
            .filter(i -> levels.containsKey(i.id()))
            .mapToInt(i -> levels.get(i.id()))
            .average();
        if (mean.isPresent()) {
          componentScores.put(c.id(), mean.getAsDouble());
          out.put(c.id(), (int) Math.floor(mean.getAsDouble()));
        }
      }
      OptionalDouble dm =
          componentScores.values().stream().mapToDouble(Double::doubleValue).average();
      if (dm.isPresent()) {
        domainScores.put(d.id(), dm.getAsDouble());
        out.put(d.id(), (int) Math.floor(dm.getAsDouble()));
      }
    }
    domainScores.values().stream()
        .mapToDouble(Double::doubleValue)
        .average()
        .ifPresent(o -> out.put("overall", (int) Math.floor(o)));
    return out;
  }
}
