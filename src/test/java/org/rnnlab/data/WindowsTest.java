package org.rnnlab.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Index arithmetic of windows, stride, many-to-many, and the split boundaries. */
class WindowsTest {

    /** A univariate series x[r] = r + offset, feature and target. */
    static TimeSeriesTable ramp(int rows, double offset) {
        double[] x = new double[rows];
        for (int r = 0; r < rows; r++) {
            x[r] = r + offset;
        }
        return TimeSeriesTable.of(List.of("x"), new double[][] {x}, List.of("x"), List.of("x"));
    }

    static PrepareOptions unscaled(WindowOptions w) {
        return PrepareOptions.of(w).withScaling(Scaling.NONE).withSplit(new SplitFractions(1, 0, 0));
    }

    @Test
    void window_atI_usesRowsIThroughIPlusTMinus1_andTargetsRowIPlusTMinus1PlusH() {
        int rows = 20;
        for (int t = 1; t <= 5; t++) {
            for (int h = 1; h <= 4; h++) {
                Windows w = PreparedData.prepare(ramp(rows, 0), unscaled(WindowOptions.of(t, h))).train();
                Sequences s = w.sequences();
                assertEquals(rows - t - h + 1, s.count(), "T=" + t + " h=" + h);
                for (int n = 0; n < s.count(); n++) {
                    assertEquals(n, w.startRow(n));
                    for (int step = 0; step < t; step++) {
                        assertEquals(n + step, s.input(n, step, 0));
                    }
                    assertEquals(n + t - 1 + h, s.target(n, 0, 0));
                    assertEquals(n + t - 1 + h, w.targetRow(n, 0));
                    assertEquals(n + t - 1, w.originRow(n, 0));
                    assertEquals(n + t - 1 + h, w.actual(n, 0, 0));
                }
            }
        }
    }

    @Test
    void stride_startsWindowsStrideRowsApart_andNeverRunsPastTheEnd() {
        int rows = 23;
        Windows w = PreparedData.prepare(ramp(rows, 0), unscaled(WindowOptions.of(4, 2).withStride(3))).train();
        assertEquals((rows - 6) / 3 + 1, w.count());
        for (int n = 0; n < w.count(); n++) {
            assertEquals(3 * n, w.startRow(n));
            assertEquals(3 * n, w.sequences().input(n, 0, 0));
            assertTrue(w.targetRow(n, 0) < rows);
        }
        assertTrue(w.targetRow(w.count() - 1, 0) + 3 >= rows, "one more window would have fit");
    }

    @Test
    void manyToMany_targetsRowIPlusJPlusH_atEveryStep() {
        Windows w = PreparedData.prepare(ramp(15, 0), unscaled(WindowOptions.of(4, 2).withManyToMany(true))).train();
        Sequences s = w.sequences();
        assertTrue(s.targetPerStep());
        assertEquals(15 - 6 + 1, s.count());
        for (int n = 0; n < s.count(); n++) {
            for (int j = 0; j < 4; j++) {
                assertEquals(n + j + 2, s.target(n, j, 0));
                assertEquals(n + j + 2, w.targetRow(n, j));
                assertEquals(n + j, w.persistence(n, j, 0));
            }
        }
    }

    @Test
    void features_and_targets_comeFromTheirOwnColumns() {
        double[] a = {1, 2, 3, 4, 5};
        double[] b = {10, 20, 30, 40, 50};
        double[] c = {100, 200, 300, 400, 500};
        TimeSeriesTable table = TimeSeriesTable.of(List.of("a", "b", "c"), new double[][] {a, b, c},
                List.of("b", "a"), List.of("c", "a"));
        Sequences s = PreparedData.prepare(table, unscaled(WindowOptions.of(2, 1))).train().sequences();
        assertEquals(2, s.inputSize());
        assertEquals(2, s.targetSize());
        assertEquals(20, s.input(0, 1, 0));
        assertEquals(2, s.input(0, 1, 1));
        assertEquals(300, s.target(0, 0, 0));
        assertEquals(3, s.target(0, 0, 1));
    }

