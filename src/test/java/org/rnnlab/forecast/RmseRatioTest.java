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
}
