package org.alignkit.scoring.spi;

import java.util.List;
import java.util.Optional;
import org.alignkit.core.AlignKitException;
import org.apiguardian.api.API;

/**
 * A rule provider could not be loaded, or two providers claim the same rule id. Names the provider
 * classes, the jars they came from and the duplicate id.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public class RuleLoadingException extends AlignKitException {
  private static final long serialVersionUID = 1L;

  private final List<String> providerClasses;
  private final List<String> jars;
  private final String duplicateId;

  /**
   * An exception about providers.
   *
   * @param message the message
   * @param providerClasses the provider classes involved
   * @param jars where they came from (jar or directory), in the same order
   * @param duplicateId the rule id claimed twice, or {@code null}
   * @param cause the loading failure, or {@code null}
   */
  public RuleLoadingException(
      String message,
      List<String> providerClasses,
      List<String> jars,
      String duplicateId,
      Throwable cause) {
    super(message, cause);
    this.providerClasses = List.copyOf(providerClasses);
    this.jars = List.copyOf(jars);
    this.duplicateId = duplicateId;
  }

  /** The provider classes involved. */
  public List<String> providerClasses() {
    return providerClasses;
  }

  /** The jars (or directories) the providers came from, in the order of {@link #providerClasses()}. */
  public List<String> jars() {
    return jars;
  }

  /** The duplicate rule id, if that is the problem. */
  public Optional<String> duplicateId() {
    return Optional.ofNullable(duplicateId);
  }
}
