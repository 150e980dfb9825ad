package org.alignkit.cli;

import java.net.URL;
import java.nio.file.Path;
import org.alignkit.core.ConsensusRecord;
import org.alignkit.core.Exercise;
import org.alignkit.core.Framework;
import org.alignkit.spec.SpecLoader;

/**
 * Shared input handling: the loader, frameworks (for {@link FrameworkOption}), the bundled example.
 */
final class Inputs {
  /** The bundled example's rounds, inside the jar. */
  static final String EXAMPLE_2024 = "examples/kivara/2024/exercise.yaml";

  static final String EXAMPLE_2026 = "examples/kivara/2026/exercise.yaml";

  /** The bundled example's consensus records (2026 follows up the 2024 plan). */
  static final String EXAMPLE_CONSENSUS_2024 = "examples/kivara/2024/consensus.yaml";

  static final String EXAMPLE_CONSENSUS_2026 = "examples/kivara/2026/consensus.yaml";

  private static final SpecLoader LOADER = SpecLoader.defaults();

  private Inputs() {}

  static SpecLoader loader() {
    return LOADER;
  }

  /** The framework from a file, or the bundled reference framework when {@code file} is null. */
  static Framework framework(Path file) {
    return file == null ? LOADER.bundledFramework() : LOADER.loadFramework(file);
  }

  /** The loader that knows the given framework as well as the bundled one. */
  static SpecLoader loaderWith(Framework framework) {
    return LOADER.withFramework(framework);
  }

  /** A round of the bundled example (the Republic of Kivara, groups of 2024 or 2026). */
  static Exercise example(String resource, Framework framework) {
    URL url = Inputs.class.getResource(resource);
    if (url == null) {
      throw new InvalidInputException("the bundled example " + resource
          + " is missing from this jar (build the cli module with Maven)");
    }
    return loaderWith(framework).loadExercise(url);
  }

  /** A consensus record of the bundled example. */
  static ConsensusRecord exampleConsensus(String resource, Framework framework) {
    URL url = Inputs.class.getResource(resource);
    if (url == null) {
      throw new InvalidInputException("the bundled example " + resource
          + " is missing from this jar (build the cli module with Maven)");
    }
    return loaderWith(framework).loadConsensus(url);
  }

  /** An exercise from a file or folder. */
  static Exercise exercise(Path fileOrFolder, Framework framework) {
    return loaderWith(framework).loadExercise(fileOrFolder, framework);
  }
}
