package org.alignkit.spec.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.alignkit.core.ActionFollowUp;
import org.alignkit.core.ActionItem;
import org.alignkit.core.ActionStatus;
import org.alignkit.core.Assessment;
import org.alignkit.core.ConsensusRecord;
import org.alignkit.core.Dissent;
import org.alignkit.core.Endorsement;
import org.alignkit.core.Framework;
import org.alignkit.core.Indicator;
import org.alignkit.core.ModelException;
import org.alignkit.core.ModelProblem;
import org.alignkit.core.PlanFollowUp;
import org.alignkit.core.internal.Ids;

/**
 * Reads {@code kind: Consensus} documents and checks them against their framework: agreed ratings,
 * dissents, the action plan (stable action ids), its endorsements and the follow-up of the previous
 * round's plan.
 */
final class ConsensusReader implements KindReader<ConsensusRecord> {
  @Override
  public String kind() {
    return "Consensus";
  }

  @Override
  public String schema() {
    return "consensus";
  }

  @Override
  public ConsensusRecord read(Ctx c, String base, Framework framework) {
    String frameworkId = c.string(base + "/framework/id", "placeholder");
    String frameworkVersion = c.string(base + "/framework/version", "placeholder");
    List<Integer> positions = new ArrayList<>();
    Assessment.Builder ab = Assessment.builder()
        .frameworkId(frameworkId)
        .frameworkVersion(frameworkVersion)
        .country(AssessmentReader.country(c, base + "/country"))
        .round(c.round(base + "/round"))
        .group(ConsensusRecord.consensusGroup())
        .addAllRespondents(c.strings(base + "/respondents"))
        .addAllRatings(AssessmentReader.ratings(c, base + "/ratings", positions));
    c.unit(base + "/subnationalUnit").ifPresent(ab::subnationalUnit);
    Assessment agreed;
    try {
      agreed = ab.build();
    } catch (ModelException e) {
      c.model(base, AssessmentReader.inFile(e.problems(), positions));
      return null;
    }
    Framework f = c.loading.frameworks().resolve(c, base, frameworkId, frameworkVersion, framework);
    if (f != null) {
      c.model(base, AssessmentReader.inFile(f.check(agreed), positions));
    }
    ConsensusRecord.Builder b = ConsensusRecord.builder().agreed(agreed);
    int dissents = c.size(base + "/dissents");
    for (int i = 0; i < dissents; i++) {
      dissent(c, base + "/dissents/" + i, f).ifPresent(b::addDissents);
    }
    int actions = c.size(base + "/actions");
    for (int i = 0; i < actions; i++) {
      action(c, base + "/actions/" + i, f).ifPresent(b::addActions);
    }
    int endorsements = c.size(base + "/endorsements");
    for (int i = 0; i < endorsements; i++) {
      String p = base + "/endorsements/" + i;
      String body = c.string(p + "/body", "placeholder");
      Endorsement.Builder e = Endorsement.builder()
          .body(body.isBlank() ? "placeholder" : body)
          .date(c.date(p + "/date"));
      c.optionalString(p + "/reference").ifPresent(e::reference);
      b.addEndorsements(e.build());
    }
    if (c.has(base + "/followUp")) {
      b.followUp(followUp(c, base + "/followUp"));
    }
    try {
      return b.build();
    } catch (ModelException e) {
      c.model(base, e);
      return null;
    }
  }

  private static PlanFollowUp followUp(Ctx c, String p) {
    PlanFollowUp.Builder b =
        PlanFollowUp.builder().planRoundId(c.string(p + "/round", "placeholder"));
    int n = c.size(p + "/actions");
    for (int i = 0; i < n; i++) {
      String a = p + "/actions/" + i;
      String status = c.string(a + "/status", "not-started");
      ActionFollowUp.Builder s = ActionFollowUp.builder()
          .actionId(id(c, a + "/action"))
          .status(ActionStatus.byId(status).orElse(ActionStatus.NOT_STARTED))
          .date(c.date(a + "/date"));
      c.optionalString(a + "/evidence").ifPresent(s::evidence);
      b.addActions(s.build());
    }
    return b.build();
  }

  /** An id at a pointer, or a placeholder when the schema rejected it. */
  private static String id(Ctx c, String pointer) {
    String id = c.string(pointer, "placeholder");
    if (!Ids.isValid(id)) {
      c.placeholder(pointer);
      return "placeholder";
    }
    return id;
  }

  private static Optional<Dissent> dissent(Ctx c, String p, Framework f) {
    String indicator = c.string(p + "/indicator", "placeholder");
    String group = c.string(p + "/group", "placeholder");
    OptionalInt level = c.integer(p + "/level");
    Dissent.Builder b = Dissent.builder().indicatorId(indicator).groupId(group);
    level.ifPresent(b::level);
    c.optionalString(p + "/reason").ifPresent(b::reason);
    if (f != null) {
      knownIndicator(c, p + "/indicator", indicator, f);
      if (level.isPresent() && !f.scale().contains(level.getAsInt())) {
        c.meaning(
            p + "/level",
            "level " + level.getAsInt() + " is not on the scale",
            "use a level from " + f.scale().min() + " to " + f.scale().max());
      }
    }
    return Optional.of(b.build());
  }

  private static Optional<ActionItem> action(Ctx c, String p, Framework f) {
    String domain = c.string(p + "/domain", "placeholder");
    String text = c.string(p + "/action", "placeholder");
    ActionItem.Builder b = ActionItem.builder()
        .id(id(c, p + "/id"))
        .domainId(domain)
        .action(text.isBlank() ? "placeholder" : text);
    c.optionalString(p + "/owner").ifPresent(b::owner);
    if (c.has(p + "/due")) {
      b.due(c.date(p + "/due"));
    }
    List<String> indicators = c.strings(p + "/indicators");
    b.addAllIndicatorIds(indicators);
    if (f != null) {
      if (f.domain(domain).isEmpty() && !c.problems.isTaken(c.doc.file(), p + "/domain")) {
        List<String> ids = new ArrayList<>();
        f.domains().forEach(d -> ids.add(d.id()));
        c.meaning(
            p + "/domain",
            "framework " + f.label() + " has no domain " + Texts.quote(domain),
            Ids.didYouMean(domain, ids).orElse("use one of " + Texts.or(ids)));
      }
      for (int i = 0; i < indicators.size(); i++) {
        knownIndicator(c, p + "/indicators/" + i, indicators.get(i), f);
      }
    }
    return Optional.of(b.build());
  }

  private static void knownIndicator(Ctx c, String pointer, String id, Framework f) {
    if (f.indicator(id).isPresent()) {
      return;
    }
    List<String> ids = new ArrayList<>();
    for (Indicator i : f.indicators()) {
      ids.add(i.id());
    }
    c.model(
        "",
        List.of(ModelProblem.builder()
            .code(org.alignkit.core.ProblemCode.UNKNOWN_INDICATOR)
            .pointer(pointer)
            .indicatorId(id)
            .message("framework " + f.label() + " has no indicator '" + id + "'")
            .fix(Ids.didYouMean(id, ids).orElse("see the framework's indicator ids"))
            .build()));
  }
}
