package org.alignkit.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The module map, enforced: dependencies between AlignKit modules point one way (core ← scoring,
 * model-spec; scoring ← model-spec, report; everything ← cli), internals stay inside their module,
 * and packages have no cycles.
 */
class ArchitectureTest {
  private static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.alignkit");
  }

  /** The AlignKit module a package belongs to: the segment after {@code org.alignkit}. */
  static String moduleOf(String packageName) {
    String rest = packageName.substring("org.alignkit.".length());
    int dot = rest.indexOf('.');
    return dot < 0 ? rest : rest.substring(0, dot);
  }

  @Test
  void theModelIsImported() {
    // Guards the rules below against passing vacuously on an empty import.
    org.assertj.core.api.Assertions.assertThat(classes.contain("org.alignkit.core.Framework")).isTrue();
    org.assertj.core.api.Assertions.assertThat(classes.contain("org.alignkit.testing.AlignKitArbitraries")).isTrue();
  }

  @Test
  void coreDependsOnNoOtherAlignKitModule() {
    noClasses()
        .that()
        .resideInAPackage("org.alignkit.core..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.alignkit.scoring..",
            "org.alignkit.spec..",
            "org.alignkit.report..",
            "org.alignkit.cli..",
            "org.alignkit.testing..")
        .check(classes);
  }

  @Test
  void scoringDependsOnlyOnCore() {
    noClasses()
        .that()
        .resideInAPackage("org.alignkit.scoring..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.alignkit.spec..", "org.alignkit.report..", "org.alignkit.cli..")
        .allowEmptyShould(true)
        .check(classes);
  }

  @Test
  void modelSpecDoesNotDependOnReportOrCli() {
    noClasses()
        .that()
        .resideInAPackage("org.alignkit.spec..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.alignkit.report..", "org.alignkit.cli..")
        .allowEmptyShould(true)
        .check(classes);
  }

  @Test
  void reportDoesNotDependOnCli() {
    noClasses()
        .that()
        .resideInAPackage("org.alignkit.report..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.alignkit.cli..")
        .allowEmptyShould(true)
        .check(classes);
  }

  @Test
  void librariesLogOnlyThroughTheSlf4jApi() {
    noClasses()
        .that()
        .resideOutsideOfPackage("org.alignkit.cli..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.slf4j.simple..", "org.slf4j.impl..", "java.util.logging..")
        .check(classes);
  }

  @Test
  void internalsAreUsedOnlyInsideTheirModule() {
    classes()
        .that()
        .resideInAPackage("org.alignkit.*.internal..")
        .should(beAccessedOnlyFromTheirModule())
        .check(classes);
  }

  private static ArchCondition<JavaClass> beAccessedOnlyFromTheirModule() {
    return new ArchCondition<>("be accessed only from their own module (core internals: from AlignKit)") {
      @Override
      public void check(JavaClass item, ConditionEvents events) {
        String module = moduleOf(item.getPackageName());
        item.getDirectDependenciesToSelf()
            .forEach(
                d -> {
                  String from = d.getOriginClass().getPackageName();
                  boolean allowed =
                      module.equals("core")
                          ? from.startsWith("org.alignkit.")
                          : from.startsWith("org.alignkit.") && moduleOf(from).equals(module);
                  if (!allowed) {
                    events.add(SimpleConditionEvent.violated(d, d.getDescription()));
                  }
                });
      }
    };
  }

  @Test
  void packagesHaveNoCycles() {
    slices().matching("org.alignkit.(**)").should().beFreeOfCycles().check(classes);
  }
}
