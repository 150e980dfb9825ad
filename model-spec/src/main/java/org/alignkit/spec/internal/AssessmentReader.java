package org.alignkit.spec.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.alignkit.core.Assessment;
import org.alignkit.core.Framework;
import org.alignkit.core.FundingChannel;
import org.alignkit.core.ModelException;
import org.alignkit.core.ModelProblem;
import org.alignkit.core.Rating;
import org.alignkit.core.RatingStatus;
import org.alignkit.core.StakeholderGroup;
import org.alignkit.core.StakeholderKind;
import org.alignkit.core.internal.Countries;

/** Reads {@code kind: Assessment} documents and checks them against their framework. */
final class AssessmentReader implements KindReader<Assessment> {
  @Override
  public String kind() {
    return "Assessment";
  }

  @Override
  public String schema() {
    return "assessment";
  }

  @Override
  public Assessment read(Ctx c, String base, Framework framework) {
    Assessment.Builder b = Assessment.builder();
    String frameworkId = c.string(base + "/framework/id", "placeholder");
    String frameworkVersion = c.string(base + "/framework/version", "placeholder");
    b.frameworkId(frameworkId).frameworkVersion(frameworkVersion);
    b.country(country(c, base + "/country"));
    c.unit(base + "/subnationalUnit").ifPresent(b::subnationalUnit);
    b.round(c.round(base + "/round"));
    b.group(group(c, base + "/group"));
    b.addAllRespondents(c.strings(base + "/respondents"));
    List<Integer> positions = new ArrayList<>();
    b.addAllRatings(ratings(c, base + "/ratings", positions));
    Assessment a;
    try {
      a = b.build();
    } catch (ModelException e) {
      c.model(base, inFile(e.problems(), positions));
      return null;
    }
    Framework f = c.loading.frameworks().resolve(c, base, frameworkId, frameworkVersion, framework);
    if (f != null) {
      c.model(base, inFile(f.check(a), positions));
    }
    return a;
  }

  /**
   * A rating as the blank form leaves it: an indicator and an empty {@code level:}, nothing else.
   * Like an empty row of the CSV form, it means that the indicator is not rated.
   */
  static boolean isUnfilled(JsonNode entry) {
    if (!entry.isObject() || !entry.has("level") || !isEmpty(entry.get("level"))) {
      return false;
    }
    var names = entry.fieldNames();
    while (names.hasNext()) {
      String name = names.next();
      if (!name.equals("indicator") && !name.equals("level")) {
        return false;
      }
    }
    return true;
  }

  private static boolean isEmpty(JsonNode level) {
    return level.isNull() || (level.isTextual() && level.asText().isBlank());
  }

  /**
   * Before the schema: hides the ratings left unfilled (they are not rated, and skipped by {@link
   * #ratings}), and reports a rating with evidence or a comment but an empty level, as the CSV form
   * does for such a row.
   */
  static void hideUnfilled(Document d, String ratings, Problems p) {
    JsonNode list = d.at(ratings);
    if (!list.isArray()) {
      return;
    }
    for (int i = 0; i < list.size(); i++) {
      JsonNode entry = list.get(i);
      String at = ratings + "/" + i;
      if (isUnfilled(entry)) {
        p.hide(d.file(), at);
      } else if (entry.isObject()
          && entry.has("level")
          && isEmpty(entry.get("level"))
          && !entry.has("status")
          && (entry.has("evidence") || entry.has("comment"))) {
        JsonNode id = entry.path("indicator");
        p.add(
            d,
            org.alignkit.spec.SpecProblem.Layer.SCHEMA,
            at + "/level",
            "the rating of " + (id.isTextual() ? id.asText() : "an indicator")
                + " has evidence or a comment but no level",
            "write the level, or replace it by 'status: not-applicable' or 'status: no-information'");
        p.hide(d.file(), at);
      }
    }
  }

  /**
   * Problems of the assessment's ratings, their pointers turned into those of the file: {@code
   * positions} gives the file position of each rating read (unfilled ratings were skipped).
   */
  static List<ModelProblem> inFile(List<ModelProblem> problems, List<Integer> positions) {
    List<ModelProblem> out = new ArrayList<>();
    for (ModelProblem mp : problems) {
      Matcher m = RATING_POINTER.matcher(mp.pointer());
      if (m.matches() && Integer.parseInt(m.group(1)) < positions.size()) {
        ModelProblem.Builder b = ModelProblem.builder()
            .code(mp.code())
            .pointer("/ratings/" + positions.get(Integer.parseInt(m.group(1))) + m.group(2))
            .message(mp.message());
        mp.fix().ifPresent(b::fix);
        mp.indicatorId().ifPresent(b::indicatorId);
        out.add(b.build());
      } else {
        out.add(mp);
      }
    }
    return out;
  }

