package org.alignkit.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Student's t quantiles against the printed tables (e.g. NIST/SEMATECH e-Handbook of Statistical
 * Methods, table 1.3.6.7.2, upper critical values), to the 3 decimals printed there.
 */
class StudentTTest {
  @ParameterizedTest
  @CsvSource({
    "0.975, 1, 12.706",
    "0.975, 2, 4.303",
    "0.975, 5, 2.571",
    "0.975, 10, 2.228",
    "0.975, 20, 2.086",
    "0.975, 40, 2.021",
    "0.975, 100, 1.984",
    "0.95, 10, 1.812",
    "0.995, 10, 3.169",
    "0.9, 3, 1.638",
  })
  void quantilesMatchTheTables(double p, int df, double t) {
    assertThat(StudentT.quantile(p, df)).isCloseTo(t, within(0.0005));
    assertThat(StudentT.quantile(1 - p, df)).isCloseTo(-t, within(0.0005));
  }

  @Test
  void theDistributionFunctionIsSymmetricAndInvertsTheQuantile() {
    for (int df : new int[] {1, 3, 11, 40, 500}) {
      assertThat(StudentT.cdf(0, df)).isCloseTo(0.5, within(1e-15));
      for (double p : new double[] {0.001, 0.05, 0.3, 0.7, 0.975, 0.9999}) {
        double t = StudentT.quantile(p, df);
        assertThat(StudentT.cdf(t, df)).isCloseTo(p, within(1e-10));
        assertThat(StudentT.cdf(-t, df)).isCloseTo(1 - p, within(1e-10));
      }
    }
    // Many degrees of freedom: the normal 0.975 quantile.
    assertThat(StudentT.quantile(0.975, 1_000_000)).isCloseTo(1.959964, within(1e-5));
  }

  @Test
  void logGammaOfIntegersIsTheLogOfFactorials() {
    double factorial = 1;
    for (int n = 1; n <= 20; n++) {
      assertThat(StudentT.logGamma(n)).isCloseTo(Math.log(factorial), within(1e-12 * n));
      factorial *= n;
    }
    assertThat(StudentT.logGamma(0.5)).isCloseTo(0.5 * Math.log(Math.PI), within(1e-14));
  }
}
