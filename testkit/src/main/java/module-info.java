/**
 * AlignKit test kit: jqwik arbitraries that generate valid frameworks, assessments and exercises,
 * and assessments broken in one known way, for AlignKit's tests and for users' own.
 */
module org.alignkit.testing {
  requires transitive org.alignkit.core;
  requires transitive net.jqwik.api;
  requires static transitive org.apiguardian.api;

  exports org.alignkit.testing;
}
