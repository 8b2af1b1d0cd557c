package org.rnnlab.task;

import org.rnnlab.data.PreparedData;
import org.rnnlab.data.Sequences;
import org.rnnlab.data.Windows;
import org.rnnlab.loss.LossKind;
import org.rnnlab.model.SequenceModel;
import org.rnnlab.model.TaskShape;

/**
 * A real series from a CSV file, cut into windows (the window length is the sequence length) with
 * a chronological train / validation / test split. Scored by the test RMSE in original units
 * relative to the persistence baseline (the last observed value) on the same windows. Success:
 * a relative RMSE below 1, i.e. beating persistence.
 *
 * @param label    the series' name in reports (e.g. the file name)
 * @param prepared the prepared windows
 */
public record CsvSeriesTask(String label, PreparedData prepared) implements Task {

    public CsvSeriesTask {
        if (prepared == null) {
            throw new IllegalArgumentException("prepared data is required");
        }
        if (prepared.test().isEmpty()) {
            throw new IllegalArgumentException(label + ": the test part has no windows; give the split a test fraction");
        }
    }

    @Override
    public String name() {
        return label;
    }

    @Override
    public int steps() {
        return prepared.options().windows().window();
    }

    @Override
    public int inputSize() {
        return prepared.train().sequences().inputSize();
    }

    @Override
    public int outputSize() {
        return prepared.train().sequences().targetSize();
    }

    @Override
    public TaskShape shape() {
        return prepared.options().windows().manyToMany() ? TaskShape.MANY_TO_MANY : TaskShape.MANY_TO_ONE;
    }

    @Override
    public LossKind loss() {
        return LossKind.MSE;
    }

    @Override
    public TaskData data(int trainCount, int testCount, long seed) {
        Windows validation = prepared.validation();
        return new TaskData(prepared.train().sequences(), validation.isEmpty() ? null : validation.sequences(),
                prepared.test().sequences());
    }

    @Override
    public double baselineLoss() {
        return Double.NaN;
    }

    @Override
    public String baselineText() {
        return "persistence (the last observed value) is the baseline";
    }

    @Override
    public String successText() {
        return "test RMSE (original units) below that of persistence on the same windows";
    }

    /** Scores on the prepared test windows ({@code test} must be their sequences). */
    @Override
    public TaskScore score(SequenceModel model, Sequences test) {
        Windows windows = prepared.test();
        double[] sums = new double[2];
        int outputs = outputSize();
        Scoring.forEachPrediction(model, test, (out, col, data, n, step) -> {
            for (int o = 0; o < outputs; o++) {
                double actual = windows.actual(n, step, o);
                double e = windows.toOriginal(n, step, o, out.get(o, col)) - actual;
                double p = windows.persistence(n, step, o) - actual;
                sums[0] += e * e;
                sums[1] += p * p;
            }
        });
        double relative = Math.sqrt(sums[0] / sums[1]);
        return new TaskScore("relative_rmse", relative, relative < 1.0, Math.sqrt(sums[1] / test.count()),
                "persistence RMSE");
    }
}
