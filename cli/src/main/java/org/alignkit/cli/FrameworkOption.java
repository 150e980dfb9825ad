package org.alignkit.cli;

import java.nio.file.Path;
import org.alignkit.core.Framework;
import picocli.CommandLine.Option;

/**
 * The {@code --framework} option, a picocli mixin: the framework file a command reads its inputs
 * against, the bundled reference framework when the option is not given.
 */
final class FrameworkOption {
  @Option(
      names = "--framework",
      paramLabel = "F",
      description = "The framework file (default: the bundled reference framework).")
  Path file;

  /**
   * The framework: the file's, or the bundled reference framework when {@code --framework} is not
   * given.
   *
   * @throws org.alignkit.spec.SpecException when the file is missing or has problems
   */
  Framework resolve() {
    return Inputs.framework(file);
  }

  /** Whether {@code --framework} was given. */
  boolean given() {
    return file != null;
  }
}
