package org.rnnlab.forecast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.junit.jupiter.api.Test;

/** The model's RMSE over a baseline's: rows both predicted, groups of rows, and an interval that holds 1 when they are alike. */
class RmseRatioTest {

    @Test
    void isTheRatioOfRmses_overTheRowsBothPredicted() {
        double[] actual = new double[30], model = new double[30], other = new double[30];
        for (int i = 0; i < 30; i++) {
            model[i] = i % 2 == 0 ? 1 : -1;
            other[i] = i < 3 ? Double.NaN : 3 * model[i];
        }
        RmseRatio r = RmseRatio.of("persistence", actual, model, other, 1);
        assertEquals(1.0 / 3, r.ratio(), 1e-15);
        assertEquals(9, r.groups(), "27 rows in groups of ⌈27^(1/3)⌉ = 3");
        assertEquals(1.0 / 3, r.range().lower(), 1e-12, "every group has the same ratio");
        assertEquals(1.0 / 3, r.range().upper(), 1e-12);
        assertEquals(3, RmseRatio.of("persistence", actual, model, other, 9).groups(), "9-step errors: groups of 9");
        assertNull(RmseRatio.of("persistence", actual, model, other, 10).range(), "two groups of 10: no interval");
    }

    /** Model and baseline errors two draws of the same AR(1) (φ = 0.6): the interval must hold 1 in most of 300 test parts. */
    @Test
    void whenTheModelIsNoBetterThanTheBaseline_theIntervalHoldsOneNearlyAsOftenAsItClaims() {
        Random random = new Random(9);
        int n = 60, trials = 300, held = 0;
        for (int t = 0; t < trials; t++) {
            double[] actual = new double[n], model = new double[n], other = new double[n];
            double a = 0, b = 0;
            for (int i = 0; i < n; i++) {
                a = 0.6 * a + random.nextGaussian();
                b = 0.6 * b + random.nextGaussian();
                model[i] = a;
                other[i] = b;
            }
            held += RmseRatio.of("persistence", actual, model, other, 1).range().contains(1) ? 1 : 0;
        }
        assertTrue(held >= 0.85 * trials && held <= 0.99 * trials, held + " of " + trials + " intervals held 1");
    }

    /**
     * Seasonally correlated errors of equal size, as on monthly series: a seasonal-naive baseline
     * ({@code u_t − u_{t−12}}, lag-12 autocorrelation −0.5) against a model error {@code u_t + v_t},
     * and two seasonal AR(1)s at lag 12 (0.4) whose innovations correlate at 0.6. In each, the
     * interval must hold 1 in most of 300 test parts of 70 rows.
     */
    @Test
    void underSeasonalCorrelation_theIntervalStillHoldsOneNearlyAsOftenAsItClaims() {
        Random random = new Random(11);
        int n = 70, trials = 300, season = 12, burn = 5 * season, naiveHeld = 0, seasonalHeld = 0;
        double[] actual = new double[n];
        for (int t = 0; t < trials; t++) {
            double[] u = new double[n + season], model = new double[n], naive = new double[n];
            for (int i = 0; i < u.length; i++) {
                u[i] = random.nextGaussian();
            }
            for (int i = 0; i < n; i++) {
                naive[i] = u[i + season] - u[i];
                model[i] = u[i + season] + random.nextGaussian();
            }
            naiveHeld += RmseRatio.of("seasonal naive", actual, model, naive, 1).range().contains(1) ? 1 : 0;
            double[] a = new double[burn + n], b = new double[burn + n];
            for (int i = 0; i < a.length; i++) {
                double w = random.nextGaussian(), shared = 0.6 * w + 0.8 * random.nextGaussian();
                a[i] = (i >= season ? 0.4 * a[i - season] : 0) + w;
                b[i] = (i >= season ? 0.4 * b[i - season] : 0) + shared;
            }
            seasonalHeld += RmseRatio.of("seasonal naive", actual, java.util.Arrays.copyOfRange(a, burn, burn + n),
                    java.util.Arrays.copyOfRange(b, burn, burn + n), 1).range().contains(1) ? 1 : 0;
        }
        assertTrue(naiveHeld >= 0.85 * trials && naiveHeld <= 0.99 * trials, naiveHeld + " of " + trials + " held 1");
        assertTrue(seasonalHeld >= 0.85 * trials && seasonalHeld <= 0.99 * trials, seasonalHeld + " of " + trials
                + " held 1");
    }
}
