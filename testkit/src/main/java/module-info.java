/**
 * AlignKit test kit: jqwik arbitraries that generate valid frameworks, assessments and exercises,
 * and assessments broken in one known way; {@link org.alignkit.testing.ScoringRuleContract}, the
 * contract test every scoring rule can run; and {@link org.alignkit.testing.TestRules}, stub and
 * faulty rule providers. For AlignKit's tests and for users' own.
 */
module org.alignkit.testing {
  requires transitive org.alignkit.core;
  requires transitive org.alignkit.scoring;
  requires transitive net.jqwik.api;
  requires static transitive org.apiguardian.api;

  exports org.alignkit.testing;
}
