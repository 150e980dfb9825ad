package org.alignkit.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.List;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;
import org.alignkit.scoring.spi.AggregationInputs;

class RationalTest {
  @Example
  void meanOfThreesIsExactlyThree() {
    Rational sum = Rational.ZERO;
    for (int i = 0; i < 7; i++) {
      sum = sum.add(Rational.of(3));
    }
    Rational mean = sum.divide(7);
    assertThat(mean).isEqualTo(Rational.of(3));
    assertThat(mean.isInteger()).isTrue();
    assertThat(mean.floor()).isEqualTo(BigInteger.valueOf(3));
    assertThat(mean.toString()).isEqualTo("3");
  }

  @Example
  void thirdsAddUpExactly() {
    Rational third = Rational.of(1, 3);
    assertThat(third.add(third).add(third)).isEqualTo(Rational.ONE);
    assertThat(Rational.of(2, 4)).isEqualTo(Rational.HALF);
    assertThat(Rational.of(3, -6)).isEqualTo(Rational.HALF.negate());
    assertThat(Rational.of(11, 4).toDecimalString()).isEqualTo("2.75");
    assertThat(Rational.of(7, 3).toBigDecimal(3, RoundingMode.HALF_EVEN))
        .isEqualByComparingTo("2.333");
  }

  @Example
  void overflowFallsBackToBigIntegerAndStaysExact() {
    Rational big = Rational.of(Long.MAX_VALUE);
    Rational sum = big.add(big).add(Rational.ONE);
    assertThat(sum.numerator())
        .isEqualTo(BigInteger.valueOf(Long.MAX_VALUE).shiftLeft(1).add(BigInteger.ONE));
    assertThat(sum.subtract(big).subtract(big)).isEqualTo(Rational.ONE);
    Rational tiny = Rational.of(1, Long.MAX_VALUE);
    assertThat(tiny.multiply(tiny)
            .multiply(Rational.of(Long.MAX_VALUE))
            .multiply(Rational.of(Long.MAX_VALUE)))
        .isEqualTo(Rational.ONE);
  }

  @Example
  void decimalsAreReadExactly() {
    assertThat(Rational.of(new BigDecimal("2.35"))).isEqualTo(Rational.of(47, 20));
    assertThat(Rational.parse("5/2")).isEqualTo(Rational.of(5, 2));
    assertThat(Rational.parse("0.1").add(Rational.parse("0.2"))).isEqualTo(Rational.parse("0.3"));
    assertThat(Rational.of(new BigDecimal("1E+2"))).isEqualTo(Rational.of(100));
    assertThatThrownBy(() -> Rational.of(1, 0)).isInstanceOf(ArithmeticException.class);
    assertThatThrownBy(() -> Rational.ONE.divide(Rational.ZERO))
        .isInstanceOf(ArithmeticException.class);
  }

  @Example
  void floorAndCeilingOfNegatives() {
    assertThat(Rational.of(-5, 2).floor()).isEqualTo(BigInteger.valueOf(-3));
    assertThat(Rational.of(-5, 2).ceiling()).isEqualTo(BigInteger.valueOf(-2));
    assertThat(Rational.of(5, 2).ceiling()).isEqualTo(BigInteger.valueOf(3));
  }

  @Property
  void arithmeticAgreesWithBigDecimal(
      @ForAll @LongRange(min = -1_000_000_000_000L, max = 1_000_000_000_000L) long a,
      @ForAll @LongRange(min = 1, max = 1_000_000_000_000L) long b,
      @ForAll @LongRange(min = -1_000_000_000_000L, max = 1_000_000_000_000L) long c,
      @ForAll @LongRange(min = 1, max = 1_000_000_000_000L) long d) {
    Rational x = Rational.of(a, b);
    Rational y = Rational.of(c, d);
    BigInteger n = BigInteger.valueOf(a)
        .multiply(BigInteger.valueOf(d))
        .add(BigInteger.valueOf(c).multiply(BigInteger.valueOf(b)));
    BigInteger m = BigInteger.valueOf(b).multiply(BigInteger.valueOf(d));
    assertThat(x.add(y)).isEqualTo(Rational.of(n, m));
    assertThat(x.add(y)).isEqualTo(y.add(x));
    assertThat(x.add(y).subtract(y)).isEqualTo(x);
    assertThat(Integer.signum(x.compareTo(y)))
        .isEqualTo(Integer.signum(BigInteger.valueOf(a)
            .multiply(BigInteger.valueOf(d))
            .compareTo(BigInteger.valueOf(c).multiply(BigInteger.valueOf(b)))));
    if (y.signum() != 0) {
      assertThat(x.divide(y).multiply(y)).isEqualTo(x);
    }
    assertThat(x.equals(y)).isEqualTo(x.compareTo(y) == 0);
    assertThat(x.hashCode() == y.hashCode() || !x.equals(y)).isTrue();
  }

