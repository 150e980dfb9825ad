package org.alignkit.core.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of the AlignKit project: generated classes are package-private and
 * hidden behind the public abstract value type, builders are strict, and every value type
 * declares a nested {@code Builder extends ImmutableX.Builder}.
 *
 * <p>Internal: exported only to AlignKit's own modules.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    strictBuilder = true,
    defaults = @Value.Immutable(copy = false),
    get = {"is*", "get*"},
    allParameters = false)
public @interface AlignKitStyle {}
