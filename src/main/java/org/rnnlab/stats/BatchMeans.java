package org.rnnlab.stats;

import org.apache.commons.statistics.distribution.TDistribution;

/**
 * The confidence interval of a share, or any ratio of sums, measured over dependent items in time
 * order, by non-overlapping batch means (Schmeiser 1982, "Batch size effects in the analysis of
 * simulation output", Operations Research 30(3); Law, "Simulation modeling and analysis", ch. 9):
 * the n items are cut into {@code k} consecutive batches of nearly equal length, each long enough
 * that items of different batches are close to independent; the ratio of each batch,
 * {@code c_1 … c_k}, then varies like independent values, and
 *
 * <pre>
 *   ĉ ± t_{k−1, (1+level)/2} · s_c / √k,   ĉ = Σ numerator / Σ denominator,   s_c the sd of the c_i,
 * </pre>
 *
 * for a share clipped to [0, 1]. With few batches the Student quantile makes the interval wide,
 * which is the honest answer: {@code k} batches are {@code k} independent looks at the ratio,
 * whatever the number of items. (A block bootstrap with blocks this long and this few was measured
 * before it and stated intervals that held the true share far less often than they claimed; see
 * {@code forecast.CoverageRange}.)
 */
public final class BatchMeans {

    /** Fewer batches than this give no interval (two give a Student quantile of 12.7 at 95 %). */
    public static final int MIN_BATCHES = 3;

    private BatchMeans() {
    }

    /**
     * The interval at {@code level} of {@code Σ numerator / Σ denominator} over items in time
     * order, from {@code batches} consecutive batches whose lengths differ by at most one.
     *
     * @param numerator   per item, the count of successes (for a coverage: actual values inside)
     * @param denominator per item, the count of trials, ≥ 0, with every batch's sum positive
     */
    public static Interval ofShare(double[] numerator, double[] denominator, int batches, double level) {
        Interval i = ofRatio(numerator, denominator, batches, level);
        return new Interval(Math.max(0, i.lower()), Math.min(1, i.upper()));
    }

    /**
     * As {@link #ofShare} for a ratio of positive sums (two methods' absolute errors, say), on the log
     * scale, where such ratios vary symmetrically: {@code exp(ln ĉ ± t · s_ln c / √k)}, so the bounds
     * stay positive and the interval of 1/ratio is the reciprocal of this one (the geometric mean of
     * relative errors that Davydenko &amp; Fildes 2013 recommend for averaging them reads ratios the
     * same way).
     *
     * @throws IllegalArgumentException when a batch's ratio is not positive
     */
    public static Interval ofPositiveRatio(double[] numerator, double[] denominator, int batches, double level) {
        double[] share = shares(numerator, denominator, batches, level);
        double[] logs = new double[batches];
        for (int b = 0; b < batches; b++) {
            if (!(share[b] > 0)) {
                throw new IllegalArgumentException("batch " + (b + 1) + " of " + batches + " has a ratio of "
                        + share[b] + ", not a positive one");
            }
            logs[b] = Math.log(share[b]);
        }
        double centre = Math.log(pooled(numerator, denominator));
        double half = quantile(batches, level) * standardDeviation(logs) / Math.sqrt(batches);
        return new Interval(Math.exp(centre - half), Math.exp(centre + half));
    }

    /** The unclipped interval of {@code Σ numerator / Σ denominator}. */
    static Interval ofRatio(double[] numerator, double[] denominator, int batches, double level) {
        double[] share = shares(numerator, denominator, batches, level);
        double centre = pooled(numerator, denominator);
        double half = quantile(batches, level) * standardDeviation(share) / Math.sqrt(batches);
        return new Interval(centre - half, centre + half);
    }

    /** Student's quantile for a two-sided interval at {@code level} over {@code batches} batches. */
    private static double quantile(int batches, double level) {
        return TDistribution.of(batches - 1).inverseSurvivalProbability((1 - level) / 2);
    }

    private static double pooled(double[] numerator, double[] denominator) {
        double in = 0, all = 0;
        for (int j = 0; j < numerator.length; j++) {
            in += numerator[j];
            all += denominator[j];
        }
        return in / all;
    }

    /** Each batch's ratio, after the arguments are checked. */
    private static double[] shares(double[] numerator, double[] denominator, int batches, double level) {
        int n = numerator.length;
        if (denominator.length != n) {
            throw new IllegalArgumentException("numerator and denominator need one value per item, got " + n + " and "
                    + denominator.length);
        }
        if (batches < MIN_BATCHES || batches > n) {
            throw new IllegalArgumentException("batch means need " + MIN_BATCHES + " to n = " + n + " batches, got "
                    + batches);
        }
        if (!(level > 0 && level < 1)) {
            throw new IllegalArgumentException("level must be in (0, 1), got " + level);
        }
        double[] share = new double[batches];
        for (int b = 0; b < batches; b++) {
            double bi = 0, ba = 0;
            for (int j = start(b, n, batches); j < start(b + 1, n, batches); j++) {
                bi += numerator[j];
                ba += denominator[j];
            }
            if (!(ba > 0)) {
                throw new IllegalArgumentException("batch " + (b + 1) + " of " + batches + " has no trials");
            }
            share[b] = bi / ba;
        }
        return share;
    }

    /**
     * The shortest batch for n items whose neighbours are dependent over {@code reach} items:
     * {@code max(reach, ⌈n^{1/3}⌉)} (the {@code n^{1/3}} rate of Hall, Horowitz &amp; Jing 1995), in [1, n].
     */
    public static int batchLength(int n, int reach) {
        int b = Math.max(reach, (int) Math.ceil(Math.cbrt(n) - 1e-9));
        return Math.max(1, Math.min(n, b));
    }

    /** True when every batch's denominator sum is positive, and its numerator sum too if {@code numeratorToo}. */
    public static boolean positiveSums(double[] numerator, double[] denominator, int batches, boolean numeratorToo) {
        int n = denominator.length;
        for (int b = 0; b < batches; b++) {
            double u = 0, d = 0;
            for (int j = start(b, n, batches); j < start(b + 1, n, batches); j++) {
                u += numerator[j];
                d += denominator[j];
            }
            if (!(d > 0) || numeratorToo && !(u > 0)) {
                return false;
            }
        }
        return true;
    }

    /** The first item of batch {@code b}: {@code ⌊b·n/k⌋}, so lengths differ by at most one. */
    public static int start(int b, int n, int batches) {
        return (int) ((long) b * n / batches);
    }

    private static double standardDeviation(double[] x) {
        double mean = 0;
        for (double v : x) {
            mean += v;
        }
        mean /= x.length;
        double ss = 0;
        for (double v : x) {
            ss += (v - mean) * (v - mean);
        }
        return Math.sqrt(ss / (x.length - 1));
    }
}
