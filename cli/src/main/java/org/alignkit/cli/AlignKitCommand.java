package org.alignkit.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** The root {@code alignkit} command. */
@Command(
    name = "alignkit",
    mixinStandardHelpOptions = true,
    versionProvider = AlignKitCommand.Version.class,
    description = {
      "Measures how well development aid for health is aligned with a country's one plan, one budget and one report.",
      "",
      "Exit codes: 0 success, 1 invalid input, 2 usage error, 3 internal error."
    },
    subcommands = {
      ValidateCommand.class,
      ScoreCommand.class,
      CompareCommand.class,
      ProgressCommand.class,
      AgreementCommand.class,
      TemplateCommand.class,
      ReportCommand.class,
      RulesCommand.class
    })
public final class AlignKitCommand implements Runnable {
  @Option(
      names = "--debug",
      scope = ScopeType.INHERIT,
      description = "Print stack traces of failures.")
  boolean debug;

  @picocli.CommandLine.Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** Reads the version from the jar. */
  static final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() throws IOException {
      Properties p = new Properties();
      try (InputStream in = AlignKitCommand.class.getResourceAsStream("version.properties")) {
        if (in != null) {
          p.load(in);
        }
      }
      return new String[] {"alignkit " + p.getProperty("version", "unknown")};
    }
  }
}
