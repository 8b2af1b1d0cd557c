package org.rnnlab.forecast;

import org.rnnlab.stats.BatchMeans;
import org.rnnlab.stats.Interval;

/**
 * The model's RMSE over the best baseline's on one part of the split, with how sure it is: the
 * 95 % batch-means interval ({@link BatchMeans#ofPositiveRatio}, on the log scale) of
 * {@code Σ(y − model)² / Σ(y − baseline)²} over consecutive groups of the scored rows, its square
 * root. Neighbouring rows' errors are dependent (a model's errors run in stretches, and an
 * {@code H}-step forecast's errors overlap for H − 1 rows), so each group holds at least
 * {@code max(H, ⌈n^{1/3}⌉)} rows; fewer than {@value BatchMeans#MIN_BATCHES} groups give no interval.
 * An interval wholly below 1 says the model's lead is more than the variation between stretches of
 * this part; one that holds 1, that this part cannot tell the two apart. In 300 simulated parts of
 * 60 rows whose model and baseline errors are two draws of the same AR(1) (φ = 0.6), the interval
 * held 1 in 277 ({@code RmseRatioTest}).
 *
 * @param baseline the best baseline by RMSE ({@link Evaluation} method name)
 * @param ratio    the model's RMSE over the baseline's, over the rows both predicted
 * @param range    its 95 % interval, or null (too few rows, or a group where a method is exact)
 * @param groups   the number of groups of rows
 */
public record RmseRatio(String baseline, double ratio, Interval range, int groups) {

    /** The ratio of {@code model}'s squared errors to {@code other}'s against {@code actual}, over the rows both predict. */
    static RmseRatio of(String baseline, double[] actual, double[] model, double[] other, int horizon) {
        int n = 0;
        double[] a = new double[actual.length], b = new double[actual.length];
        for (int i = 0; i < actual.length; i++) {
            double ea = actual[i] - model[i], eb = actual[i] - other[i];
            if (Double.isFinite(ea) && Double.isFinite(eb)) {
                a[n] = ea * ea;
                b[n] = eb * eb;
                n++;
            }
        }
        a = java.util.Arrays.copyOf(a, n);
        b = java.util.Arrays.copyOf(b, n);
        double sa = 0, sb = 0;
        for (int i = 0; i < n; i++) {
            sa += a[i];
            sb += b[i];
        }
        int k = n == 0 ? 0 : n / BatchMeans.batchLength(n, horizon);
        Interval range = null;
        if (k >= BatchMeans.MIN_BATCHES && BatchMeans.positiveSums(a, b, k, true)) {
            Interval squared = BatchMeans.ofPositiveRatio(a, b, k, 0.95);
            range = new Interval(Math.sqrt(squared.lower()), Math.sqrt(squared.upper()));
        }
        return new RmseRatio(baseline, sb > 0 ? Math.sqrt(sa / sb) : Double.NaN, range, k);
    }
}
