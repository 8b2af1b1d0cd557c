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

    /** Hyndman and Koehler's MASE: the MAE over the mean absolute change at lag m of the training values. */
    @Test
    void mase_byHand_isTheMaeOverTheInSampleNaiveMae() {
        double[] training = {10, 12, 11, 15, 14};
        // lag 1: (|12-10| + |11-12| + |15-11| + |14-15|) / 4 = (2 + 1 + 4 + 1) / 4 = 2
        assertEquals(2.0, Accuracy.maseScale(training, 1), 1e-12);
        // lag 2: (|11-10| + |15-12| + |14-11|) / 3 = (1 + 3 + 3) / 3
        assertEquals(7 / 3.0, Accuracy.maseScale(training, 2), 1e-12);
        Accuracy a = Accuracy.of(new double[] {16, 18}, new double[] {15, 21}, 2.0);
        assertEquals(2.0, a.mae(), 1e-12);
        assertEquals(1.0, a.mase(), 1e-12);
        assertEquals(6.0 / 7, Accuracy.of(new double[] {16, 18}, new double[] {15, 21}, 7 / 3.0).mase(), 1e-12);
    }

    @Test
    void mase_isNaN_whenTheTrainingPartRepeatsItselfAtTheLag_orIsTooShort_orNoScaleIsGiven() {
        double[] flat = {4, 4, 4};
        assertEquals(0.0, Accuracy.maseScale(flat, 1));
        assertTrue(Double.isNaN(Accuracy.of(new double[] {5}, new double[] {4}, Accuracy.maseScale(flat, 1)).mase()));
        assertTrue(Double.isNaN(Accuracy.maseScale(flat, 3)));
        assertTrue(Double.isNaN(Accuracy.of(new double[] {5}, new double[] {4}).mase()));
        assertEquals(0.0, Accuracy.of(new double[] {5}, new double[] {5}, 2.0).mase());
    }

    @Test
    void rejects_arraysOfDifferentLengths() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Accuracy.of(new double[2], new double[3]));
        assertEquals("need one forecast per actual value, got 3 for 2", e.getMessage());
    }
}
