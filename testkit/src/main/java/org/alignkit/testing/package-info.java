/**
 * jqwik arbitraries for the AlignKit model: {@link org.alignkit.testing.AlignKitArbitraries}.
 */
package org.alignkit.testing;
