package org.alignkit.cli;

import org.alignkit.report.HtmlReport;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The {@code --agenda N} option of {@code compare} and {@code report}, a picocli mixin: how many
 * items of the harmonisation agenda are shown in full (what a half-day workshop can hold); the
 * rest are listed compactly.
 */
final class AgendaOption {
  @Spec(Spec.Target.MIXEE)
  CommandSpec spec;

  @Option(
      names = "--agenda",
      paramLabel = "N",
      defaultValue = "" + HtmlReport.DEFAULT_AGENDA_IN_FULL,
      description =
          "Show the first N agenda items in full and the rest compactly (default: ${DEFAULT-VALUE}).")
  int inFull;

  /** The number of items in full; a usage error when negative. */
  int inFull() {
    if (inFull < 0) {
      throw new ParameterException(spec.commandLine(), "--agenda must be 0 or more, got " + inFull);
    }
    return inFull;
  }
}