  /**
   * Small denominators with common factors take the paths that cancel by the gcd of the
   * denominators (Knuth, TAOCP vol. 2, 4.5.1) and by the gcd of numerator and divisor: compare with
   * BigInteger arithmetic on the unreduced fractions.
   */
  @Property
  void reducedArithmeticOnSmallDenominatorsAgreesWithBigInteger(
      @ForAll @LongRange(min = -500, max = 500) long a,
      @ForAll @LongRange(min = 1, max = 60) long b,
      @ForAll @LongRange(min = -500, max = 500) long c,
      @ForAll @LongRange(min = 1, max = 60) long d,
      @ForAll @LongRange(min = 1, max = 90) long k) {
    Rational x = Rational.of(a, b);
    Rational y = Rational.of(c, d);
    BigInteger n = BigInteger.valueOf(a * d + c * b);
    BigInteger m = BigInteger.valueOf(b * d);
    assertThat(x.add(y)).isEqualTo(Rational.of(n, m));
    Rational sum = x.add(y);
    assertThat(sum.numerator().gcd(sum.denominator())).as("reduced").isEqualTo(BigInteger.ONE);
    assertThat(sum.denominator().signum()).isPositive();
    assertThat(x.divide(k))
        .isEqualTo(Rational.of(BigInteger.valueOf(a), BigInteger.valueOf(b * k)));
    assertThat(x.divide(k)).isEqualTo(x.divide(Rational.of(k)));
  }

  @Property
  void meanOfEqualValuesIsThatValue(
      @ForAll @IntRange(min = 1, max = 5) int level,
      @ForAll @IntRange(min = 1, max = 200) int count) {
    Rational sum = Rational.ZERO;
    for (int i = 0; i < count; i++) {
      sum = sum.add(Rational.of(level));
    }
    assertThat(sum.divide(count)).isEqualTo(Rational.of(level));
  }

  /**
   * {@link AggregationInputs#sum()} and {@link AggregationInputs#mean()} accumulate in longs and
   * fall back on overflow: they agree with BigInteger arithmetic, for small denominators (the
   * cancelling paths), huge ones (overflow mid-sum) and values already beyond longs.
   */
  @Property
  void sumAndMeanOfInputsAgreeWithBigInteger(
      @ForAll @Size(min = 1, max = 12)
          List<@LongRange(min = -1_000_000_000_000L, max = 1_000_000_000_000L) Long> nums,
      @ForAll @Size(min = 12, max = 12)
          List<@LongRange(min = 1, max = 1_000_000_000_000L) Long> dens,
      @ForAll boolean smallDenominators,
      @ForAll boolean oneBig) {
    Rational[] values = new Rational[nums.size()];
    BigInteger n = BigInteger.ZERO;
    BigInteger d = BigInteger.ONE;
    for (int i = 0; i < values.length; i++) {
      BigInteger vn = BigInteger.valueOf(smallDenominators ? nums.get(i) % 500 : nums.get(i));
      BigInteger vd = BigInteger.valueOf(smallDenominators ? dens.get(i) % 12 + 1 : dens.get(i));
      if (oneBig && i == values.length / 2) {
        vn = vn.multiply(BigInteger.TEN.pow(30)).add(BigInteger.ONE);
      }
      values[i] = Rational.of(vn, vd);
      n = n.multiply(vd).add(vn.multiply(d));
      d = d.multiply(vd);
    }
    AggregationInputs in = inputs(values);
    assertThat(in.sum()).isEqualTo(Rational.of(n, d));
    assertThat(in.mean()).isEqualTo(Rational.of(n, d.multiply(BigInteger.valueOf(values.length))));
    assertThat(in.mean().numerator().gcd(in.mean().denominator()))
        .as("reduced")
        .isEqualTo(BigInteger.ONE);
  }

  @Property
  void meanOfEqualInputsIsExactlyThatValue(
      @ForAll @LongRange(min = -1000, max = 1000) long num,
      @ForAll @LongRange(min = 1, max = 97) long den,
      @ForAll @IntRange(min = 1, max = 50) int count) {
    Rational[] values = new Rational[count];
    java.util.Arrays.fill(values, Rational.of(num, den));
    assertThat(inputs(values).mean()).isEqualTo(Rational.of(num, den));
  }

  private static AggregationInputs inputs(Rational[] values) {
    return new AggregationInputs() {
      @Override
      public String nodeId() {
        return "n";
      }

      @Override
      public int size() {
        return values.length;
      }

      @Override
      public Rational value(int i) {
        return values[i];
      }

      @Override
      public Rational weight(int i) {
        return Rational.ONE;
      }

      @Override
      public String id(int i) {
        return "i" + i;
      }

      @Override
      public int scaleMin() {
        return 1;
      }

      @Override
      public int scaleMax() {
        return 5;
      }
    };
  }
}
