package org.rnnlab.experiment;

import java.util.Arrays;

/**
 * The per-step curves of a run, compactly: loss, gradient norm before and after clipping, and
 * whether the step clipped.
 */
public record StepSeries(double[] loss, double[] normBefore, double[] normAfter, boolean[] clipped) {

    /** Equal when every curve holds the same values (NaN equals NaN), as a read-back record must. */
    @Override
    public boolean equals(Object o) {
        return o instanceof StepSeries s && Arrays.equals(loss, s.loss) && Arrays.equals(normBefore, s.normBefore)
                && Arrays.equals(normAfter, s.normAfter) && Arrays.equals(clipped, s.clipped);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(loss) * 31 + Arrays.hashCode(normBefore);
    }

    @Override
    public String toString() {
        return "StepSeries[" + loss.length + " steps]";
    }

    public int size() {
        return loss.length;
    }

    /** The median of the gradient norms before clipping (finite values only; NaN if none). */
    public double medianNormBefore() {
        double[] finite = Arrays.stream(normBefore).filter(Double::isFinite).sorted().toArray();
        if (finite.length == 0) {
            return Double.NaN;
        }
        int n = finite.length;
        return n % 2 == 1 ? finite[n / 2] : 0.5 * (finite[n / 2 - 1] + finite[n / 2]);
    }

    /** The share of steps where clipping changed the gradient. */
    public double clippedShare() {
        if (clipped.length == 0) {
            return 0.0;
        }
        int c = 0;
        for (boolean b : clipped) {
            c += b ? 1 : 0;
        }
        return (double) c / clipped.length;
    }

    /** The mean loss over the last 10% of steps (at least one): the run's final loss. */
    public double finalLoss() {
        int n = loss.length;
        if (n == 0) {
            return Double.NaN;
        }
        int from = n - Math.max(1, n / 10);
        double s = 0.0;
        for (int i = from; i < n; i++) {
            s += loss[i];
        }
        return s / (n - from);
    }

    /** The lowest loss of any step. */
    public double bestLoss() {
        return Arrays.stream(loss).filter(Double::isFinite).min().orElse(Double.NaN);
    }
}
