package org.rnnlab.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;

/** Scaling fitted on training rows only, transforms that undo exactly, and plain-data storage. */
class NormalizationTest {

    private static TimeSeriesTable series(double... x) {
        return TimeSeriesTable.of(List.of("x"), new double[][] {x}, List.of("x"), List.of("x"));
    }

    private static TimeSeriesTable randomPositive(Random random, int rows, int columns) {
        double[][] values = new double[columns][rows];
        List<String> names = new java.util.ArrayList<>();
        for (int c = 0; c < columns; c++) {
            names.add("c" + c);
            double level = 1 + random.nextDouble() * 100;
            for (int r = 0; r < rows; r++) {
                level *= Math.exp(random.nextGaussian() * 0.1);
                values[c][r] = level;
            }
        }
        return TimeSeriesTable.of(names, values, names, names.subList(columns > 1 ? 1 : 0, columns));
    }

    @Test
    void zscore_isFittedOnTrainingRowsOnly() {
        double[] x = new double[20];
        for (int r = 0; r < 20; r++) {
            x[r] = r < 10 ? r : 1000 * r;
        }
        PreparedData data = PreparedData.prepare(series(x),
                PrepareOptions.of(WindowOptions.of(2, 1)).withSplit(new SplitFractions(0.5, 0.25, 0.25)));
        Normalization n = data.normalization();
        assertEquals(4.5, n.center()[0], 1e-12);
        assertEquals(Math.sqrt(8.25), n.scale()[0], 1e-12);
        assertEquals((0 - 4.5) / Math.sqrt(8.25), data.train().sequences().input(0, 0, 0), 1e-12);
        // the first test window takes its inputs from rows 13 and 14, before the test part, for its target row 15
        assertEquals((13000 - 4.5) / Math.sqrt(8.25), data.test().sequences().input(0, 0, 0), 1e-9);
        assertEquals((15000 - 4.5) / Math.sqrt(8.25), data.test().sequences().input(2, 0, 0), 1e-9);
    }

    @Test
    void prepareWith_scalesALongerSeriesWithTheStoredFit_notARefit() {
        double[] shortSeries = {1, 2, 3, 4, 5, 6, 7, 8};
        double[] longSeries = {1, 2, 3, 4, 5, 6, 7, 8, 50, 60, 70, 80};
        PrepareOptions options = PrepareOptions.of(WindowOptions.of(2, 1)).withSplit(new SplitFractions(1, 0, 0));
        Normalization stored = PreparedData.prepare(series(shortSeries), options).normalization();
        PreparedData again = PreparedData.prepareWith(series(longSeries), options, stored);
        assertEquals(stored, again.normalization());
        assertEquals(stored.scaleValue(0, 80), again.forecastInputs()[1], 1e-12);
        assertEquals(stored.scaleValue(0, 1), again.train().sequences().input(0, 0, 0), 1e-12);
    }

    @Test
    void prepareWith_rejectsANormalizationOfOtherColumnsOrTransforms() {
        PrepareOptions options = PrepareOptions.of(WindowOptions.of(1, 1)).withSplit(new SplitFractions(1, 0, 0));
        Normalization stored = PreparedData.prepare(series(1, 2, 3, 4), options).normalization();
        TimeSeriesTable other = TimeSeriesTable.of(List.of("y"), new double[][] {{1, 2, 3, 4}}, List.of("y"),
                List.of("y"));
        IllegalArgumentException columns = assertThrows(
                IllegalArgumentException.class, () -> PreparedData.prepareWith(other, options, stored));
        assertTrue(columns.getMessage().contains("columns [x]") && columns.getMessage().contains("columns [y]"),
                columns.getMessage());
        IllegalArgumentException transforms = assertThrows(
                IllegalArgumentException.class, () -> PreparedData.prepareWith(series(1, 2, 3, 4),
                        options.withTransforms(Transforms.none().withLog(true)), stored));
        assertTrue(transforms.getMessage().contains("the options ask for"), transforms.getMessage());
    }

    @Test
    void minmax_mapsTheTrainingRowsOntoZeroOne() {
        double[] x = {5, 7, 9, 6, 100, 200, -50, 300};
        PreparedData data = PreparedData.prepare(series(x), PrepareOptions.of(WindowOptions.of(1, 1))
                .withScaling(Scaling.MINMAX).withSplit(new SplitFractions(0.5, 0.25, 0.25)));
        assertEquals(5, data.normalization().center()[0]);
        assertEquals(4, data.normalization().scale()[0]);
        assertEquals(0.5, data.train().sequences().input(0, 0, 0) + 0.5, 1e-12);
        assertEquals(0.5, data.train().sequences().target(0, 0, 0), 1e-12);
        // the first validation window is the last training row, predicting the first validation row
        assertEquals((6 - 5) / 4.0, data.validation().sequences().input(0, 0, 0), 1e-12);
        assertEquals((100 - 5) / 4.0, data.validation().sequences().input(1, 0, 0), 1e-12);
    }

