package org.rnnlab.forecast;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.OptionalInt;

import org.junit.jupiter.api.Test;
import org.rnnlab.cell.CellType;
import org.rnnlab.data.PrepareOptions;
import org.rnnlab.data.PreparedData;
import org.rnnlab.data.SplitFractions;
import org.rnnlab.data.TimeSeriesTable;
import org.rnnlab.data.WindowOptions;
import org.rnnlab.model.Initialization;
import org.rnnlab.model.ModelConfig;
import org.rnnlab.model.SequenceModel;

/** Every method's MASE is its MAE over one in-sample scale per target, from the training rows. */
class EvaluationTest {

    /** y = 1 3 2 5 4 8 | 6 9 7 10: six training rows, four test rows, windows of 2 predicting 1 ahead. */
    private static PreparedData data() {
        double[] y = {1, 3, 2, 5, 4, 8, 6, 9, 7, 10};
        TimeSeriesTable table = TimeSeriesTable.of(List.of("y"), new double[][] {y}, List.of("y"), List.of("y"));
        return PreparedData.prepare(table, PrepareOptions.of(WindowOptions.of(2, 1))
                .withSplit(new SplitFractions(0.6, 0, 0.4)));
    }

    private static Evaluation evaluate(OptionalInt season) {
        PreparedData data = data();
        SequenceModel model = SequenceModel.create(ModelConfig.of(CellType.LSTM, 1, 2, 1),
                Initialization.pytorchDefault(1));
        return Evaluation.of(WindowPredictions.of(model, data.test()), data, season);
    }

    private static Accuracy accuracy(Evaluation e, String method) {
        return e.row("y", method).orElseThrow().accuracy();
    }

    @Test
    void mase_withoutSeason_isScaledByTheMeanAbsoluteChangeOfTheTrainingRows() {
        Evaluation e = evaluate(OptionalInt.empty());
        // training rows 1 3 2 5 4 8: (2 + 1 + 3 + 1 + 4) / 5 = 2.2
        assertEquals(1, e.maseLag());
        assertEquals(2.2, e.maseScales().get("y"), 1e-12);
        // test targets 6 9 7 10 (the first window's inputs are training rows); persistence says 8 6 9 7:
        // MAE (2 + 3 + 2 + 3) / 4 = 2.5
        assertEquals(2.5, accuracy(e, Evaluation.PERSISTENCE).mae(), 1e-12);
        assertEquals(2.5 / 2.2, accuracy(e, Evaluation.PERSISTENCE).mase(), 1e-12);
        Accuracy model = accuracy(e, Evaluation.MODEL);
        assertEquals(model.mae() / 2.2, model.mase(), 1e-12);
        Accuracy mean = accuracy(e, Evaluation.TRAINING_MEAN);
        assertEquals(mean.mae() / 2.2, mean.mase(), 1e-12);
    }

    @Test
    void mase_withASeason_isScaledByTheSeasonalNaiveErrorOfTheTrainingRows() {
        Evaluation e = evaluate(OptionalInt.of(2));
        // lag 2 over 1 3 2 5 4 8: (1 + 2 + 2 + 3) / 4 = 2
        assertEquals(2, e.maseLag());
        assertEquals(2.0, e.maseScales().get("y"), 1e-12);
        // seasonal naive says 4 8 6 9 for 6 9 7 10: MAE (2 + 1 + 1 + 1) / 4 = 1.25
        assertEquals(0.625, accuracy(e, Evaluation.SEASONAL_NAIVE).mase(), 1e-12);
        assertEquals(1.25, accuracy(e, Evaluation.PERSISTENCE).mase(), 1e-12);
    }
}
