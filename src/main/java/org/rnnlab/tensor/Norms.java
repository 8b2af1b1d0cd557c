package org.rnnlab.tensor;

import java.util.List;

/**
 * Vector norms of parameter values, gradients and updates, computed without overflow: the L2 norm
 * scales by the largest magnitude first, so a gradient whose squares exceed the double range
 * (about 1.3e154 per element) still gets its finite norm, and a norm is infinite only when it
 * truly exceeds about 1.8e308. A NaN anywhere gives NaN.
 */
public final class Norms {

    private Norms() {
    }

    /** max |a_i| over {@code a[from, to)}; NaN if any element is NaN. */
    public static double maxAbs(double[] a, int from, int to) {
        double max = 0.0;
        for (int i = from; i < to; i++) {
            double v = Math.abs(a[i]);
            if (!(v <= max)) {
                if (Double.isNaN(v)) {
                    return Double.NaN;
                }
                max = v;
            }
        }
        return max;
    }

    /** The L2 norm of {@code a[from, to)}. */
    public static double l2(double[] a, int from, int to) {
        double scale = maxAbs(a, from, to);
        if (scale == 0.0 || !Double.isFinite(scale)) {
            return scale;
        }
        double sum = 0.0;
        for (int i = from; i < to; i++) {
            double v = a[i] / scale;
            sum += v * v;
        }
        return scale * Math.sqrt(sum);
    }

    /**
     * Σ a_i² over {@code a[from, to)}, in a fixed order: eight running sums, over the elements
     * {@code ≡ 0 … 7 (mod 8)} from {@code from}, added pairwise at the end, then the tail. Not
     * protected against overflow (see {@link #l2}); about eight times as fast as one running sum.
     */
    public static double sumOfSquares(double[] a, int from, int to) {
        double s0 = 0.0, s1 = 0.0, s2 = 0.0, s3 = 0.0, s4 = 0.0, s5 = 0.0, s6 = 0.0, s7 = 0.0;
        int i = from;
        for (; i + 7 < to; i += 8) {
            s0 += a[i] * a[i];
            s1 += a[i + 1] * a[i + 1];
            s2 += a[i + 2] * a[i + 2];
            s3 += a[i + 3] * a[i + 3];
            s4 += a[i + 4] * a[i + 4];
            s5 += a[i + 5] * a[i + 5];
            s6 += a[i + 6] * a[i + 6];
            s7 += a[i + 7] * a[i + 7];
        }
        double sum = ((s0 + s1) + (s2 + s3)) + ((s4 + s5) + (s6 + s7));
        for (; i < to; i++) {
            sum += a[i] * a[i];
        }
        return sum;
    }

    public static double l2(double[] a) {
        return l2(a, 0, a.length);
    }

    public static double maxAbs(double[] a) {
        return maxAbs(a, 0, a.length);
    }

    /** sqrt(Σ‖v_k‖²) over several vectors, given their norms; overflow-safe like {@link #l2}. */
    public static double combineL2(double[] norms) {
        return l2(norms, 0, norms.length);
    }

    /** The global L2 norm of the parameters' gradients, as {@code clip_grad_norm_} computes it. */
    public static double gradientL2(List<Parameter> parameters) {
        double[] norms = new double[parameters.size()];
        for (int i = 0; i < norms.length; i++) {
            norms[i] = l2(parameters.get(i).grad().data);
        }
        return combineL2(norms);
    }
}
