/**
 * AlignKit internals shared between AlignKit modules: the Immutables style, argument checks and
 * text helpers. Not part of the API; exported only to AlignKit's own modules.
 */
package org.alignkit.core.internal;
