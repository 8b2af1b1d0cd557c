package org.rnnlab.forecast;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rnnlab.data.CsvLoader;
import org.rnnlab.data.CsvOptions;
import org.rnnlab.data.TimeSeriesTable;
import org.rnnlab.error.InputException;

/** A backtest's errors joining the validation errors: the newest kept per step, and a backtest of another series refused. */
class BacktestErrorsTest {

    private static final String HEADER = "target,origin,ahead,row_label,model_number,actual,model\n";

    @TempDir
    Path dir;

    private TimeSeriesTable table;

    /** The validation part's errors, oldest first: three at step 1, two at step 2. */
    private final List<ConformalIntervals> validation = List.of(new ConformalIntervals(new double[][] {{0.1, 0.2, 0.3},
            {0.4, 0.5}}));

    @BeforeEach
    void series() throws Exception {
        StringBuilder csv = new StringBuilder("month,y\n");
        for (int m = 1; m <= 12; m++) {
            csv.append(String.format("2020-%02d,%d.5%n", m, 10 + m));
        }
        table = CsvLoader.load(Files.writeString(dir.resolve("y.csv"), csv), CsvOptions.defaults());
    }

    private Path backtest(String rows) throws Exception {
        Path bt = Files.createDirectories(dir.resolve("bt"));
        Files.writeString(bt.resolve("backtest.csv"), HEADER + rows);
        return bt;
    }

    @Test
    void theNewestErrorsPerStepPushOutTheOldest_asManyAsTheValidationPartGave() throws Exception {
        // origins 2020-08 and 2020-09, two steps each: errors actual - model
        Path bt = backtest("y,2020-08,1,2020-09,1,19.5,19.0\n" + "y,2020-08,2,2020-10,1,20.5,21.5\n"
                + "y,2020-09,1,2020-10,1,20.5,20.25\n" + "y,2020-09,2,2020-11,1,21.5,21.5\n");
        BacktestErrors.Pooled pooled = BacktestErrors.pooled(bt, table, validation);
        assertEquals(4, pooled.read());
        double[][] r = pooled.intervals().get(0).residuals();
        assertArrayEquals(new double[] {0.3, 0.5, 0.25}, r[0], 0, "step 1: the newest validation error and both backtest errors");
        assertArrayEquals(new double[] {-1.0, 0.0}, r[1], 0, "step 2: both validation errors pushed out");
    }

    @Test
    void aRowWithoutAForecast_isLeftOut() throws Exception {
        Path bt = backtest("y,2020-08,1,2020-09,1,19.5,\n");
        BacktestErrors.Pooled pooled = BacktestErrors.pooled(bt.resolve("backtest.csv"), table, validation);
        assertEquals(0, pooled.read());
        assertArrayEquals(new double[] {0.1, 0.2, 0.3}, pooled.intervals().get(0).residuals()[0], 0);
    }

    @Test
    void refusesABacktestOfAnotherSeries_namingTheFileLineAndColumn() throws Exception {
        Path bt = backtest("y,2020-08,1,2020-09,1,19.5,19.0\ny,2020-08,2,2020-10,1,99.0,21.5\n");
        InputException e = assertThrows(InputException.class, () -> BacktestErrors.pooled(bt, table, validation));
        assertEquals(bt.resolve("backtest.csv") + ":3:6: the actual value 99.0 at 2020-10 is not the data file's 20.5:"
                + " the backtest is of another series, or of another version of this one", e.getMessage());
        Path later = backtest("y,2021-08,1,2021-09,1,19.5,19.0\n");
        e = assertThrows(InputException.class, () -> BacktestErrors.pooled(later, table, validation));
        assertEquals(later.resolve("backtest.csv") + ":2:4: row \"2021-09\" is not in the data file: the backtest is of"
                + " another series", e.getMessage());
        Path shortRow = backtest("y,2020-08,1,2020-09,1\n");
        e = assertThrows(InputException.class, () -> BacktestErrors.pooled(shortRow, table, validation));
        assertEquals(shortRow.resolve("backtest.csv") + ":2: expected 7 fields as in the header, found 5: not a"
                + " backtest.csv as rnnlab backtest writes it", e.getMessage());
        Path other = backtest("z,2020-08,1,2020-09,1,19.5,19.0\n");
        e = assertThrows(InputException.class, () -> BacktestErrors.pooled(other, table, validation));
        assertEquals(other.resolve("backtest.csv") + ":2:1: the backtest's target \"z\" is not one the model predicts [y]",
                e.getMessage());
    }

    @Test
    void refusesADirectBacktest_aFileThatIsNotABacktest_andAMissingOne() throws Exception {
        Path direct = backtest("y,2020-08,3,2020-11,1,21.5,21.0\n");
        InputException e = assertThrows(InputException.class, () -> BacktestErrors.pooled(direct, table, validation));
        assertEquals(direct.resolve("backtest.csv") + ": its forecasts are 1 step ahead up to 3, not every step from 1:"
                + " a direct backtest scores its last step only and cannot give each step's errors; give a recursive"
                + " backtest (without --direct)", e.getMessage());
        Path csv = Files.writeString(dir.resolve("other.csv"), "month,y\n2020-01,3\n");
        e = assertThrows(InputException.class, () -> BacktestErrors.pooled(csv, table, validation));
        assertEquals(csv + ":1: not the backtest.csv of rnnlab backtest: it has no column \"target\"", e.getMessage());
        Path none = dir.resolve("nothing");
        e = assertThrows(InputException.class, () -> BacktestErrors.pooled(none, table, validation));
        assertEquals(none + ": no such file; give the directory of an rnnlab backtest of this series", e.getMessage());
    }
}
