package org.rnnlab.diagnostics;

import java.util.Random;

import org.ojalgo.matrix.store.R064Store;

/**
 * The spectral radius ρ(W) = max |λ| of a square block by power iteration: ‖Wᵏv‖^(1/k) → ρ for a
 * generic start vector, also when the dominant eigenvalues are a complex pair (the growth rate,
 * not the direction, converges). ρ &gt; 1 is necessary for gradients of a linear recurrence to
 * explode and ρ &lt; 1 sufficient for them to vanish (Pascanu, Mikolov and Bengio 2013).
 */
public final class SpectralRadius {

    private static final int BURN_IN = 100;
    private static final int MEASURE = 200;

    private SpectralRadius() {
    }

    /** ρ of rows {@code [firstRow, firstRow + n)} of {@code w}, which has n columns. */
    public static double of(R064Store w, int firstRow) {
        int n = Math.toIntExact(w.countColumns());
        if (firstRow < 0 || firstRow + n > w.countRows()) {
            throw new IllegalArgumentException("rows [" + firstRow + ", " + (firstRow + n) + ") are not a square block of a "
                    + w.countRows() + "x" + n + " matrix");
        }
        Random rng = new Random(12345);
        double[] v = new double[n], next = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = rng.nextGaussian();
        }
        normalize(v);
        double logGrowth = 0.0;
        for (int k = 0; k < BURN_IN + MEASURE; k++) {
            multiply(w, firstRow, n, v, next);
            double norm = normalize(next);
            if (norm == 0.0) {
                return 0.0; // nilpotent on this vector; the radius of a generic matrix is then 0 as well
            }
            if (k >= BURN_IN) {
                logGrowth += Math.log(norm);
            }
            double[] t = v;
            v = next;
            next = t;
        }
        return Math.exp(logGrowth / MEASURE);
    }

    /** ρ of a square matrix. */
    public static double of(R064Store w) {
        return of(w, 0);
    }

    private static void multiply(R064Store w, int firstRow, int n, double[] v, double[] out) {
        java.util.Arrays.fill(out, 0.0);
        double[] d = w.data;
        int rows = Math.toIntExact(w.countRows());
        for (int j = 0; j < n; j++) {
            double vj = v[j];
            int o = j * rows + firstRow;
            for (int i = 0; i < n; i++) {
                out[i] += d[o + i] * vj;
            }
        }
    }

    private static double normalize(double[] v) {
        double s = 0.0;
        for (double x : v) {
            s += x * x;
        }
        double norm = Math.sqrt(s);
        if (norm > 0.0) {
            for (int i = 0; i < v.length; i++) {
                v[i] /= norm;
            }
        }
        return norm;
    }
}
