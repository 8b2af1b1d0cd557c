package org.rnnlab.stats;

import java.util.Arrays;
import java.util.Random;
import java.util.function.ToDoubleFunction;

/**
 * The percentile bootstrap interval of a median (Efron and Tibshirani 1993, "An Introduction to
 * the Bootstrap", chapter 13): draw B resamples of the n values with replacement, take each
 * resample's median m*₁ … m*_B, and report their 2.5% and 97.5% quantiles (linear interpolation
 * between order statistics, R's type 7).
 *
 * <p>Seeded and deterministic: the resamples come from {@link java.util.Random} with the given
 * seed, whose algorithm the JDK specifies, so the same values and seed give the same interval on
 * any machine. With fewer than {@value #MIN_VALUES} values the interval is too coarse to report
 * (a median of five values can only take five values), and reports show none.
 */
public final class Bootstrap {

    /** Resamples per interval: enough for the 2.5% quantile to rest on 50 draws. */
    public static final int RESAMPLES = 2000;

    /** The fewest values for which a report gives a bootstrap interval. */
    public static final int MIN_VALUES = 5;

    private Bootstrap() {
    }

    /** The 95% percentile interval of the median of {@code values}, from {@value #RESAMPLES} resamples. */
    public static Interval median95(double[] values, long seed) {
        return median(values, RESAMPLES, 0.95, seed);
    }

    /** The percentile interval at {@code level} of the median, from {@code resamples} seeded resamples. */
    public static Interval median(double[] values, int resamples, double level, long seed) {
        if (values == null || values.length == 0) {
            throw new IllegalArgumentException("a bootstrap needs at least one value");
        }
        if (Arrays.stream(values).anyMatch(Double::isNaN)) {
            throw new IllegalArgumentException("a bootstrap needs values that are numbers, got NaN");
        }
        double[] sample = new double[values.length];
        return percentile(values.length, picks -> {
            for (int i = 0; i < picks.length; i++) {
                sample[i] = values[picks[i]];
            }
            return median(sample);
        }, resamples, level, seed);
    }

    /**
     * The percentile interval at {@code level} of any statistic of n items (runs, seeds): each of
     * the {@code resamples} resamples draws n indices in [0, n) with replacement, in order, from
     * {@code Random(seed)}, and {@code statistic} turns them into one number (a pooled share of
     * clipped steps over the drawn runs, say). The index array is reused between resamples.
     */
    public static Interval percentile(int n, ToDoubleFunction<int[]> statistic, int resamples, double level, long seed) {
        if (n < 1) {
            throw new IllegalArgumentException("a bootstrap needs at least one value");
        }
        if (resamples < 1) {
            throw new IllegalArgumentException("resamples must be >= 1, got " + resamples);
        }
        if (!(level > 0 && level < 1)) {
            throw new IllegalArgumentException("level must be in (0, 1), got " + level);
        }
        Random rng = new Random(seed);
        int[] picks = new int[n];
        double[] statistics = new double[resamples];
        for (int r = 0; r < resamples; r++) {
            for (int i = 0; i < n; i++) {
                picks[i] = rng.nextInt(n);
            }
            statistics[r] = statistic.applyAsDouble(picks);
        }
        if (Arrays.stream(statistics).anyMatch(Double::isNaN)) {
            throw new IllegalArgumentException("a bootstrap statistic must be a number on every resample, got NaN");
        }
        Arrays.sort(statistics);
        double tail = (1 - level) / 2;
        return new Interval(quantile(statistics, tail), quantile(statistics, 1 - tail));
    }

    /** The median of the values (sorts them in place). */
    static double median(double[] v) {
        Arrays.sort(v);
        int n = v.length;
        return n % 2 == 1 ? v[n / 2] : 0.5 * (v[n / 2 - 1] + v[n / 2]);
    }

    /** The type-7 quantile of sorted values: h = (n − 1) q, between v[⌊h⌋] and v[⌊h⌋ + 1]. */
    static double quantile(double[] sorted, double q) {
        double h = (sorted.length - 1) * q;
        int i = (int) Math.floor(h);
        if (i + 1 >= sorted.length) {
            return sorted[sorted.length - 1];
        }
        double lo = sorted[i], hi = sorted[i + 1];
        return lo == hi ? lo : lo + (h - i) * (hi - lo);
    }
}
