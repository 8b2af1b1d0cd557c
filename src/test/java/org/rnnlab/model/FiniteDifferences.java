package org.rnnlab.model;

import java.util.function.DoubleSupplier;

/**
 * Central finite differences in double precision, and the relative error used to compare them with
 * analytic gradients.
 *
 * <p>The five-point central stencil {@code [8(f(x+h) − f(x−h)) − (f(x+2h) − f(x−2h))] / 12h} has
 * truncation error O(h⁴); with h = 1e-4 that is about 1e-16·f⁽⁵⁾, and rounding adds about
 * 1e-16·|f|/h = 1e-12·|f|. So the difference is good to about 1e-11 absolute on the tiny models of
 * the tests, which lets a relative error of 1e-6 be demanded of every gradient element larger than
 * about 1e-5 in magnitude.
 */
final class FiniteDifferences {

    static final double STEP = 1e-4;

    private FiniteDifferences() {
    }

    /** ∂f/∂x[i] by the five-point stencil, restoring x[i] afterwards. */
    static double derivative(double[] x, int i, DoubleSupplier f) {
        double saved = x[i];
        try {
            x[i] = saved + STEP;
            double p1 = f.getAsDouble();
            x[i] = saved - STEP;
            double m1 = f.getAsDouble();
            x[i] = saved + 2 * STEP;
            double p2 = f.getAsDouble();
            x[i] = saved - 2 * STEP;
            double m2 = f.getAsDouble();
            return (8.0 * (p1 - m1) - (p2 - m2)) / (12.0 * STEP);
        } finally {
            x[i] = saved;
        }
    }

    /**
     * |a − n| / max(|a|, |n|, 1e-5): the relative error, with the denominator floored where both
     * values are too small for a finite difference to resolve them relatively (there it bounds the
     * absolute error by 1e-11 at a 1e-6 tolerance).
     */
    static double relativeError(double analytic, double numeric) {
        return Math.abs(analytic - numeric) / Math.max(Math.max(Math.abs(analytic), Math.abs(numeric)), 1e-5);
    }
}
