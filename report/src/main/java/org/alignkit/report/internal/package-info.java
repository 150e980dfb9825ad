/**
 * Report internals: the SVG chart builders, the colour palettes, the message bundles and the
 * template data model. Not exported.
 */
package org.alignkit.report.internal;
