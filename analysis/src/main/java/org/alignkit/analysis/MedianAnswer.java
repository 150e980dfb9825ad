package org.alignkit.analysis;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.alignkit.core.Assessment;
import org.alignkit.core.ConsensusRecord;
import org.alignkit.core.Exercise;
import org.alignkit.core.LocalizedText;
import org.alignkit.core.Rating;
import org.alignkit.core.RatingStatus;
import org.alignkit.core.StakeholderGroup;
import org.apiguardian.api.API;

/**
 * The whole of a round without a consensus: the groups' <em>median answer</em>, as one assessment
 * by the pseudo-group {@value #GROUP_ID}. For every indicator it is the median of the levels the
 * groups gave (the lower median when the number of levels is even, so that the whole never claims
 * more than half the groups do); without a level, "not applicable" when at least as many groups
 * said so as said "no information", else "no information"; indicators nobody answered stay
 * unanswered.
 *
 * <p>Scored by the same engine as the groups, the median answer's components, domains and
 * framework follow the rule set's aggregation, missing-data and banding rules exactly. With a
 * consensus, the whole is the consensus's agreed assessment instead ({@link
 * ConsensusRecord#agreed()}).
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class MedianAnswer {
  /** The id of the pseudo-group that gives the median answer. */
  public static final String GROUP_ID = "all-groups";

  private MedianAnswer() {}

  /** The median answer of a round's groups. */
  public static Assessment of(Exercise exercise) {
    requireNonNull(exercise, "exercise");
    Map<String, List<Integer>> levels = new LinkedHashMap<>();
    Map<String, Integer> notApplicable = new LinkedHashMap<>();
    Map<String, Integer> noInformation = new LinkedHashMap<>();
    for (Assessment a : exercise.assessments()) {
      for (Rating r : a.ratings()) {
        String id = r.indicatorId();
        levels.computeIfAbsent(id, k -> new ArrayList<>());
        if (r.isRated()) {
          levels.get(id).add(r.level().getAsInt());
        } else if (r.status() == RatingStatus.NOT_APPLICABLE) {
          notApplicable.merge(id, 1, Integer::sum);
        } else {
          noInformation.merge(id, 1, Integer::sum);
        }
      }
    }
    Assessment first = exercise.assessments().get(0);
    StakeholderGroup group = StakeholderGroup.builder()
        .id(GROUP_ID)
        .name(LocalizedText.of("All groups", "Tous les groupes"))
        .addAllKinds(ConsensusRecord.consensusGroup().kinds())
        .build();
    Assessment.Builder b = Assessment.builder()
        .frameworkId(first.frameworkId())
        .frameworkVersion(first.frameworkVersion())
        .country(first.country())
        .subnationalUnit(first.subnationalUnit())
        .round(first.round())
        .group(group);
    levels.forEach((id, given) -> {
      if (!given.isEmpty()) {
        given.sort(null);
        b.addRatings(Rating.of(id, given.get((given.size() - 1) / 2)));
      } else if (notApplicable.getOrDefault(id, 0) >= noInformation.getOrDefault(id, 0)) {
        b.addRatings(Rating.notApplicable(id));
      } else {
        b.addRatings(Rating.noInformation(id));
      }
    });
    return b.build();
  }
}
