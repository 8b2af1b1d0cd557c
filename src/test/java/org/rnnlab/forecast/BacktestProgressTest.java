package org.rnnlab.forecast;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rnnlab.data.CsvOptions;
import org.rnnlab.data.PrepareOptions;
import org.rnnlab.data.WindowOptions;

/** A backtest reports each origin as it is forecast, in order, and its result holds every origin. */
class BacktestProgressTest {

    @TempDir
    Path dir;

    @Test
    void progress_hearsOfEveryOrigin_inOrder_withTheTotal() {
        ModelSource models = TinyModelSource.gru(2);
        TrainingPlan training = new TrainingPlan(Path.of("datasets", "airline_passengers.csv"), CsvOptions.defaults(),
                PrepareOptions.of(WindowOptions.of(12, 1)), true, TransformChoice.of(true, false, false),
                OptionalInt.empty(), models, 0, dir.resolve("bt"), 1, 1, false);
        BacktestPlan plan = new BacktestPlan(training, 7, 2, 3, 0, new double[] {0.8});
        List<int[]> heard = new ArrayList<>();
        BacktestResult result = Backtest.run(plan, line -> { }, (done, total) -> heard.add(new int[] {done, total}));
        assertEquals(7, result.origins().length);
        assertEquals(7, heard.size());
        for (int i = 0; i < heard.size(); i++) {
            assertEquals(i + 1, heard.get(i)[0], "origin " + (i + 1) + " in order");
            assertEquals(7, heard.get(i)[1]);
        }
    }
}