    @Test
    void constantFeature_getsScaleOne_insteadOfDividingByZero() {
        TimeSeriesTable table = TimeSeriesTable.of(List.of("x", "y"),
                new double[][] {{3, 3, 3, 3, 3, 3, 4, 5}, {1, 2, 3, 4, 5, 6, 7, 5}}, List.of("x", "y"), List.of("y"));
        for (Scaling scaling : Scaling.values()) {
            PreparedData data = PreparedData.prepare(table,
                    PrepareOptions.of(WindowOptions.of(1, 1)).withScaling(scaling)
                            .withSplit(new SplitFractions(0.75, 0, 0.25)));
            assertEquals(1, data.normalization().scale()[0], scaling.toString());
            double expected = scaling == Scaling.NONE ? 3 : 0;
            assertEquals(expected, data.train().sequences().input(0, 0, 0), scaling.toString());
            assertEquals(7, data.test().toOriginal(0, 0, 0, data.test().sequences().target(0, 0, 0)), 1e-12);
            assertEquals(5, data.test().toOriginal(1, 0, 0, data.test().sequences().target(1, 0, 0)), 1e-12);
        }
    }

    @Test
    void everyTransformAndScaling_undoesTargetsExactly_onRandomSeries() {
        Random random = new Random(42);
        for (int trial = 0; trial < 40; trial++) {
            TimeSeriesTable table = randomPositive(random, 60 + random.nextInt(40), 1 + random.nextInt(3));
            for (Scaling scaling : Scaling.values()) {
                for (int flags = 0; flags < 4; flags++) {
                    Transforms transforms = new Transforms((flags & 1) != 0, (flags & 2) != 0);
                    WindowOptions w = WindowOptions.of(1 + random.nextInt(4), 1 + random.nextInt(3))
                            .withManyToMany(random.nextBoolean()).withStride(1 + random.nextInt(2));
                    PreparedData data = PreparedData.prepare(table,
                            PrepareOptions.of(w).withScaling(scaling).withTransforms(transforms));
                    for (Part part : Part.values()) {
                        Windows windows = data.windows(part);
                        Sequences s = windows.sequences();
                        for (int n = 0; n < s.count(); n++) {
                            for (int j = 0; j < (w.manyToMany() ? w.window() : 1); j++) {
                                for (int o = 0; o < s.targetSize(); o++) {
                                    double actual = windows.actual(n, j, o);
                                    assertEquals(actual, windows.toOriginal(n, j, o, s.target(n, j, o)),
                                            1e-9 * Math.abs(actual), scaling + " " + transforms + " " + w);
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    @Test
    void diffWithHorizonOne_targetIsTheNextInput_soPredictionsCanBeFedBack() {
        TimeSeriesTable table = randomPositive(new Random(3), 50, 1);
        for (boolean log : new boolean[] {false, true}) {
            PreparedData data = PreparedData.prepare(table, PrepareOptions.of(WindowOptions.of(5, 1))
                    .withTransforms(new Transforms(log, true)));
            Sequences s = data.train().sequences();
            for (int n = 0; n + 1 < s.count(); n++) {
                assertEquals(s.input(n + 1, 4, 0), s.target(n, 0, 0), 1e-12);
            }
        }
    }

    @Test
    void recursivePath_rebuildsLevelsFromTheLastObservedValue() {
        TimeSeriesTable table = randomPositive(new Random(5), 60, 1);
        double[] x = table.column(0);
        for (int flags = 0; flags < 4; flags++) {
            Transforms transforms = new Transforms((flags & 1) != 0, (flags & 2) != 0);
            Normalization n = PreparedData.prepare(table, PrepareOptions.of(WindowOptions.of(4, 1))
                    .withTransforms(transforms)).normalization();
            int origin = 40;
            double[] predictions = new double[10];
            for (int k = 0; k < predictions.length; k++) {
                predictions[k] = n.toTarget(0, x[origin + 1 + k], x[origin + k]);
            }
            double[] levels = n.toOriginalPath(0, predictions, x[origin]);
            for (int k = 0; k < levels.length; k++) {
                assertEquals(x[origin + 1 + k], levels[k], 1e-9 * x[origin + 1 + k], transforms + " step " + k);
            }
        }
    }

    @Test
    void normalization_survivesJsonExactly() throws Exception {
        TimeSeriesTable table = randomPositive(new Random(9), 50, 3);
        Normalization n = PreparedData.prepare(table, PrepareOptions.of(WindowOptions.of(3, 2))
                .withTransforms(new Transforms(true, true)).withScaling(Scaling.MINMAX)).normalization();
        ObjectMapper mapper = new ObjectMapper();
        String json = mapper.writeValueAsString(n);
        Normalization back = mapper.readValue(json, Normalization.class);
        assertEquals(n, back);
        assertArrayEquals(n.center(), back.center());
        assertArrayEquals(n.scale(), back.scale());
        assertEquals(json, mapper.writeValueAsString(back));
        assertEquals(List.of("c0", "c1", "c2"), back.columns());
        assertEquals(List.of("c1", "c2"), back.targets());
    }

    @Test
    void normalization_rejectsScaleZero() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Normalization(
                List.of("x"), List.of("x"), Transforms.none(), Scaling.ZSCORE, new double[] {0}, new double[] {0}));
        assertEquals("column x needs a finite center and a finite scale > 0, got center 0.0 and scale 0.0",
                e.getMessage());
    }

    @Test
    void forecastInputs_areTheLastWindowOfTheSeries_scaled() {
        PreparedData data = PreparedData.prepare(WindowsTest.ramp(30, 0), WindowsTest.unscaled(WindowOptions.of(4, 1))
                .withTransforms(Transforms.none().withDiff(true)));
        assertArrayEquals(new double[] {1, 1, 1, 1}, data.forecastInputs());
        assertEquals(29, data.forecastOriginLevel(0));
        assertEquals(30, data.normalization().toOriginal(0, 1, data.forecastOriginLevel(0)));
    }
}
