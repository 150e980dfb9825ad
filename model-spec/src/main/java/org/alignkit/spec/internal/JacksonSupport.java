package org.alignkit.spec.internal;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.cfg.PackageVersion;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

/**
 * The Jackson versions AlignKit runs on: 2.15 (Spark 3.5's) and later. Two limits that Jackson
 * 2.16 added to {@link StreamReadConstraints} are set when the running Jackson has them; AlignKit
 * checks the same limits itself, so files are held to them on every supported version. An older
 * Jackson is refused when a loader is made, with the version found and the version needed.
 */
final class JacksonSupport {
  /** The oldest Jackson AlignKit supports. */
  static final String OLDEST = "2.15.0";

  private static final MethodHandle MAX_NAME_LENGTH = builderMethod("maxNameLength", int.class);
  private static final MethodHandle MAX_DOCUMENT_LENGTH =
      builderMethod("maxDocumentLength", long.class);

  private JacksonSupport() {}

  /**
   * Refuses a Jackson older than {@link #OLDEST}.
   *
   * @throws IllegalStateException naming the version found and the version needed
   */
  static void requireSupportedVersion() {
    com.fasterxml.jackson.core.Version v = PackageVersion.VERSION;
    if (v.getMajorVersion() < 2 || (v.getMajorVersion() == 2 && v.getMinorVersion() < 15)) {
      throw new IllegalStateException("AlignKit needs Jackson "
          + OLDEST
          + " or later, but jackson-databind "
          + v
          + " is on the class path (declare com.fasterxml.jackson:jackson-bom "
          + OLDEST
          + " or later in your build)");
    }
  }

  static void maxNameLength(StreamReadConstraints.Builder builder, int length) {
    invoke(MAX_NAME_LENGTH, builder, length);
  }

  static void maxDocumentLength(StreamReadConstraints.Builder builder, long length) {
    invoke(MAX_DOCUMENT_LENGTH, builder, length);
  }

  private static void invoke(
      MethodHandle method, StreamReadConstraints.Builder builder, Object arg) {
    if (method == null) {
      return; // Jackson 2.15: AlignKit's own checks hold the limit
    }
    try {
      method.invoke(builder, arg);
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable e) {
      throw new IllegalStateException(e);
    }
  }

  private static MethodHandle builderMethod(String name, Class<?> parameter) {
    try {
      return MethodHandles.publicLookup()
          .findVirtual(
              StreamReadConstraints.Builder.class,
              name,
              MethodType.methodType(StreamReadConstraints.Builder.class, parameter));
    } catch (NoSuchMethodException | IllegalAccessException absent) {
      return null;
    }
  }
}