    @Test
    void split_keepsTrainingWindowsInside_andScoresEveryRowOfTheLaterParts_withInputsFromThePast() {
        int rows = 100;
        for (boolean manyToMany : new boolean[] {false, true}) {
            for (boolean diff : new boolean[] {false, true}) {
                WindowOptions wo = WindowOptions.of(5, 3).withManyToMany(manyToMany);
                PrepareOptions options = PrepareOptions.of(wo).withSplit(new SplitFractions(0.6, 0.2, 0.2))
                        .withTransforms(Transforms.none().withDiff(diff));
                PreparedData data = PreparedData.prepare(ramp(rows, 1), options);
                assertEquals(new SplitRows(100, 60, 80), data.split());
                String what = (manyToMany ? "many-to-many" : "many-to-one") + (diff ? ", diff" : "");
                for (Part part : Part.values()) {
                    Windows w = data.windows(part);
                    int start = data.split().start(part), end = data.split().end(part);
                    int firstRow = diff ? 1 : 0;
                    int lead = part == Part.TRAIN ? 0 : manyToMany ? 3 : 5 - 1 + 3;
                    assertEquals(Math.max(firstRow, start - lead), w.startRow(0), what + ": " + part + " first start");
                    java.util.Set<Integer> targets = new java.util.TreeSet<>();
                    for (int n = 0; n < w.count(); n++) {
                        assertTrue(w.startRow(n) >= (part == Part.TRAIN ? firstRow : 0), what + ": " + part + " " + n);
                        for (int j = 0; j < (manyToMany ? 5 : 1); j++) {
                            int t = w.targetRow(n, manyToMany ? j : 4);
                            assertTrue(t >= start && t < end, what + ": " + part + " window " + n + " targets row " + t);
                            targets.add(t);
                        }
                    }
                    int firstTarget = part == Part.TRAIN ? firstRow + (manyToMany ? 3 : 7) : start;
                    assertEquals(end - firstTarget, targets.size(), what + ": " + part + " scores every row from "
                            + firstTarget);
                }
            }
        }
    }

    @Test
    void split_withEmptyParts_givesEmptyWindows() {
        PreparedData data = PreparedData.prepare(ramp(30, 0),
                PrepareOptions.of(WindowOptions.of(3, 1)).withSplit(new SplitFractions(0.8, 0, 0.2)));
        assertTrue(data.validation().isEmpty());
        assertEquals(0, data.validation().count());
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> data.validation().sequences());
        assertEquals("the validation part has no windows (its fraction is 0)", e.getMessage());
        assertEquals(24, data.split().validationEnd());
        assertEquals(6, data.test().count(), "every test row is a target");
    }

    @Test
    void splitFractions_rejectBadValues_namingThem() {
        assertEquals("train fraction must be > 0 and <= 1, got 0.0",
                assertThrows(IllegalArgumentException.class, () -> new SplitFractions(0, 0.5, 0.5)).getMessage());
        assertEquals("validation fraction must be >= 0 and <= 1, got -0.1",
                assertThrows(IllegalArgumentException.class, () -> new SplitFractions(0.9, -0.1, 0.2)).getMessage());
        assertEquals("test fraction must be >= 0 and <= 1, got NaN",
                assertThrows(IllegalArgumentException.class, () -> new SplitFractions(0.9, 0.1, Double.NaN))
                        .getMessage());
        assertEquals("train, validation and test fractions must sum to 1, got 0.7 + 0.2 + 0.2 = 1.0999999999999999",
                assertThrows(IllegalArgumentException.class, () -> new SplitFractions(0.7, 0.2, 0.2)).getMessage());
        new SplitFractions(0.7, 0.15, 0.15 + 5e-10);
    }

    @Test
    void windowOptions_rejectBadValues_namingThem() {
        assertEquals("window must be >= 1, got 0",
                assertThrows(IllegalArgumentException.class, () -> WindowOptions.of(0, 1)).getMessage());
        assertEquals("horizon must be >= 1, got 0",
                assertThrows(IllegalArgumentException.class, () -> WindowOptions.of(3, 0)).getMessage());
        assertEquals("stride must be >= 1, got -2",
                assertThrows(IllegalArgumentException.class, () -> WindowOptions.of(3, 1).withStride(-2)).getMessage());
    }

    @Test
    void baselines_persistenceSeasonalNaiveAndTrainingMean_inOriginalUnits() {
        PreparedData data = PreparedData.prepare(ramp(40, 100),
                PrepareOptions.of(WindowOptions.of(6, 2)).withSplit(new SplitFractions(0.5, 0.25, 0.25)));
        Windows w = data.test();
        for (int n = 0; n < w.count(); n++) {
            int target = w.targetRow(n, 0);
            assertEquals(100 + target, w.actual(n, 0, 0));
            assertEquals(100 + target - 2, w.persistence(n, 0, 0));
            assertEquals(100 + target - 4, w.seasonalNaive(n, 0, 0, 4));
            assertEquals(100 + target - 2, w.seasonalNaive(n, 0, 0, 1), "a season shorter than h steps back whole seasons");
            assertEquals(100 + target - 3, w.seasonalNaive(n, 0, 0, 3));
        }
        assertEquals(100 + 9.5, w.trainingMean(0), 1e-12);
        Windows train = data.train();
        assertTrue(Double.isNaN(train.seasonalNaive(0, 0, 0, 12)), "row 7 - 12 precedes the series");
    }
}
