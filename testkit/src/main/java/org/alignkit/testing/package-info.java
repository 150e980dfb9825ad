/**
 * Test support for AlignKit and its users: jqwik arbitraries for the model ({@link
 * org.alignkit.testing.AlignKitArbitraries}), the contract test for scoring rules ({@link
 * org.alignkit.testing.ScoringRuleContract}) and stub and faulty rule providers ({@link
 * org.alignkit.testing.TestRules}).
 */
package org.alignkit.testing;
