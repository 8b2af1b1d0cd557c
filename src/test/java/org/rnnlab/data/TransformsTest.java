package org.rnnlab.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** Every recipe of log, sdiff and diff: inputs as defined, targets undone exactly, forecasts chained. */
class TransformsTest {

    private static List<Transforms> everyRecipe() {
        List<Transforms> all = new ArrayList<>();
        for (int lag : new int[] {0, 4, 12}) {
            for (boolean log : new boolean[] {false, true}) {
                for (boolean diff : new boolean[] {false, true}) {
                    all.add(new Transforms(log, diff, lag));
                }
            }
        }
        return all;
    }

    private static double[] seasonalSeries(Random random, int rows, int season) {
        double[] x = new double[rows];
        for (int r = 0; r < rows; r++) {
            x[r] = 50 + 0.3 * r + 10 * Math.sin(2 * Math.PI * r / season) + random.nextGaussian();
        }
        return x;
    }

    @Test
    void apply_isTheSeasonalThenFirstDifferenceOfTheLevel_andNaNBeforeTheFirstRow() {
        double[] x = {1, 4, 9, 16, 25, 36, 49, 64};
        double[] y = new Transforms(false, true, 3).apply(x);
        for (int r = 0; r < 4; r++) {
            assertTrue(Double.isNaN(y[r]), "row " + r);
        }
        for (int r = 4; r < x.length; r++) {
            assertEquals((x[r] - x[r - 3]) - (x[r - 1] - x[r - 4]), y[r], 1e-12, "row " + r);
        }
        double[] logs = new Transforms(true, false, 2).apply(x);
        assertEquals(Math.log(9) - Math.log(1), logs[2], 1e-15);
    }

    @Test
    void target_isTheNextInputForHorizonOne_soPredictionsFeedBack() {
        Random random = new Random(7);
        double[] x = seasonalSeries(random, 60, 12);
        for (Transforms t : everyRecipe()) {
            double[] y = t.apply(x);
            for (int r = t.firstRow(); r < x.length; r++) {
                assertEquals(y[r], t.target(r, 1, i -> x[i]), 1e-12, t.label() + " row " + r);
            }
        }
    }

    @Test
    void undo_invertsTarget_forEveryRecipeAndHorizon_toTheLastBits() {
        Random random = new Random(11);
        double[] x = seasonalSeries(random, 80, 12);
        for (Transforms t : everyRecipe()) {
            for (int h = 1; h <= 15; h++) {
                int first = Math.max(t.firstRow(), t.targetLag(h) + (t.diff() ? h : 0));
                for (int r = first + h; r < x.length; r++) {
                    final int origin = r - h;
                    double target = t.target(r, h, i -> x[i]);
                    double back = t.undo(r, h, target, i -> {
                        if (i > origin) {
                            throw new AssertionError("undo read row " + i + " after the origin " + origin);
                        }
                        return x[i];
                    });
                    assertEquals(x[r], back, 1e-12 * Math.abs(x[r]), t.label() + " h=" + h + " row " + r);
                }
            }
        }
    }

    @Test
    void toOriginalPath_ofTheTrueTargets_rebuildsTheSeries_overManySteps() {
        Random random = new Random(3);
        double[] x = seasonalSeries(random, 72, 12);
        for (Transforms t : everyRecipe()) {
            Normalization n = new Normalization(List.of("x"), List.of("x"), t, Scaling.ZSCORE, new double[] {0.5},
                    new double[] {2.0});
            int known = 40;
            double[] history = java.util.Arrays.copyOf(x, known);
            double[] predictions = new double[x.length - known];
            for (int k = 0; k < predictions.length; k++) {
                predictions[k] = n.toTarget(0, known + k, 1, i -> x[i]);
            }
            double[] path = n.toOriginalPath(0, predictions, history);
            for (int k = 0; k < path.length; k++) {
                assertEquals(x[known + k], path[k], 1e-12 * Math.abs(x[known + k]), t.label() + " step " + (k + 1));
            }
        }
    }

    @Test
    void label_namesTheLag_andNamesFollowTheOrderApplied() {
        assertEquals("none", Transforms.none().label());
        assertEquals("log,sdiff(12),diff", new Transforms(true, true, 12).label());
        assertEquals(List.of("log", "sdiff", "diff"), new Transforms(true, true, 12).names());
        assertEquals(13, new Transforms(true, true, 12).firstRow());
        assertEquals(24, new Transforms(false, false, 12).targetLag(13));
    }

    @Test
    void rejects_aNegativeLag_andOriginOnlyUndoUnderSdiff() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Transforms(false, false, -1));
        assertEquals("seasonalLag must be >= 1, or 0 for none, got -1", e.getMessage());
        Normalization n = new Normalization(List.of("x"), List.of("x"), new Transforms(false, false, 4), Scaling.NONE,
                new double[] {0}, new double[] {1});
        assertThrows(IllegalStateException.class, () -> n.toOriginal(0, 1.0, 2.0));
    }
}
