package org.rnnlab.stats;

import java.util.Arrays;
import java.util.Random;

/**
 * A two-sided permutation test that two groups of values (final losses of two variants over
 * their seeds) come from the same distribution, on the difference of mean ranks
 *
 * <pre>
 *   S = mean rank of x − mean rank of y,   ranks over x ∪ y, ties at their mid-rank,
 *   p = P(|S*| ≥ |S_observed|) over the splits of x ∪ y into groups of |x| and |y|
 * </pre>
 *
 * (the Wilcoxon–Mann–Whitney statistic, Good 2005, "Permutation, Parametric and Bootstrap Tests
 * of Hypotheses", section 3.3). Ranks make it indifferent to the scale of a loss that spans
 * orders of magnitude, and let a diverged run enter as +∞: worse than every finite loss, tied with
 * the other diverged runs.
 *
 * <p>Exact: every one of the C(n, |x|) splits is enumerated while there are at most
 * {@value #EXACT_LIMIT}; beyond that {@value #RESAMPLES} random splits drawn from
 * {@link java.util.Random} with the given seed estimate p as (b + 1) / (B + 1), so the same
 * values and seed give the same p-value everywhere.
 */
public final class PermutationTest {

    /** The most splits enumerated exactly. */
    public static final long EXACT_LIMIT = 200_000;

    /** Random splits when there are more than {@value #EXACT_LIMIT}. */
    public static final int RESAMPLES = 20_000;

    /** Statistics this close to the observed one count as equal (ranks are halves, so this is exact). */
    private static final double TIE = 1e-9;

    private PermutationTest() {
    }

    /** The two-sided p-value for a difference in ranks between {@code x} and {@code y} (+∞ allowed, NaN not). */
    public static double ranksTwoSided(double[] x, double[] y, long seed) {
        return ranksTwoSided(x, y, seed, EXACT_LIMIT);
    }

    /** As {@link #ranksTwoSided(double[], double[], long)}, enumerating up to {@code exactLimit} splits. */
    static double ranksTwoSided(double[] x, double[] y, long seed, long exactLimit) {
        if (x == null || y == null || x.length == 0 || y.length == 0) {
            throw new IllegalArgumentException("a permutation test needs at least one value in each group");
        }
        double[] all = new double[x.length + y.length];
        System.arraycopy(x, 0, all, 0, x.length);
        System.arraycopy(y, 0, all, x.length, y.length);
        if (Arrays.stream(all).anyMatch(Double::isNaN)) {
            throw new IllegalArgumentException("a permutation test needs values that are numbers or +/-infinity, got NaN");
        }
        double[] ranks = ranks(all);
        double total = Arrays.stream(ranks).sum();
        double observed = Math.abs(difference(sum(ranks, x.length), total, x.length, y.length));
        long splits = choose(all.length, x.length);
        return splits <= exactLimit ? exact(ranks, x.length, total, observed, splits) : sampled(ranks, x.length, total, observed, seed);
    }

    /** Mid-ranks 1 … n of the values, ties sharing the mean of their positions. */
    static double[] ranks(double[] values) {
        int n = values.length;
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (i, j) -> Double.compare(values[i], values[j]));
        double[] ranks = new double[n];
        for (int start = 0; start < n;) {
            int end = start;
            while (end + 1 < n && values[order[end + 1]] == values[order[start]]) {
                end++;
            }
            double mid = (start + end) / 2.0 + 1;
            for (int k = start; k <= end; k++) {
                ranks[order[k]] = mid;
            }
            start = end + 1;
        }
        return ranks;
    }

    private static double exact(double[] ranks, int k, double total, double observed, long splits) {
        int n = ranks.length;
        int[] pick = new int[k];
        for (int i = 0; i < k; i++) {
            pick[i] = i;
        }
        long extreme = 0;
        while (true) {
            double s = 0;
            for (int i : pick) {
                s += ranks[i];
            }
            if (Math.abs(difference(s, total, k, n - k)) >= observed - TIE) {
                extreme++;
            }
            int i = k - 1;
            while (i >= 0 && pick[i] == n - k + i) {
                i--;
            }
            if (i < 0) {
                return (double) extreme / splits;
            }
            pick[i]++;
            for (int j = i + 1; j < k; j++) {
                pick[j] = pick[j - 1] + 1;
            }
        }
    }

    private static double sampled(double[] ranks, int k, double total, double observed, long seed) {
        Random rng = new Random(seed);
        double[] shuffled = ranks.clone();
        long extreme = 0;
        for (int b = 0; b < RESAMPLES; b++) {
            for (int i = 0; i < k; i++) {
                int j = i + rng.nextInt(shuffled.length - i);
                double t = shuffled[i];
                shuffled[i] = shuffled[j];
                shuffled[j] = t;
            }
            if (Math.abs(difference(sum(shuffled, k), total, k, shuffled.length - k)) >= observed - TIE) {
                extreme++;
            }
        }
        return (extreme + 1.0) / (RESAMPLES + 1.0);
    }

    /** Mean rank of the first group minus that of the second, from the first group's rank sum. */
    private static double difference(double firstSum, double total, int k, int rest) {
        return firstSum / k - (total - firstSum) / rest;
    }

    private static double sum(double[] v, int k) {
        double s = 0;
        for (int i = 0; i < k; i++) {
            s += v[i];
        }
        return s;
    }

    /** C(n, k), saturating at Long.MAX_VALUE. */
    static long choose(int n, int k) {
        k = Math.min(k, n - k);
        long c = 1;
        for (int i = 1; i <= k; i++) {
            if (c > Long.MAX_VALUE / (n - k + i)) {
                return Long.MAX_VALUE;
            }
            c = c * (n - k + i) / i;
        }
        return c;
    }
}
