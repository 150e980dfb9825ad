/** The {@code alignkit} command line, built with picocli; {@link org.alignkit.cli.Main} is the entry point. */
package org.alignkit.cli;
