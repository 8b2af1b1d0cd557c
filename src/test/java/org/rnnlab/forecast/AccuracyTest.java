package org.rnnlab.forecast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class AccuracyTest {

    @Test
    void errors_byHand() {
        Accuracy a = Accuracy.of(new double[] {100, 200, 50}, new double[] {110, 180, 50});
        assertEquals(3, a.count());
        assertEquals(Math.sqrt((100 + 400 + 0) / 3.0), a.rmse(), 1e-12);
        assertEquals(30 / 3.0, a.mae(), 1e-12);
        assertEquals(100.0 / 3 * (2 * 10 / 210.0 + 2 * 20 / 380.0 + 0), a.smape(), 1e-12);
    }

    @Test
    void smape_isBoundedBy200_andCountsZeroOverZeroAsNoError() {
        Accuracy a = Accuracy.of(new double[] {0, 0, 5}, new double[] {0, 3, -5});
        assertEquals(100.0 / 3 * (0 + 2 + 2), a.smape(), 1e-12);
        assertTrue(a.smape() <= 200);
    }

    @Test
    void nanForecasts_areLeftOutAndNotCounted() {
        Accuracy a = Accuracy.of(new double[] {1, 2, 3}, new double[] {Double.NaN, 2, 5});
        assertEquals(2, a.count());
        assertEquals(1.0, a.mae(), 1e-12);
        Accuracy none = Accuracy.of(new double[] {1}, new double[] {Double.NaN});
        assertEquals(0, none.count());
        assertTrue(Double.isNaN(none.rmse()));
    }

    @Test
    void rejects_arraysOfDifferentLengths() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Accuracy.of(new double[2], new double[3]));
        assertEquals("need one forecast per actual value, got 3 for 2", e.getMessage());
    }
}
