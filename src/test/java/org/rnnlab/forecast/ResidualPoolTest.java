package org.rnnlab.forecast;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** A backtest's intervals use the newest errors known at each origin, never one observed after it. */
class ResidualPoolTest {

    /** Validation errors of one target: step 1 {1, 2, 3}, step 2 {10, 20}. */
    private static ResidualPool pool() {
        return new ResidualPool(List.of(new ConformalIntervals(new double[][] {{1, 2, 3}, {10, 20}})), 1, new double[] {0.5});
    }

    /** A point of origin index {@code origin} at step {@code step} (0-based) on {@code row}, with this error. */
    private static BacktestResult.Point point(int origin, int step, int row, double error) {
        return new BacktestResult.Point(0, origin, step, row, 100 + error, new double[] {100, 0, 0, 0, 0},
                new double[0], new double[0]);
    }

    @Test
    void startsAsTheValidationErrors() {
        double[][] r = pool().at(50).get(0).residuals();
        assertArrayEquals(new double[] {1, 2, 3}, r[0]);
        assertArrayEquals(new double[] {10, 20}, r[1]);
    }

    @Test
    void anErrorCountsOnlyOnceItsRowIsObserved_andPushesOutTheOldest() {
        ResidualPool p = pool();
        p.at(50);
        p.add(List.of(point(0, 0, 51, 7), point(0, 1, 52, 70)));
        double[][] atOrigin50 = p.at(50).get(0).residuals();
        assertArrayEquals(new double[] {1, 2, 3}, atOrigin50[0], "row 51 is after origin 50");
        double[][] at51 = p.at(51).get(0).residuals();
        assertArrayEquals(new double[] {2, 3, 7}, at51[0], "the step-1 error of row 51 is known at origin 51");
        assertArrayEquals(new double[] {10, 20}, at51[1], "row 52 is not");
        double[][] at52 = p.at(52).get(0).residuals();
        assertArrayEquals(new double[] {20, 70}, at52[1]);
    }

    @Test
    void theWindowGrowsToTheErrorsTheHighestLevelNeeds_thenSlides() {
        // 80 % needs 4 errors: step 2 (two validation errors) keeps up to 4, step 1 (three) up to 4 too
        ResidualPool p = new ResidualPool(List.of(new ConformalIntervals(new double[][] {{1, 2, 3}, {10, 20}})), 1,
                new double[] {0.5, 0.8});
        p.add(List.of(point(0, 1, 52, 30), point(1, 1, 53, 40), point(2, 1, 54, 50), point(0, 0, 51, 7),
                point(1, 0, 52, 8)));
        double[][] r = p.at(60).get(0).residuals();
        assertArrayEquals(new double[] {2, 3, 7, 8}, r[0], "three validation errors, two backtest ones: the newest 4");
        assertArrayEquals(new double[] {20, 30, 40, 50}, r[1], "grown from 2 to 4, then sliding");
        assertEquals(4, ConformalIntervals.fewestFor(0.8));
    }

    @Test
    void aModelTrainedAgain_bringsItsValidationErrors_andKeepsTheBacktestsOwn() {
        ResidualPool p = pool();
        p.at(50);
        p.add(List.of(point(0, 0, 51, 7)));
        p.withValidation(List.of(new ConformalIntervals(new double[][] {{4, 5}})));
        double[][] r = p.at(60).get(0).residuals();
        assertArrayEquals(new double[] {5, 7}, r[0]);
        assertEquals(1, r.length, "the new model's validation errors cover one step");
    }

    @Test
    void withoutValidationErrors_givesNoIntervals_andSkipsNonFiniteErrors() {
        ResidualPool none = new ResidualPool(List.of(), 1, new double[] {0.5});
        none.add(List.of(point(0, 0, 51, 7)));
        assertTrue(none.at(60).isEmpty());
        ResidualPool p = pool();
        p.add(List.of(point(0, 0, 51, Double.NaN)));
        assertArrayEquals(new double[] {1, 2, 3}, p.at(60).get(0).residuals()[0]);
    }
}
