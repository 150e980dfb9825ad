package org.alignkit.spec.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The kinds of AlignKit document, by their {@code kind:} value. A new kind (the scoring module's
 * rule sets) adds a {@link KindReader} and a schema file here; rule sets did.
 */
final class Kinds {
  static final KindReader<org.alignkit.core.Framework> FRAMEWORK = new FrameworkReader();
  static final KindReader<org.alignkit.core.Assessment> ASSESSMENT = new AssessmentReader();
  static final KindReader<org.alignkit.core.Exercise> EXERCISE = new ExerciseReader();
  static final KindReader<org.alignkit.core.ConsensusRecord> CONSENSUS = new ConsensusReader();
  static final KindReader<org.alignkit.scoring.RuleSet> RULE_SET = new RuleSetReader();

  private static final Map<String, KindReader<?>> BY_NAME = new LinkedHashMap<>();

  static {
    register(FRAMEWORK);
    register(ASSESSMENT);
    register(EXERCISE);
    register(CONSENSUS);
    register(RULE_SET);
  }

  private Kinds() {}

  private static void register(KindReader<?> reader) {
    BY_NAME.put(reader.kind(), reader);
  }

  static Optional<KindReader<?>> byName(String kind) {
    return Optional.ofNullable(BY_NAME.get(kind));
  }

  static Set<String> names() {
    return BY_NAME.keySet();
  }
}
