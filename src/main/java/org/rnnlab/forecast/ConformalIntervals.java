package org.rnnlab.forecast;

import java.util.Arrays;

/**
 * Split-conformal prediction intervals from held-out forecast errors, one per step ahead: with
 * {@code n} absolute errors {@code |e_1| ≤ … ≤ |e_n|} of step {@code k} on rows the model did not
 * train on, the interval at level {@code 1 − α} is {@code forecast ± |e|_(⌈(n+1)(1−α)⌉)}. If the
 * held-out errors and the future errors are exchangeable, it covers the actual value with
 * probability at least {@code 1 − α} (Vovk, Gammerman &amp; Shafer 2005; Lei et al. 2018, "Distribution-free
 * predictive inference for regression"). Serially dependent errors, as in a time series, make
 * that an approximation, which {@code rnnlab backtest} measures as empirical coverage. A level
 * that needs more errors than there are ({@code ⌈(n+1)(1−α)⌉ > n}) has no finite interval: NaN.
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
        int rank = (int) Math.ceil((a.length + 1) * level - 1e-9);
        return rank <= a.length && rank >= 1 ? a[rank - 1] : Double.NaN;
    }

    /**
     * The half-width at step {@code k} for nominal coverage {@code level}, read at the
     * {@code adapted} level instead ({@link AdaptiveLevels}): the error of rank
     * {@code ⌈(n+1)·adapted⌉} kept within the ranks {@code 1 … n} the errors have. NaN where the
     * nominal level has no interval ({@link #halfWidth}), so adapting never makes one out of too
     * few errors.
     */
    public double halfWidthWithin(int k, double level, double adapted) {
        if (Double.isNaN(halfWidth(k, level))) {
            return Double.NaN;
        }
        double[] a = sortedAbs(k);
        int rank = (int) Math.ceil((a.length + 1) * adapted - 1e-9);
        return a[Math.max(1, Math.min(a.length, rank)) - 1];
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
