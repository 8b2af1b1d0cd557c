package org.rnnlab.forecast;

import java.util.Arrays;

/**
 * Split-conformal prediction intervals from held-out forecast errors, one per step ahead: with
 * {@code n} absolute errors {@code |e|_(1) ≤ … ≤ |e|_(n)} of step {@code k} on rows the model did
 * not train on, the interval at level {@code 1 − α} is {@code forecast ± q}, where {@code q} is
 * the order statistic at position {@code p = (n+1)(1−α)}, read between the two errors around it
 * when {@code p} is not whole: {@code q = |e|_(⌊p⌋) + (p − ⌊p⌋)(|e|_(⌊p⌋+1) − |e|_(⌊p⌋))}
 * (the sample quantile of Hyndman &amp; Fan's definition 6, 1996).
 *
 * <p>If the held-out errors and the future error are exchangeable, the future error falls below
 * {@code |e|_(j)} with probability {@code j/(n+1)} (Vovk, Gammerman &amp; Shafer 2005; Lei et al.
 * 2018, "Distribution-free predictive inference for regression"), so position {@code p} covers
 * with probability about {@code 1 − α}: between {@code ⌊p⌋/(n+1)} and {@code ⌈p⌉/(n+1)}. The
 * textbook rank {@code ⌈p⌉} guarantees at least {@code 1 − α} instead, and over-covers by up to
 * {@code 1/(n+1)}: with 22 errors, as a step of a monthly series' validation part may have,
 * 80 % intervals cover {@code 19/23} = 82.6 % by design. Serially dependent errors, as in a time series,
 * void the guarantee anyway; {@code rnnlab backtest} measures coverage. On the six shipped series'
 * backtests the interpolated position gave a better interval score (Gneiting &amp; Raftery 2007) than
 * the rank at every level with intervals (80 % on all six, 95 % on the four with enough errors),
 * and coverage 0–1.5 points nearer nominal (the README has the numbers). A level that needs more errors than there are ({@code p > n}) has no finite interval:
 * NaN.
 *
 * @param residuals the held-out errors {@code actual − forecast} per step ahead, {@code [k][i]}
 */
public record ConformalIntervals(double[][] residuals) {

    public ConformalIntervals {
        residuals = residuals.clone();
        for (int k = 0; k < residuals.length; k++) {
            residuals[k] = residuals[k].clone();
        }
    }

    /** Steps ahead covered. */
    public int steps() {
        return residuals.length;
    }

    /** The number of held-out errors of step {@code k} (0-based). */
    public int count(int k) {
        return k < residuals.length ? residuals[k].length : 0;
    }

    /**
     * The half-width at step {@code k} (0-based) for coverage {@code level} in (0, 1); NaN when
     * there are too few errors, or the step is beyond those held out.
     */
    public double halfWidth(int k, double level) {
        if (!(level > 0 && level < 1)) {
            throw new IllegalArgumentException("level must be in (0, 1), got " + level);
        }
        if (k >= residuals.length) {
            return Double.NaN;
        }
        double[] a = sortedAbs(k);
        double position = (a.length + 1) * level;
        return a.length > 0 && position <= a.length + 1e-9 ? at(a, Math.max(1, position)) : Double.NaN;
    }

    /**
     * The half-width at step {@code k} for nominal coverage {@code level}, read at the
     * {@code adapted} level instead ({@link AdaptiveLevels}): position {@code (n+1)·adapted} kept
     * within the positions {@code 1 … n} the errors have. NaN where the nominal level has no
     * interval ({@link #halfWidth}), so adapting never makes one out of too few errors.
     */
    public double halfWidthWithin(int k, double level, double adapted) {
        if (Double.isNaN(halfWidth(k, level))) {
            return Double.NaN;
        }
        double[] a = sortedAbs(k);
        return at(a, Math.max(1, Math.min(a.length, (a.length + 1) * adapted)));
    }

    /** The sorted values {@code a} at 1-based position {@code p} in [1, n], between neighbours when not whole. */
    private static double at(double[] a, double p) {
        int j = (int) Math.floor(p + 1e-9); // positions within rounding of a whole number read that value
        if (j >= a.length) {
            return a[a.length - 1];
        }
        double f = Math.max(0, p - j);
        return f == 0 ? a[j - 1] : a[j - 1] + f * (a[j] - a[j - 1]);
    }

    private double[] sortedAbs(int k) {
        double[] a = new double[residuals[k].length];
        for (int i = 0; i < a.length; i++) {
            a[i] = Math.abs(residuals[k][i]);
        }
        Arrays.sort(a);
        return a;
    }

    /** The fewest held-out errors a level needs: {@code ⌈level/(1−level)⌉}, 4 for 80 %, 19 for 95 %. */
    public static int fewestFor(double level) {
        return (int) Math.ceil(level / (1 - level) - 1e-9);
    }
}
