package org.alignkit.cli;

import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import org.alignkit.scoring.RuleSet;
import org.alignkit.scoring.RuleSets;
import org.alignkit.scoring.ScoringRules;
import org.alignkit.scoring.spi.ParameterSpec;
import org.alignkit.scoring.spi.ScoringRuleProvider;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code alignkit rules}: the scoring rules found through the SPI, and the bundled rule sets. */
@Command(
    name = "rules",
    mixinStandardHelpOptions = true,
    header = "Lists the scoring rules found and the bundled rule sets.",
    description = {
      "Lists the scoring rules found on the class path (built-in and plug-ins), with their"
          + " parameters, and the bundled rule sets."
    })
final class RulesCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Mixin
  LangOption lang;

  @Override
  public Integer call() {
    var out = spec.commandLine().getOut();
    List<ScoringRuleProvider> providers = ScoringRules.available();
    CliMessages msg = CliMessages.of(lang.locale());
    out.println(msg.get("rules.heading", providers.size()));
    providers.stream()
        .sorted(Comparator.comparing((ScoringRuleProvider p) -> p.role().ordinal())
            .thenComparing(ScoringRuleProvider::id))
        .forEach(p -> {
          out.printf("  %-18s %-13s %s%n", p.id(), p.role().id(), p.description());
          for (ParameterSpec param : p.parameters()) {
            out.printf(
                "      %s (%s%s)%s%n",
                param.name(),
                param.type().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '),
                param.required()
                    ? ", required"
                    : param.defaultValue().map(d -> ", default " + d).orElse(""),
                param.description().isEmpty() ? "" : ": " + param.description());
          }
          String jar = location(p.getClass());
          if (!jar.contains("alignkit-scoring")
              && !jar.contains("alignkit.jar")
              && !jar.contains("/scoring/target/")) {
            out.println("      from " + jar);
          }
        });
    out.println();
    out.println(msg.get("rules.bundled"));
    for (RuleSet r : RuleSets.bundled()) {
      out.printf("  %-10s %s%n", r.id(), r.localizedTitle().get(lang.locale()));
    }
    out.flush();
    return ExitCodes.OK;
  }

  private static String location(Class<?> type) {
    var source = type.getProtectionDomain().getCodeSource();
    return source == null || source.getLocation() == null
        ? "(unknown)"
        : source.getLocation().toString();
  }
}
