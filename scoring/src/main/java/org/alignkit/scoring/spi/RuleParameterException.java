package org.alignkit.scoring.spi;

import static java.util.Objects.requireNonNull;

import org.alignkit.scoring.ScoringException;
import org.apiguardian.api.API;

/** A rule set gives a rule a bad, unknown or missing parameter. Names the rule and the parameter. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public class RuleParameterException extends ScoringException {
  private static final long serialVersionUID = 1L;

  private final String parameter;

  /** An exception about one parameter of one rule. */
  public RuleParameterException(String ruleId, String parameter, String message) {
    super(message, requireNonNull(ruleId, "ruleId"), null, null);
    this.parameter = requireNonNull(parameter, "parameter");
  }

  /** The parameter's name. */
  public String parameter() {
    return parameter;
  }
}
