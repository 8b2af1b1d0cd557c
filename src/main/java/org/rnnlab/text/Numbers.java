package org.rnnlab.text;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * Numbers as text, for machines or for people.
 *
 * <p><b>For machines</b> (CSV files): {@link #exact} and {@link #exactOrEmpty} write the shortest
 * decimal that parses back to the same {@code double} ({@link Double#toString}: {@code 0.1},
 * {@code 1.0E-7}); nothing is rounded. They differ only in values that are not finite, each
 * keeping the convention of the files that use it.
 *
 * <p><b>For people</b> (sentences, chart titles, tables): {@link #readable} rounds to
 * {@value #DIGITS} significant digits (or as many as asked), drops trailing zeros, writes plain
 * decimals in [0.001, 100000) and compact scientific notation outside ({@code 1.2e-7},
 * {@code 3e5}); NaN is {@value #MISSING}, the infinities are {@code ∞} and {@code -∞}.
 * Locale-independent: the decimal point is always a dot.
 */
public final class Numbers {

    /** What stands for a missing value (NaN) in text and tables. */
    public static final String MISSING = "–";

    /** Significant digits of {@link #readable(double)}. */
    public static final int DIGITS = 3;

    private static final double PLAIN_FROM = 1e-3, PLAIN_BELOW = 1e5;

    private Numbers() {
    }

    /**
     * For machines: the exact value, {@code nan}, {@code inf} or {@code -inf} (the spellings NumPy
     * and pandas read), as in a run's {@code metrics.csv}.
     */
    public static String exact(double x) {
        if (Double.isNaN(x)) {
            return "nan";
        }
        if (Double.isInfinite(x)) {
            return x > 0 ? "inf" : "-inf";
        }
        return Double.toString(x);
    }

    /**
     * For machines: the exact value, an empty string (an empty cell) for NaN, and Java's
     * {@code Infinity} and {@code -Infinity}, as in backtest and forecast CSV files (a study's
     * {@code results.csv} and {@code metrics/} use {@link #exact}).
     */
    public static String exactOrEmpty(double x) {
        return Double.isNaN(x) ? "" : Double.toString(x);
    }

    /** {@code decimals} digits after the point, for table columns of one scale (MASE 0.543, sMAPE 4.18); {@link #MISSING} when not finite. */
    public static String fixed(double x, int decimals) {
        return Double.isFinite(x) ? String.format(java.util.Locale.ROOT, "%." + decimals + "f", x) : MISSING;
    }

    /** For people, with {@value #DIGITS} significant digits: 0.012345 → "0.0123", 12345 → "12300", 1.2e-7 → "1.2e-7". */
    public static String readable(double x) {
        return readable(x, DIGITS);
    }

    /**
     * For people, rounded half up to {@code digits} significant digits: with 4, 22.4494 → "22.45",
     * 0.5 → "0.5", 123456 → "1.235e5".
     *
     * @throws IllegalArgumentException when {@code digits} is below 1
     */
    public static String readable(double x, int digits) {
        if (digits < 1) {
            throw new IllegalArgumentException("significant digits must be >= 1, got " + digits);
        }
        if (Double.isNaN(x)) {
            return MISSING;
        }
        if (Double.isInfinite(x)) {
            return x > 0 ? "∞" : "-∞";
        }
        if (x == 0) {
            return "0";
        }
        BigDecimal rounded = new BigDecimal(x).round(new MathContext(digits));
        double size = rounded.abs().doubleValue();
        if (size >= PLAIN_FROM && size < PLAIN_BELOW) {
            return withoutTrailingZeros(rounded.toPlainString());
        }
        String significand = rounded.unscaledValue().abs().toString().replaceFirst("(?<=.)0+$", "");
        int exponent = rounded.precision() - rounded.scale() - 1;
        String mantissa = significand.length() == 1 ? significand : significand.charAt(0) + "." + significand.substring(1);
        return (rounded.signum() < 0 ? "-" : "") + mantissa + "e" + exponent;
    }

    /** "0.0500" → "0.05", "2.0" → "2", "12300" stays (zeros before the point are digits). */
    private static String withoutTrailingZeros(String s) {
        if (s.indexOf('.') < 0) {
            return s;
        }
        int end = s.length();
        while (s.charAt(end - 1) == '0') {
            end--;
        }
        return s.charAt(end - 1) == '.' ? s.substring(0, end - 1) : s.substring(0, end);
    }
}
