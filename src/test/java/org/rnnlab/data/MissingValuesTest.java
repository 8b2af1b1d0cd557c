package org.rnnlab.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.rnnlab.data.CsvFixtures.assertRejected;
import static org.rnnlab.data.CsvFixtures.write;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The missing-value policies: drop, ffill, interpolate. */
class MissingValuesTest {

    @TempDir
    Path dir;

    private static final String GAPPY = "month,a,b\n2020-01,,10\n2020-02,2,NA\n2020-03,,\n2020-04,5,40\n2020-05,,50\n";

    private TimeSeriesTable load(MissingValuePolicy policy) {
        return CsvLoader.load(write(dir, GAPPY), CsvOptions.defaults().withMissingValues(policy));
    }

    @Test
    void drop_removesRowsMissingAnyValue_withTheirLabelsAndLines() {
        TimeSeriesTable t = load(MissingValuePolicy.DROP);
        assertEquals(1, t.rows());
        assertArrayEquals(new double[] {5}, t.column(0));
        assertArrayEquals(new double[] {40}, t.column(1));
        assertEquals(Optional.of(List.of("2020-04")), t.timeLabels());
        assertEquals(5, t.line(0));
    }

    @Test
    void interpolate_fillsInteriorGapsLinearly_andEndsWithTheNearestValue() {
        TimeSeriesTable t = load(MissingValuePolicy.INTERPOLATE);
        assertArrayEquals(new double[] {2, 2, 3.5, 5, 5}, t.column(0), 1e-12);
        assertArrayEquals(new double[] {10, 20, 30, 40, 50}, t.column(1), 1e-12);
    }

    @Test
    void ffill_carriesTheLastValueForward() {
        TimeSeriesTable t = CsvLoader.load(write(dir, "month,a\n2020-01,1\n2020-02,\n2020-03,NaN\n2020-04,4\n"),
                CsvOptions.defaults().withMissingValues(MissingValuePolicy.FFILL));
        assertArrayEquals(new double[] {1, 1, 1, 4}, t.column(0));
    }

    @Test
    void ffill_rejectsALeadingGap_namingTheColumnAndSuggestingInterpolate() {
        assertRejected(write(dir, GAPPY), CsvOptions.defaults().withMissingValues(MissingValuePolicy.FFILL), ":2:2",
                "column \"a\" starts with a missing value", "nothing to carry forward", "interpolate");
    }

    @Test
    void interpolate_rejectsAColumnWithoutAnyValue() {
        Path file = write(dir, "month,a,b\n2020-01,,1\n2020-02,NA,2\n");
        assertRejected(file, CsvOptions.defaults().withMissingValues(MissingValuePolicy.INTERPOLATE), ":2:2",
                "column \"a\" has no values at all");
    }

    @Test
    void drop_rejectsWhenNoRowIsLeft() {
        Path file = write(dir, "month,a,b\n2020-01,,1\n2020-02,2,\n");
        assertRejected(file, CsvOptions.defaults().withMissingValues(MissingValuePolicy.DROP), "",
                "every row misses a value", "no data");
    }

    @Test
    void policies_stillRejectInfinityAndText() {
        Path file = write(dir, "month,a\n2020-01,1\n2020-02,inf\n");
        assertRejected(file, CsvOptions.defaults().withMissingValues(MissingValuePolicy.INTERPOLATE), ":3:2",
                "is infinite");
    }

    @Test
    void interpolate_onRandomGaps_keepsKnownValuesAndStaysBetweenNeighbours() {
        java.util.Random random = new java.util.Random(7);
        for (int trial = 0; trial < 200; trial++) {
            int n = 1 + random.nextInt(30);
            double[] truth = random.doubles(n, -5, 5).toArray();
            double[] x = truth.clone();
            boolean any = false;
            for (int i = 0; i < n; i++) {
                if (random.nextInt(3) == 0) {
                    x[i] = Double.NaN;
                } else {
                    any = true;
                }
            }
            double[] filled = x.clone();
            assertEquals(any, MissingValues.interpolate(filled));
            if (!any) {
                continue;
            }
            for (int i = 0; i < n; i++) {
                if (!Double.isNaN(x[i])) {
                    assertEquals(truth[i], filled[i]);
                } else {
                    double lo = Double.POSITIVE_INFINITY;
                    double hi = Double.NEGATIVE_INFINITY;
                    for (int j = i - 1; j >= 0 && (j == i - 1 || Double.isNaN(x[j + 1])); j--) {
                        if (!Double.isNaN(x[j])) {
                            lo = Math.min(lo, x[j]);
                            hi = Math.max(hi, x[j]);
                            break;
                        }
                    }
                    for (int j = i + 1; j < n; j++) {
                        if (!Double.isNaN(x[j])) {
                            lo = Math.min(lo, x[j]);
                            hi = Math.max(hi, x[j]);
                            break;
                        }
                    }
                    assertEquals(true, filled[i] >= lo - 1e-12 && filled[i] <= hi + 1e-12,
                            "filled value " + filled[i] + " outside its neighbours [" + lo + ", " + hi + "]");
                }
            }
        }
    }

    @Test
    void aSpreadsheetsNA_isAMissingValue_thatAPolicyRepairs() {
        TimeSeriesTable t = CsvLoader.load(write(dir, "month,v\n2020-01,1\n2020-02,#N/A\n2020-03,3\n"),
                CsvOptions.defaults().withMissingValues(MissingValuePolicy.INTERPOLATE));
        assertEquals(2.0, t.column(t.targetColumns()[0])[1], 1e-12);
    }

    @Test
    void whatThePolicyDid_isSaid_countingCellsOrRows_andNamingTheFirstLine() {
        String mid = "month,a,b\n2020-01,1,10\n2020-02,,20\n2020-03,3,\n2020-04,4,40\n";
        assertEquals(Optional.of("2 missing values interpolated, the first on line 3"), CsvLoader.load(write(dir, mid),
                CsvOptions.defaults().withMissingValues(MissingValuePolicy.INTERPOLATE)).repairs());
        assertEquals(Optional.of("2 missing values carried forward from the row before, the first on line 3"),
                CsvLoader.load(write(dir, mid), CsvOptions.defaults().withMissingValues(MissingValuePolicy.FFILL))
                        .repairs());
        assertEquals(Optional.of("2 rows with a missing value dropped, the first on line 3"), CsvLoader.load(write(dir,
                mid), CsvOptions.defaults().withMissingValues(MissingValuePolicy.DROP)).repairs());
        assertEquals(Optional.empty(), CsvLoader.load(write(dir, "month,a\n2020-01,1\n2020-02,2\n"),
                CsvOptions.defaults().withMissingValues(MissingValuePolicy.INTERPOLATE)).repairs());
    }
}