  private static final Pattern RATING_POINTER = Pattern.compile("^/ratings/(\\d+)(.*)$");

  static String country(Ctx c, String pointer) {
    String country = c.string(pointer, "XXX");
    if (!Countries.isValid(country)) {
      String upper = country.toUpperCase(java.util.Locale.ROOT);
      c.meaning(
          pointer,
          Texts.quote(country) + " is not an ISO 3166-1 alpha-3 country code",
          Countries.isValid(upper)
              ? "write it in capitals: " + upper
              : "use an ISO 3166-1 alpha-3 code such as RWA, ETH, CAF or BFA (XAA-XZZ for a fictional country)");
      c.placeholder(pointer);
      return "XXX";
    }
    return country;
  }

  /**
   * The ratings at {@code p}, skipping those left unfilled; the file position of each rating read
   * goes into {@code positions}.
   */
  static List<Rating> ratings(Ctx c, String p, List<Integer> positions) {
    List<Rating> out = new ArrayList<>();
    int n = c.size(p);
    for (int i = 0; i < n; i++) {
      String rp = p + "/" + i;
      if (isUnfilled(c.node(rp))) {
        continue;
      }
      positions.add(i);
      Rating.Builder b = Rating.builder().indicatorId(c.id(rp + "/indicator", "placeholder-" + i));
      OptionalInt level = c.integer(rp + "/level");
      boolean hasStatus = c.has(rp + "/status");
      if (level.isPresent() && !hasStatus) {
        b.status(RatingStatus.RATED).level(level.getAsInt());
      } else if (hasStatus && !level.isPresent() && !c.has(rp + "/level")) {
        String status = c.string(rp + "/status", "no-information");
        b.status(
            RatingStatus.NOT_APPLICABLE.id().equals(status)
                ? RatingStatus.NOT_APPLICABLE
                : RatingStatus.NO_INFORMATION);
      } else {
        // Both or neither: the schema reported it. Keep the position so later pointers stay right.
        c.placeholder(rp);
        b.status(RatingStatus.NOT_APPLICABLE);
      }
      c.optionalString(rp + "/evidence").ifPresent(b::evidence);
      c.optionalString(rp + "/comment").ifPresent(b::comment);
      try {
        out.add(b.build());
      } catch (IllegalArgumentException | IllegalStateException e) {
        c.placeholder(rp);
        out.add(Rating.notApplicable("placeholder-" + i));
      }
    }
    return out;
  }

  static StakeholderGroup group(Ctx c, String p) {
    StakeholderGroup.Builder b = StakeholderGroup.builder();
    b.id(c.string(p + "/id", "placeholder"));
    if (c.has(p + "/name")) {
      b.name(c.text(p + "/name"));
    }
    List<String> kinds = c.strings(p + "/kinds");
    boolean anyKind = false;
    for (int i = 0; i < kinds.size(); i++) {
      try {
        b.addKinds(StakeholderKind.fromId(kinds.get(i)));
        anyKind = true;
      } catch (IllegalArgumentException e) {
        c.placeholder(p + "/kinds/" + i);
      }
    }
    c.unit(p + "/subnationalUnit").ifPresent(b::subnationalUnit);
    int channels = c.size(p + "/fundingChannels");
    for (int i = 0; i < channels; i++) {
      OptionalInt ch = c.integer(p + "/fundingChannels/" + i);
      if (ch.isPresent()) {
        try {
          b.addFundingChannels(FundingChannel.of(ch.getAsInt()));
        } catch (IllegalArgumentException e) {
          c.placeholder(p + "/fundingChannels/" + i);
        }
      }
    }
    if (!anyKind) {
      // Stand in with every kind, so that no indicator is wrongly reported as not applicable.
      c.placeholder(p);
      return placeholderGroup();
    }
    try {
      return b.build();
    } catch (ModelException e) {
      c.model(p, e);
      c.placeholder(p);
      return placeholderGroup();
    } catch (IllegalArgumentException | IllegalStateException e) {
      c.placeholder(p);
      return placeholderGroup();
    }
  }

  private static StakeholderGroup placeholderGroup() {
    StakeholderGroup.Builder b = StakeholderGroup.builder().id("placeholder");
    for (StakeholderKind k : StakeholderKind.values()) {
      b.addKinds(k);
    }
    return b.build();
  }
}
