package org.rnnlab.forecast;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;

import org.junit.jupiter.api.Test;
import org.rnnlab.data.CsvOptions;
import org.rnnlab.data.PrepareOptions;
import org.rnnlab.data.TimeSeriesTable;
import org.rnnlab.data.WindowOptions;

/**
 * Where a backtest's origins go: by default over the last 15 % of the rows, reaching back (never
 * before the middle) as far as it takes for three groups of origins that forecast different rows,
 * so that its coverage and error ratio come with an interval; explicit options as given.
 */
class BacktestOriginsTest {

    @Test
    void default_onTwentyYearsOfMonths_twelveAhead_reachesBackToThirtySixOrigins_threeGroups() {
        int[] o = Backtest.origins(series(240), plan(0, 0), 12);
        assertEquals(36, o.length, "25 origins over the last 15 % make only two groups of 12");
        assertEquals(227, o[o.length - 1], "the last origin leaves 12 rows to forecast");
        assertEquals(1, o[1] - o[0]);
        assertTrue(OriginGroups.enough(o.length, 1, 12));
        assertFalse(OriginGroups.enough(25, 1, 12), "the 15 % span alone would not do");
    }

    @Test
    void default_whereTheLastFifteenPercentAlreadyMakeThreeGroups_staysThere() {
        int[] o = Backtest.origins(series(468), plan(0, 0), 12);
        assertEquals(59, o.length, "rows 397 to 455, four groups of 12 or more");
        assertEquals(397, o[0]);
    }

    @Test
    void default_onSixYearsOfMonths_keepsItsTenOrigins_sinceThreeGroupsWouldReachBeforeTheMiddle() {
        int[] o = Backtest.origins(series(72), plan(0, 0), 12);
        assertEquals(10, o.length);
        assertEquals(50, o[0]);
    }

    @Test
    void default_withAHorizonLongerThanAGroupOfOneRowApart_spacesTheOriginsOut() {
        int[] o = Backtest.origins(series(520), plan(0, 0), 52);
        assertEquals(100, o.length);
        assertEquals(2, o[1] - o[0], "100 origins one row apart 52 ahead make one group; two rows apart, three");
        assertEquals(269, o[0]);
        assertEquals(467, o[o.length - 1]);
        assertTrue(OriginGroups.enough(100, 2, 52));
    }

    @Test
    void explicitOriginsOrSpacing_areKeptAsGiven() {
        assertEquals(25, Backtest.origins(series(240), plan(25, 0), 12).length);
        int[] spaced = Backtest.origins(series(240), plan(0, 1), 12);
        assertEquals(25, spaced.length, "--every 1 alone spans the last 15 %, as before");
        assertArrayEquals(new int[] {203, 227}, new int[] {spaced[0], spaced[spaced.length - 1]});
    }

    @Test
    void default_property_originsAreEvenlySpacedFromTheMiddleOn_andFormThreeGroupsWheneverTheSpanFromTheMiddleCould() {
        for (int rows = 30; rows <= 700; rows += 7) {
            for (int horizon : new int[] {1, 6, 12, 24}) {
                int[] o = Backtest.origins(series(rows), plan(0, 0), horizon);
                int middle = (rows - 1) / 2, last = rows - 1 - horizon;
                String at = rows + " rows, " + horizon + " ahead";
                assertEquals(last, o[o.length - 1], at);
                if (last < middle) {
                    assertEquals(1, o.length, at + ": the horizon reaches back beyond the middle, one origin");
                    continue;
                }
                assertTrue(o[0] >= middle, at + ": first origin " + o[0] + " before the middle " + middle);
                int every = o.length > 1 ? o[1] - o[0] : 1;
                for (int j = 1; j < o.length; j++) {
                    assertEquals(every, o[j] - o[j - 1], at);
                }
                int fromMiddle = last - middle;
                int everyFromMiddle = Math.max(1, fromMiddle / (Backtest.DEFAULT_ORIGINS - 1));
                boolean couldFromMiddle = OriginGroups.enough(
                        Math.min(Backtest.DEFAULT_ORIGINS, fromMiddle / everyFromMiddle + 1), everyFromMiddle, horizon);
                if (couldFromMiddle) {
                    assertTrue(OriginGroups.enough(o.length, every, horizon), at + ": " + o.length + " origins");
                }
                int fifteen = Math.max(middle, Math.min((int) Math.round(0.85 * rows) - 1, last - 9));
                if (o[0] < fifteen) { // reached back: one row less would not have done
                    int span = last - (o[0] + 1);
                    int e = Math.max(1, span / (Backtest.DEFAULT_ORIGINS - 1));
                    assertFalse(OriginGroups.enough(Math.min(Backtest.DEFAULT_ORIGINS, span / e + 1), e, horizon),
                            at + ": reached back further than needed, to " + o[0]);
                }
            }
        }
    }

    private static TimeSeriesTable series(int rows) {
        double[] y = new double[rows];
        for (int i = 0; i < rows; i++) {
            y[i] = Math.sin(i / 3.0);
        }
        return TimeSeriesTable.of(List.of("y"), new double[][] {y}, List.of("y"), List.of("y"));
    }

    private static BacktestPlan plan(int origins, int every) {
        ModelSource models = TinyModelSource.gru(1);
        TrainingPlan training = new TrainingPlan(Path.of("series.csv"), CsvOptions.defaults(),
                PrepareOptions.of(WindowOptions.of(12, 1)), true, TransformChoice.of(true, false, false),
                OptionalInt.empty(), models, 0, Path.of("bt"), 1, 1, false);
        return new BacktestPlan(training, origins, every, 12, 0, new double[] {0.8});
    }
}
