package org.rnnlab.forecast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.junit.jupiter.api.Test;
import org.rnnlab.data.Transforms;

/** The rule's three tests on series whose answer is known. */
class RecipeRuleTest {

    private static double[] noise(long seed, int n) {
        Random r = new Random(seed);
        double[] y = new double[n];
        for (int t = 0; t < n; t++) {
            y[t] = r.nextGaussian();
        }
        return y;
    }

    @Test
    void kpss_rejectsARandomWalk_andNotWhiteNoise() {
        double[] e = noise(1, 400), walk = new double[400];
        for (int t = 1; t < walk.length; t++) {
            walk[t] = walk[t - 1] + e[t];
        }
        assertTrue(RecipeRule.kpss(walk) > RecipeRule.KPSS_5_PERCENT, "walk: " + RecipeRule.kpss(walk));
        assertTrue(RecipeRule.kpss(noise(2, 400)) < RecipeRule.KPSS_5_PERCENT, "noise");
    }

    @Test
    void seasonalStrength_isHighForASeasonalSeries_andLowForNoise() {
        double[] e = noise(3, 240), seasonal = new double[240];
        for (int t = 0; t < seasonal.length; t++) {
            seasonal[t] = 10 * Math.sin(2 * Math.PI * t / 12) + e[t];
        }
        assertTrue(RecipeRule.seasonalStrength(seasonal, 12) > 0.9);
        assertTrue(RecipeRule.seasonalStrength(noise(4, 240), 12) < RecipeRule.SEASONAL_STRENGTH);
    }

    @Test
    void decide_takesLogAndSdiff_forAGrowingMultiplicativeSeasonalSeries_whoseSeasonalDifferenceIsStationary() {
        double[] e = noise(5, 240), y = new double[240];
        double level = 100;
        for (int t = 0; t < y.length; t++) {
            level *= Math.exp(0.01 + 0.02 * e[t]);
            y[t] = level * (1 + 0.3 * Math.sin(2 * Math.PI * t / 12));
        }
        RecipeRule.Decision d = RecipeRule.decide(y, 12);
        // a seasonal difference of a random walk sums 12 increments: stationary, so no first difference
        assertEquals(new Transforms(true, false, 12), d.transforms(), d.reasons());
        assertTrue(d.reasons().startsWith("log (mean-sd correlation "), d.reasons());
    }

    @Test
    void decide_leavesStationaryNoiseAlone_andNeverLogsANonPositiveSeries() {
        RecipeRule.Decision d = RecipeRule.decide(noise(6, 200), 12);
        assertEquals(Transforms.none(), d.transforms(), d.reasons());
        assertFalse(d.transforms().log());
        assertTrue(Double.isNaN(d.correlation()));
        assertTrue(d.reasons().startsWith("no log (mean-sd correlation not measurable: not every value is positive)"),
                d.reasons());
        double[] shortPositive = {5, 6, 7, 6, 5, 6, 7, 8, 7, 6};
        assertTrue(RecipeRule.decide(shortPositive, 12).reasons().startsWith("no log (mean-sd correlation not"
                + " measurable: fewer than three seasons of rows (36 without a season))"), RecipeRule.decide(shortPositive, 12).reasons());
    }
}
