package org.rnnlab.forecast;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** A backtest's errors joining the validation errors: the newest kept per step, and a backtest of another series refused. */
class BacktestErrorsTest {

    private static final String HEADER = "target,origin,ahead,row_label,model_number,actual,model\n";

    @TempDir
    Path dir;

    private TimeSeriesTable table;

    /** The forecasting model's signature (a few of the fields a real one has). */
    private static final ModelSignature SIGNATURE = signature(12, "diff");

    /** A level that needs no more errors than the validation part gave (the window does not grow). */
    private static final double[] LEVELS = {0.5};

    private static ModelSignature signature(int window, String transforms) {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.put("cell", "lstm");
        o.put("hidden_size", 32);
        o.put("window", window);
        o.put("transforms", transforms);
        var names = o.putArray("transform_names");
        for (String name : transforms.split(",")) {
            names.add(name);
        }
        return new ModelSignature(o);
    }

    private static void runJson(Path bt, ModelSignature... models) throws Exception {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("command", "backtest");
        var array = root.putArray("models");
        for (int m = 0; m < models.length; m++) {
            ObjectNode model = array.addObject();
            model.put("first_origin", "2020-0" + (8 + m));
            model.set("signature", models[m].fields());
        }
        RunJson.write(bt.resolve("run.json"), root);
    }

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
        BacktestErrors.Pooled pooled = BacktestErrors.pooled(bt, table, validation, SIGNATURE, LEVELS);
        assertEquals(4, pooled.read());
        double[][] r = pooled.intervals().get(0).residuals();
        assertArrayEquals(new double[] {0.3, 0.5, 0.25}, r[0], 0, "step 1: the newest validation error and both backtest errors");
        assertArrayEquals(new double[] {-1.0, 0.0}, r[1], 0, "step 2: both validation errors pushed out");
    }

    @Test
    void aBacktestWhoseModelsAreLikeTheForecastingOne_isChecked_andOneWithoutRunJsonIsNot() throws Exception {
        Path bt = backtest("y,2020-08,1,2020-09,1,19.5,19.0\n");
        assertFalse(BacktestErrors.pooled(bt, table, validation, SIGNATURE, LEVELS).checked(), "no run.json: unchecked");
        runJson(bt, signature(12, "diff"), signature(12, "diff"));
        BacktestErrors.Pooled pooled = BacktestErrors.pooled(bt, table, validation, SIGNATURE, LEVELS);
        assertTrue(pooled.checked());
        assertEquals(1, pooled.read());
    }

    @Test
    void refusesABacktestWithAModelOfAnotherWindowOrRecipe_namingEachDifference() throws Exception {
        Path bt = backtest("y,2020-08,1,2020-09,1,19.5,19.0\n");
        runJson(bt, signature(12, "diff"), signature(24, "log,diff"));
        InputException e = assertThrows(InputException.class, () -> BacktestErrors.pooled(bt, table, validation, SIGNATURE, LEVELS));
        assertEquals(bt.resolve("run.json") + ": the backtest's model 2 (from origin 2020-09) is not like the forecasting"
                + " model: window 24 (the model's: 12), transforms log,diff (the model's: diff); give a backtest run with"
                + " the model's options (a backtest resolves a default window and recipe on the rows up to each origin,"
                + " so give them: --window 12 --transform diff), or leave --interval-backtest out", e.getMessage());
        Files.writeString(bt.resolve("run.json"), "{\"command\": \"train\"}");
        e = assertThrows(InputException.class, () -> BacktestErrors.pooled(bt, table, validation, SIGNATURE, LEVELS));
        assertEquals(bt.resolve("run.json") + ": not the run.json of rnnlab backtest: it has no \"command\": \"backtest\""
                + " with its \"models\"", e.getMessage());
        Files.writeString(bt.resolve("run.json"), "{\"command\": ");
        e = assertThrows(InputException.class, () -> BacktestErrors.pooled(bt, table, validation, SIGNATURE, LEVELS));
        assertTrue(e.getMessage().startsWith(bt.resolve("run.json") + ": cannot read it as JSON: "), e.getMessage());
    }

    @Test
    void aRowWithoutAForecast_isLeftOut() throws Exception {
        Path bt = backtest("y,2020-08,1,2020-09,1,19.5,\n");
        BacktestErrors.Pooled pooled = BacktestErrors.pooled(bt.resolve("backtest.csv"), table, validation, SIGNATURE, LEVELS);
        assertEquals(0, pooled.read());
        assertArrayEquals(new double[] {0.1, 0.2, 0.3}, pooled.intervals().get(0).residuals()[0], 0);
    }

    @Test
    void refusesABacktestOfAnotherSeries_namingTheFileLineAndColumn() throws Exception {
        Path bt = backtest("y,2020-08,1,2020-09,1,19.5,19.0\ny,2020-08,2,2020-10,1,99.0,21.5\n");
        InputException e = assertThrows(InputException.class, () -> BacktestErrors.pooled(bt, table, validation, SIGNATURE, LEVELS));
        assertEquals(bt.resolve("backtest.csv") + ":3:6: the actual value 99.0 at 2020-10 is not the data file's 20.5:"
                + " the backtest is of another series, or of another version of this one", e.getMessage());
        Path later = backtest("y,2021-08,1,2021-09,1,19.5,19.0\n");
        e = assertThrows(InputException.class, () -> BacktestErrors.pooled(later, table, validation, SIGNATURE, LEVELS));
        assertEquals(later.resolve("backtest.csv") + ":2:4: row \"2021-09\" is not in the data file: the backtest is of"
                + " another series", e.getMessage());
        Path shortRow = backtest("y,2020-08,1,2020-09,1\n");
        e = assertThrows(InputException.class, () -> BacktestErrors.pooled(shortRow, table, validation, SIGNATURE, LEVELS));
        assertEquals(shortRow.resolve("backtest.csv") + ":2: expected 7 fields as in the header, found 5: not a"
                + " backtest.csv as rnnlab backtest writes it", e.getMessage());
        Path other = backtest("z,2020-08,1,2020-09,1,19.5,19.0\n");
        e = assertThrows(InputException.class, () -> BacktestErrors.pooled(other, table, validation, SIGNATURE, LEVELS));
        assertEquals(other.resolve("backtest.csv") + ":2:1: the backtest's target \"z\" is not one the model predicts [y]",
                e.getMessage());
    }

    @Test
    void refusesADirectBacktest_beforeComparingItsModels_aFileThatIsNotABacktest_andAMissingOne() throws Exception {
        Path direct = backtest("y,2020-08,3,2020-11,1,21.5,21.0\n");
        runJson(direct, signature(12, "diff"));
        InputException e = assertThrows(InputException.class, () -> BacktestErrors.pooled(direct, table, validation, SIGNATURE, LEVELS));
        assertEquals(direct.resolve("backtest.csv") + ": its forecasts are 1 step ahead up to 3, not every step from 1:"
                + " a direct backtest scores its last step only and cannot give each step's errors; give a recursive"
                + " backtest (without --direct)", e.getMessage());
        Path csv = Files.writeString(dir.resolve("other.csv"), "month,y\n2020-01,3\n");
        e = assertThrows(InputException.class, () -> BacktestErrors.pooled(csv, table, validation, SIGNATURE, LEVELS));
        assertEquals(csv + ":1: not the backtest.csv of rnnlab backtest: it has no column \"target\"", e.getMessage());
        Path none = dir.resolve("nothing");
        e = assertThrows(InputException.class, () -> BacktestErrors.pooled(none, table, validation, SIGNATURE, LEVELS));
        assertEquals(none + ": no such file; give the directory of an rnnlab backtest of this series", e.getMessage());
    }
}
