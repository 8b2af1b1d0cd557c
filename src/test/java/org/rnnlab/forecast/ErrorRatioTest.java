package org.rnnlab.forecast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** The model's absolute errors over a baseline's: the points both forecast, and an interval that holds 1 when they are alike. */
class ErrorRatioTest {

    /** n origins one row apart, {@code horizon} steps each; the model's and the baseline's (method 1) errors from {@code errors}. */
    private static BacktestResult result(int n, int horizon, java.util.function.BiFunction<Integer, Integer, double[]> errors) {
        int[] origins = new int[n], ahead = new int[horizon];
        for (int k = 0; k < horizon; k++) {
            ahead[k] = k + 1;
        }
        List<BacktestResult.Point> points = new ArrayList<>();
        for (int j = 0; j < n; j++) {
            origins[j] = j;
            for (int k = 0; k < horizon; k++) {
                double[] e = errors.apply(j, k);
                points.add(new BacktestResult.Point(0, j, k, j + k + 1, 0, new double[] {e[0], e[1], 0, 0, 0},
                        new double[0], new double[0]));
            }
        }
        return new BacktestResult(List.of("y"), origins, ahead, 0, new int[n], new double[0], 0, points,
                new double[] {1}, List.of(), 0, List.of(), new double[0][], "row");
    }

    @Test
    void isTheRatioOfSummedAbsoluteErrors_overThePointsBothForecast() {
        BacktestResult r = result(30, 3, (j, k) -> new double[] {-1, j < 3 ? Double.NaN : 2});
        ErrorRatio e = ErrorRatio.of(r, r.points(), 1);
        assertEquals(0.5, e.ratio(), 0);
        assertEquals(27 * 3, e.points(), "the first three origins have no baseline forecast");
        assertEquals(0.5, e.range().lower(), 1e-15, "every group has the same ratio");
        assertEquals(0.5, e.range().upper(), 1e-15);
        BacktestResult few = result(25, 12, (j, k) -> new double[] {1, 2});
        assertNull(ErrorRatio.of(few, few.points(), 1).range(), "two groups of origins: no interval");
    }

    /**
     * A model whose errors are another draw of the baseline's (random-walk h-step errors, each
     * method its own shocks): the interval must hold 1 in most of 300 backtests of 60 origins.
     */
    @Test
    void whenTheModelIsNoBetterThanTheBaseline_theIntervalHoldsOneNearlyAsOftenAsItClaims() {
        Random random = new Random(5);
        int held = 0, trials = 300, n = 60, horizon = 12;
        for (int t = 0; t < trials; t++) {
            double[] a = new double[n + horizon + 1], b = new double[n + horizon + 1];
            for (int i = 0; i < a.length; i++) {
                a[i] = random.nextGaussian();
                b[i] = random.nextGaussian();
            }
            BacktestResult r = result(n, horizon, (j, k) -> {
                double x = 0, y = 0;
                for (int i = 1; i <= k + 1; i++) {
                    x += a[j + i];
                    y += b[j + i];
                }
                return new double[] {x, y};
            });
            held += ErrorRatio.of(r, r.points(), 1).range().contains(1) ? 1 : 0;
        }
        assertTrue(held >= 0.85 * trials && held <= 0.99 * trials, held + " of " + trials + " intervals held 1");
    }
}
