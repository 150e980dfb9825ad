package org.alignkit.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.alignkit.core.Framework;
import org.alignkit.spec.SpecLoader;
import org.alignkit.spec.SpecProblem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code alignkit validate}: checks files of any kind and prints every problem like a compiler. */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    header = "Checks files and round folders; prints every problem found.",
    description = {
      "Checks AlignKit files of any kind (framework, assessment, exercise, consensus, rule set;"
          + " YAML or JSON; assessments also as CSV, as 'alignkit template --format csv' writes"
          + " them) and round folders, and prints every problem as file:line:col: /pointer:"
          + " message (fix).",
      "Without --framework, assessments are checked against the bundled framework or any"
          + " framework file given among FILE. Exit code 1 when any file has a problem."
    })
final class ValidateCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Parameters(paramLabel = "FILE", arity = "1..*", description = "Files or exercise folders.")
  List<Path> files;

  @Mixin
  FrameworkOption framework;

  @Override
  public Integer call() {
    SpecLoader loader = Inputs.loader();
    Framework f = null;
    if (framework.given()) {
      f = framework.resolve();
      loader = loader.withFramework(f);
    }
    var out = spec.commandLine().getOut();
    var err = spec.commandLine().getErr();
    int problems = 0;
    for (Path file : files) {
      List<SpecProblem> found = f == null ? loader.validate(file) : loader.validate(file, f);
      if (found.isEmpty()) {
        out.println(file + ": ok");
      } else {
        found.forEach(p -> err.println(Main.forCommandLine(p.toString())));
        problems += found.size();
      }
    }
    out.flush();
    err.flush();
    if (problems > 0) {
      err.println(problems + (problems == 1 ? " problem" : " problems") + " found.");
      return ExitCodes.INVALID_INPUT;
    }
    return ExitCodes.OK;
  }
}
