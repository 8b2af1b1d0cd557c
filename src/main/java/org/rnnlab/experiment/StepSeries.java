package org.rnnlab.experiment;

import java.io.Serializable;
import java.util.Arrays;

/**
 * The per-step curves of a run, compactly: loss, gradient norm before and after clipping, whether
 * the step clipped, the threshold the clipping rule applied and the share of its units it clipped.
 * Index i is optimisation step i + 1.
 *
 * @param loss         the batch loss before the update
 * @param normBefore   the global L2 gradient norm before clipping
 * @param normAfter    after clipping
 * @param clipped      whether clipping changed the gradient
 * @param threshold    the threshold the rule applied (τ, AutoClip's chosen τ, c, AGC's λ), NaN when none
 * @param clippedUnits the share of the rule's units it clipped (0 or 1 for global norms), NaN without clipping
 */
public record StepSeries(double[] loss, double[] normBefore, double[] normAfter, boolean[] clipped, double[] threshold,
        double[] clippedUnits) implements Serializable {

    public StepSeries {
        int n = loss.length;
        if (normBefore.length != n || normAfter.length != n || clipped.length != n || threshold.length != n
                || clippedUnits.length != n) {
            throw new IllegalArgumentException("every step series needs " + n + " steps");
        }
    }

    /** Equal when every curve holds the same values (NaN equals NaN), as a read-back record must. */
    @Override
    public boolean equals(Object o) {
        return o instanceof StepSeries s && Arrays.equals(loss, s.loss) && Arrays.equals(normBefore, s.normBefore)
                && Arrays.equals(normAfter, s.normAfter) && Arrays.equals(clipped, s.clipped)
                && Arrays.equals(threshold, s.threshold) && Arrays.equals(clippedUnits, s.clippedUnits);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(loss) * 31 + Arrays.hashCode(normBefore);
    }

    @Override
    public String toString() {
        return "StepSeries[" + loss.length + " steps]";
    }

    /** Series without a clipping record (threshold and clipped units NaN). */
    public StepSeries(double[] loss, double[] normBefore, double[] normAfter, boolean[] clipped) {
        this(loss, normBefore, normAfter, clipped, nans(loss.length), nans(loss.length));
    }

    /** No steps. */
    public static StepSeries empty() {
        return new StepSeries(new double[0], new double[0], new double[0], new boolean[0]);
    }

    private static double[] nans(int n) {
        double[] a = new double[n];
        Arrays.fill(a, Double.NaN);
        return a;
    }

    /** The median of the thresholds the clipping rule applied (finite values only; NaN if none). */
    public double medianThreshold() {
        return median(threshold);
    }

    /** The mean share of units clipped per step (NaN without clipping). */
    public double meanClippedUnits() {
        return Arrays.stream(clippedUnits).filter(x -> !Double.isNaN(x)).average().orElse(Double.NaN);
    }

    private static double median(double[] values) {
        double[] finite = Arrays.stream(values).filter(Double::isFinite).sorted().toArray();
        if (finite.length == 0) {
            return Double.NaN;
        }
        int n = finite.length;
        return n % 2 == 1 ? finite[n / 2] : 0.5 * (finite[n / 2 - 1] + finite[n / 2]);
    }

    public int size() {
        return loss.length;
    }

    /** The median of the gradient norms before clipping (finite values only; NaN if none). */
    public double medianNormBefore() {
        return median(normBefore);
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
