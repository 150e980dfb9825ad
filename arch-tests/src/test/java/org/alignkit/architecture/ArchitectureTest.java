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
 * The module map, enforced: dependencies between AlignKit modules point one way (metrics depends on
 * no AlignKit module; core ← scoring; scoring and metrics ← analysis; core and scoring ← model-spec;
 * analysis ← report; everything ← cli), internals stay inside their module, and packages have no
 * cycles.
 */
class ArchitectureTest {
  private static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes = new ClassFileImporter()
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
    org.assertj.core.api.Assertions.assertThat(classes.contain("org.alignkit.core.Framework"))
        .isTrue();
    org.assertj.core.api.Assertions.assertThat(
            classes.contain("org.alignkit.testing.AlignKitArbitraries"))
        .isTrue();
    org.assertj.core.api.Assertions.assertThat(
            classes.contain("org.alignkit.metrics.KrippendorffAlpha"))
        .isTrue();
    org.assertj.core.api.Assertions.assertThat(
            classes.contain("org.alignkit.analysis.RoundAnalyser"))
        .isTrue();
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
            "org.alignkit.metrics..",
            "org.alignkit.analysis..",
            "org.alignkit.spec..",
            "org.alignkit.report..",
            "org.alignkit.cli..",
            "org.alignkit.testing..")
        .check(classes);
  }

  @Test
  void metricsDependsOnNoOtherAlignKitModule() {
    noClasses()
        .that()
        .resideInAPackage("org.alignkit.metrics..")
        .should()
        .dependOnClassesThat()
        .resideOutsideOfPackages(
            "org.alignkit.metrics..",
            "java..",
            "com.google.common..",
            "org.apiguardian..",
            "org.immutables..",
            "com.google.errorprone.annotations..",
            "javax.annotation..")
        .check(classes);
  }

  @Test
  void scoringDependsOnlyOnCore() {
    noClasses()
        .that()
        .resideInAPackage("org.alignkit.scoring..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.alignkit.metrics..",
            "org.alignkit.analysis..",
            "org.alignkit.spec..",
            "org.alignkit.report..",
            "org.alignkit.cli..")
        .check(classes);
  }

  @Test
  void analysisDependsOnlyOnCoreScoringAndMetrics() {
    noClasses()
        .that()
        .resideInAPackage("org.alignkit.analysis..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.alignkit.spec..",
            "org.alignkit.report..",
            "org.alignkit.cli..",
            "org.alignkit.testing..")
        .check(classes);
  }

  @Test
  void modelSpecDoesNotDependOnAnalysis() {
    noClasses()
        .that()
        .resideInAPackage("org.alignkit.spec..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.alignkit.analysis..", "org.alignkit.metrics..")
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
        .resideInAPackage("org.alignkit..internal..")
        .should(beAccessedOnlyFromTheirModule())
        .check(classes);
  }

  private static ArchCondition<JavaClass> beAccessedOnlyFromTheirModule() {
    return new ArchCondition<>(
        "be accessed only from their own module (core internals: from AlignKit)") {
      @Override
      public void check(JavaClass item, ConditionEvents events) {
        String module = moduleOf(item.getPackageName());
        item.getDirectDependenciesToSelf().forEach(d -> {
          String from = d.getOriginClass().getPackageName();
          boolean allowed = module.equals("core")
              ? from.startsWith("org.alignkit.")
              : from.startsWith("org.alignkit.") && moduleOf(from).equals(module);
          if (!allowed) {
            events.add(SimpleConditionEvent.violated(d, d.getDescription()));
          }
        });
      }
    };
  }

  /**
   * No cycles between packages. A module's {@code internal} package is the implementation behind the
   * API package it sits in (the API delegates to it, and it builds the API's values), so each is
   * counted with its parent package; so is scoring's {@code spi} package, whose rules compute with
   * the root package's {@code Rational} while the engine in the root package takes providers (the
   * user API and the implementer SPI of one engine, as in JUnit's platform). Every other pair of
   * packages, within a module or across modules, must be free of cycles.
   */
  @Test
  void packagesHaveNoCycles() {
    slices()
        .assignedFrom(new com.tngtech.archunit.library.dependencies.SliceAssignment() {
          @Override
          public com.tngtech.archunit.library.dependencies.SliceIdentifier getIdentifierOf(
              JavaClass c) {
            String p = c.getPackageName();
            if (!p.startsWith("org.alignkit.")) {
              return com.tngtech.archunit.library.dependencies.SliceIdentifier.ignore();
            }
            int i = p.indexOf(".internal");
            String slice = i < 0 ? p : p.substring(0, i);
            if (slice.equals("org.alignkit.scoring.spi")) {
              slice = "org.alignkit.scoring";
            }
            return com.tngtech.archunit.library.dependencies.SliceIdentifier.of(slice);
          }

          @Override
          public String getDescription() {
            return "AlignKit packages, each internal package (and scoring's spi) counted with its API package";
          }
        })
        .should()
        .beFreeOfCycles()
        .check(classes);
  }

  /** A user who imports two AlignKit packages never meets two types of one name. */
  @Test
  void noTypeNameIsDeclaredInTwoApiPackages() {
    java.util.Map<String, java.util.Set<String>> packagesByName = new java.util.TreeMap<>();
    for (JavaClass c : classes) {
      if (c.getModifiers().contains(com.tngtech.archunit.core.domain.JavaModifier.PUBLIC)
          && c.getEnclosingClass().isEmpty()
          && !c.getPackageName().contains(".internal")
          && !c.getSimpleName().startsWith("Immutable")
          && !c.getSimpleName().equals("package-info")) {
        packagesByName
            .computeIfAbsent(c.getSimpleName(), k -> new java.util.TreeSet<>())
            .add(c.getPackageName());
      }
    }
    packagesByName.values().removeIf(packages -> packages.size() < 2);
    org.assertj.core.api.Assertions.assertThat(packagesByName).isEmpty();
  }

  @Test
  void apiPackagesAcrossModulesHaveNoCycles() {
    slices().matching("org.alignkit.(*)..").should().beFreeOfCycles().check(classes);
  }
}
