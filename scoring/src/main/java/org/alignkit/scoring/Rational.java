package org.alignkit.scoring;

import static java.util.Objects.requireNonNull;

import com.google.common.math.LongMath;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import org.apiguardian.api.API;

/**
 * An exact rational number: the score of a node. Means and weighted means are computed with it, so a
 * mean of ratings that are all 3 is exactly 3 and banding at a level boundary never depends on binary
 * rounding.
 *
 * <p>Immutable and always reduced (the denominator is positive, numerator and denominator have no
 * common factor). Arithmetic runs on {@code long} with overflow checks and falls back to {@link
 * BigInteger} when a result does not fit, so it is exact at any size. Written for AlignKit instead of
 * using Commons Numbers' {@code BigFraction} because scoring runs millions of small additions per
 * second and the {@code long} path allocates nothing beyond the result.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class Rational extends Number implements Comparable<Rational> {
  private static final long serialVersionUID = 1L;
  private static final Rational[] SMALL = new Rational[16 + 257];

  static {
    for (int i = 0; i < SMALL.length; i++) {
      SMALL[i] = new Rational(i - 16, 1, null, null);
    }
  }

  /** Zero. */
  public static final Rational ZERO = of(0);

  /** One. */
  public static final Rational ONE = of(1);

  /** One half. */
  public static final Rational HALF = of(1, 2);

  private final long num;
  private final long den;
  // Non-null only when the value does not fit in two longs.
  private final BigInteger bigNum;
  private final BigInteger bigDen;

  private Rational(long num, long den, BigInteger bigNum, BigInteger bigDen) {
    this.num = num;
    this.den = den;
    this.bigNum = bigNum;
    this.bigDen = bigDen;
  }

  /** The integer {@code value}. */
  public static Rational of(long value) {
    if (value >= -16 && value <= 256) {
      return SMALL[(int) value + 16];
    }
    return new Rational(value, 1, null, null);
  }

  /**
   * The fraction {@code numerator / denominator}, reduced.
   *
   * @throws ArithmeticException if the denominator is 0
   */
  public static Rational of(long numerator, long denominator) {
    if (denominator == 0) {
      throw new ArithmeticException("denominator is zero: " + numerator + "/0");
    }
    if (denominator == 1) {
      return of(numerator);
    }
    if (numerator == Long.MIN_VALUE || denominator == Long.MIN_VALUE) {
      return of(BigInteger.valueOf(numerator), BigInteger.valueOf(denominator));
    }
    if (denominator < 0) {
      numerator = -numerator;
      denominator = -denominator;
    }
    long g = gcd(Math.abs(numerator), denominator);
    if (g > 1) {
      numerator /= g;
      denominator /= g;
    }
    if (denominator == 1) {
      return of(numerator);
    }
    return new Rational(numerator, denominator, null, null);
  }

  /**
   * The fraction {@code numerator / denominator}, reduced.
   *
   * @throws ArithmeticException if the denominator is 0
   */
  public static Rational of(BigInteger numerator, BigInteger denominator) {
    requireNonNull(numerator, "numerator");
    requireNonNull(denominator, "denominator");
    if (denominator.signum() == 0) {
      throw new ArithmeticException("denominator is zero: " + numerator + "/0");
    }
    if (denominator.signum() < 0) {
      numerator = numerator.negate();
      denominator = denominator.negate();
    }
    BigInteger g = numerator.gcd(denominator);
    if (!g.equals(BigInteger.ONE) && g.signum() != 0) {
      numerator = numerator.divide(g);
      denominator = denominator.divide(g);
    }
    if (numerator.bitLength() <= 63 && denominator.bitLength() <= 63) {
      long n = numerator.longValue();
      long d = denominator.longValue();
      return d == 1 ? of(n) : new Rational(n, d, null, null);
    }
    return new Rational(0, 0, numerator, denominator);
  }

  /** The exact value of a decimal, e.g. {@code 2.35} is {@code 47/20}. */
  public static Rational of(BigDecimal value) {
    requireNonNull(value, "value");
    BigInteger unscaled = value.unscaledValue();
    int scale = value.scale();
    return scale <= 0
        ? of(unscaled.multiply(BigInteger.TEN.pow(-scale)), BigInteger.ONE)
        : of(unscaled, BigInteger.TEN.pow(scale));
  }

  /**
   * Parses {@code "5/2"}, {@code "3"} or a decimal such as {@code "2.35"}.
   *
   * @throws NumberFormatException if the text is none of these
   */
  public static Rational parse(String text) {
    requireNonNull(text, "text");
    String t = text.trim();
    int slash = t.indexOf('/');
    if (slash >= 0) {
      return of(
          new BigInteger(t.substring(0, slash).trim()),
          new BigInteger(t.substring(slash + 1).trim()));
    }
    return of(new BigDecimal(t));
  }

  private boolean isBig() {
    return bigNum != null;
  }

  /** The numerator of the reduced fraction; carries the sign. */
  public BigInteger numerator() {
    return isBig() ? bigNum : BigInteger.valueOf(num);
  }

  /** The denominator of the reduced fraction; always positive. */
  public BigInteger denominator() {
    return isBig() ? bigDen : BigInteger.valueOf(den);
  }

  /** Whether this is a whole number. */
  public boolean isInteger() {
    return isBig() ? bigDen.equals(BigInteger.ONE) : den == 1;
  }

  /** {@code -1}, {@code 0} or {@code 1}. */
  public int signum() {
    return isBig() ? bigNum.signum() : Long.signum(num);
  }

  /** {@code this + other}. */
  public Rational add(Rational other) {
    if (!isBig() && !other.isBig()) {
      try {
        if (den == other.den) {
          return of(Math.addExact(num, other.num), den);
        }
        // Knuth, TAOCP vol. 2, 4.5.1: with both fractions reduced, only gcds of the denominators
        // and of a smaller intermediate are needed.
        long d1 = LongMath.gcd(den, other.den);
        if (d1 == 1) {
          return new Rational(
              Math.addExact(Math.multiplyExact(num, other.den), Math.multiplyExact(other.num, den)),
              Math.multiplyExact(den, other.den),
              null,
              null);
        }
        long t = Math.addExact(
            Math.multiplyExact(num, other.den / d1), Math.multiplyExact(other.num, den / d1));
        if (t == 0) {
          return ZERO;
        }
        long d2 = LongMath.gcd(Math.abs(t), d1);
        long n = t / d2;
        long d = Math.multiplyExact(den / d1, other.den / d2);
        return d == 1 ? of(n) : new Rational(n, d, null, null);
      } catch (ArithmeticException overflow) {
        // fall through to the exact BigInteger path
      }
    }
    return of(
        numerator().multiply(other.denominator()).add(other.numerator().multiply(denominator())),
        denominator().multiply(other.denominator()));
  }

  /**
   * The exact sum of the values; {@link #ZERO} for none. Allocates only the result for small
   * values (levels and their means).
   */
  public static Rational sum(List<Rational> values) {
    return sumOf(values, 1);
  }

  /**
   * The exact mean of the values.
   *
   * @throws IllegalArgumentException if there is no value
   */
  public static Rational mean(List<Rational> values) {
    if (values.isEmpty()) {
      throw new IllegalArgumentException("the mean of no value is undefined");
    }
    return sumOf(values, values.size());
  }

  /**
   * The sum of the values divided by {@code divisor} (> 0), allocating only the result:
   * small values are summed over a common denominator and reduced once; larger ones in two longs
   * with Knuth's addition of reduced fractions; on overflow it goes on with {@link #add}, which
   * falls back to {@link BigInteger}s.
   */
  static Rational sumOf(List<Rational> in, long divisor) {
    // Small values (levels and the means of levels): the sum is accumulated over a common
    // denominator without reducing, and reduced once, by one gcd, at the end. Numerator and
    // denominator stay below 2^31, so no product or sum can overflow.
    int size = in.size();
    long n = 0;
    long d = 1;
    small:
    if (divisor < SMALL_BOUND) {
      for (int i = 0; i < size; i++) {
        Rational v = in.get(i);
        long vn = v.num;
        long vd = v.den;
        if (v.isBig() || vn >= SMALL_BOUND || vn <= -SMALL_BOUND || vd >= SMALL_BOUND) {
          break small;
        }
        if (vd == d) {
          n += vn;
        } else if (d == 1) {
          n = n * vd + vn;
          d = vd;
        } else if (vd == 1) {
          n += vn * d;
        } else {
          n = n * vd + vn * d;
          d *= vd;
        }
        if (n >= SMALL_BOUND || n <= -SMALL_BOUND || d >= SMALL_BOUND) {
          break small;
        }
      }
      long dd = d * divisor;
      if (n == 0) {
        return ZERO;
      }
      long g = LongMath.gcd(Math.abs(n), dd);
      n /= g;
      dd /= g;
      return dd == 1 ? of(n) : new Rational(n, dd, null, null);
    }
    return reducedSumOf(in, divisor);
  }

  /** Numerators and denominators below this take {@link #sumOf}'s common-denominator path. */
  private static final long SMALL_BOUND = 1L << 31;

  /** {@link #sumOf} with every partial sum reduced (Knuth's addition), for values of any size. */
  private static Rational reducedSumOf(List<Rational> in, long divisor) {
    int size = in.size();
    long n = 0;
    long d = 1;
    for (int i = 0; i < size; i++) {
      Rational v = in.get(i);
      if (v.isBig()) {
        return slowSum(in, i, of(n, d), divisor);
      }
      try {
        if (d == 1 && v.den == 1) {
          n = Math.addExact(n, v.num);
          continue;
        }
        long d1 = LongMath.gcd(d, v.den);
        if (d1 == 1) {
          long nn = Math.addExact(Math.multiplyExact(n, v.den), Math.multiplyExact(v.num, d));
          d = Math.multiplyExact(d, v.den);
          n = nn;
          continue;
        }
        long t =
            Math.addExact(Math.multiplyExact(n, v.den / d1), Math.multiplyExact(v.num, d / d1));
        if (t == 0) {
          n = 0;
          d = 1;
          continue;
        }
        long d2 = LongMath.gcd(Math.abs(t), d1);
        long nd = Math.multiplyExact(d / d1, v.den / d2);
        n = t / d2;
        d = nd;
      } catch (ArithmeticException overflow) {
        return slowSum(in, i, of(n, d), divisor);
      }
    }
    if (divisor == 1) {
      return d == 1 ? of(n) : new Rational(n, d, null, null);
    }
    if (n != Long.MIN_VALUE) {
      // n/d is reduced: cancelling gcd(n, divisor) leaves a reduced result.
      long g = LongMath.gcd(Math.abs(n), divisor);
      try {
        long dd = Math.multiplyExact(d, divisor / g);
        return dd == 1 ? of(n / g) : new Rational(n / g, dd, null, null);
      } catch (ArithmeticException overflow) {
        // fall through
      }
    }
    return of(n, d).divide(of(divisor));
  }

  private static Rational slowSum(List<Rational> in, int from, Rational partial, long divisor) {
    Rational s = partial;
    for (int i = from; i < in.size(); i++) {
      s = s.add(in.get(i));
    }
    return divisor == 1 ? s : s.divide(divisor);
  }

  /** {@code this - other}. */
  public Rational subtract(Rational other) {
    return add(other.negate());
  }

  /** {@code -this}. */
  public Rational negate() {
    if (!isBig() && num != Long.MIN_VALUE) {
      return of(-num, den);
    }
    return of(numerator().negate(), denominator());
  }

  /** {@code this × other}. */
  public Rational multiply(Rational other) {
    if (!isBig() && !other.isBig()) {
      try {
        return of(Math.multiplyExact(num, other.num), Math.multiplyExact(den, other.den));
      } catch (ArithmeticException overflow) {
        // fall through
      }
    }
    return of(numerator().multiply(other.numerator()), denominator().multiply(other.denominator()));
  }

  /**
   * {@code this / other}.
   *
   * @throws ArithmeticException if {@code other} is zero
   */
  public Rational divide(Rational other) {
    if (other.signum() == 0) {
      throw new ArithmeticException("division by zero: " + this + " / 0");
    }
    if (!isBig() && !other.isBig()) {
      try {
        return of(Math.multiplyExact(num, other.den), Math.multiplyExact(den, other.num));
      } catch (ArithmeticException overflow) {
        // fall through
      }
    }
    return of(numerator().multiply(other.denominator()), denominator().multiply(other.numerator()));
  }

  /** {@code this / divisor} for an integer divisor. */
  public Rational divide(long divisor) {
    if (divisor > 0 && !isBig()) {
      // num/den is reduced: cancelling gcd(num, divisor) leaves a reduced result.
      long g = LongMath.gcd(Math.abs(num == Long.MIN_VALUE ? 0 : num), divisor);
      if (num != Long.MIN_VALUE && g > 0) {
        try {
          long d = Math.multiplyExact(den, divisor / g);
          return d == 1 ? of(num / g) : new Rational(num / g, d, null, null);
        } catch (ArithmeticException overflow) {
          // fall through
        }
      }
    }
    return divide(of(divisor));
  }

  /** The largest integer not above this value. */
  public BigInteger floor() {
    if (!isBig()) {
      return BigInteger.valueOf(Math.floorDiv(num, den));
    }
    BigInteger[] qr = bigNum.divideAndRemainder(bigDen);
    return qr[1].signum() < 0 ? qr[0].subtract(BigInteger.ONE) : qr[0];
  }

  /** The smallest integer not below this value. */
  public BigInteger ceiling() {
    return floor().add(isInteger() ? BigInteger.ZERO : BigInteger.ONE);
  }

  /**
   * The floor as an {@code int}, saturated to {@code [Integer.MIN_VALUE, Integer.MAX_VALUE]}: handy
   * for level arithmetic.
   */
  public int floorInt() {
    if (!isBig()) {
      long f = Math.floorDiv(num, den);
      return (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, f));
    }
    BigInteger f = floor();
    if (f.bitLength() < 32) {
      return f.intValue();
    }
    return f.signum() < 0 ? Integer.MIN_VALUE : Integer.MAX_VALUE;
  }

  /** The smaller of this and {@code other}. */
  public Rational min(Rational other) {
    return compareTo(other) <= 0 ? this : other;
  }

  /** The larger of this and {@code other}. */
  public Rational max(Rational other) {
    return compareTo(other) >= 0 ? this : other;
  }

  /** The value as a decimal rounded to {@code scale} digits after the point. */
  public BigDecimal toBigDecimal(int scale, RoundingMode rounding) {
    if (!isBig()) {
      return BigDecimal.valueOf(num).divide(BigDecimal.valueOf(den), scale, rounding);
    }
    return new BigDecimal(numerator()).divide(new BigDecimal(denominator()), scale, rounding);
  }

  /** The value as a decimal rounded to a precision. */
  public BigDecimal toBigDecimal(MathContext context) {
    return new BigDecimal(numerator()).divide(new BigDecimal(denominator()), context);
  }

  @Override
  public double doubleValue() {
    if (!isBig() && Math.abs(num) < (1L << 53) && den < (1L << 53)) {
      return (double) num / den;
    }
    return toBigDecimal(MathContext.DECIMAL64).doubleValue();
  }

  @Override
  public float floatValue() {
    return (float) doubleValue();
  }

  /** The value truncated towards zero, as {@link Number#intValue()} requires. */
  @Override
  public int intValue() {
    return (int) longValue();
  }

  /** The value truncated towards zero, as {@link Number#longValue()} requires. */
  @Override
  public long longValue() {
    return isBig() ? bigNum.divide(bigDen).longValue() : num / den;
  }

  @Override
  public int compareTo(Rational other) {
    if (!isBig() && !other.isBig()) {
      if (den == other.den) {
        return Long.compare(num, other.num);
      }
      try {
        return Long.compare(Math.multiplyExact(num, other.den), Math.multiplyExact(other.num, den));
      } catch (ArithmeticException overflow) {
        // fall through
      }
    }
    return numerator()
        .multiply(other.denominator())
        .compareTo(other.numerator().multiply(denominator()));
  }

  /** Whether this is at least {@code level}. */
  public boolean isAtLeast(long level) {
    return compareTo(of(level)) >= 0;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof Rational)) {
      return false;
    }
    Rational r = (Rational) o;
    if (isBig() != r.isBig()) {
      return false; // the representation is canonical
    }
    return isBig()
        ? bigNum.equals(r.bigNum) && bigDen.equals(r.bigDen)
        : num == r.num && den == r.den;
  }

  @Override
  public int hashCode() {
    return isBig()
        ? 31 * bigNum.hashCode() + bigDen.hashCode()
        : Long.hashCode(num) * 31 + Long.hashCode(den);
  }

  /** {@code "5/2"}, or {@code "3"} for a whole number. */
  @Override
  public String toString() {
    if (!isBig()) {
      return den == 1 ? Long.toString(num) : num + "/" + den;
    }
    return isInteger() ? numerator().toString() : numerator() + "/" + denominator();
  }

  /** The value as a plain decimal with up to 4 digits after the point ({@code 2.75}, {@code 3}). */
  public String toDecimalString() {
    return toBigDecimal(4, RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString();
  }

  private static long gcd(long a, long b) {
    long g = LongMath.gcd(a, b);
    return g == 0 ? 1 : g;
  }
}
