package org.alignkit.core;

import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * Where a framework comes from: its sources, its licence, whether it is an official instrument, and
 * a notice for readers (AlignKit's reference framework says it is not the official AWG instrument).
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Value.Immutable
public abstract class Provenance {
  Provenance() {}

  /** The documents the framework draws on. */
  public abstract List<String> sources();

  /** The licence of the framework's text, e.g. {@code CC-BY-4.0}. */
  public abstract Optional<String> licence();

  /** Whether this is an official instrument of its publisher; false for AlignKit's own. */
  @Value.Default
  public boolean official() {
    return false;
  }

  /** A notice to show readers of reports, e.g. "not the official AWG instrument"; may be empty. */
  @Value.Default
  public LocalizedText notice() {
    return LocalizedText.empty();
  }

  /** A provenance with nothing recorded. */
  public static Provenance unknown() {
    return builder().build();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Provenance}s. */
  public static final class Builder extends ImmutableProvenance.Builder {
    Builder() {}
  }
}
