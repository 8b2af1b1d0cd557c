package org.rnnlab.forecast;

import org.ojalgo.matrix.store.R064Store;
import org.rnnlab.data.Sequences;
import org.rnnlab.data.Windows;
import org.rnnlab.model.SequenceModel;
import org.rnnlab.model.TaskShape;
import org.rnnlab.train.Batch;

/**
 * A model's prediction for the target of every window of a part, in original units.
 *
 * <p>Each window gives the prediction made after its last step, with the whole window as context:
 * for a many-to-one model its only output, for a many-to-many model the output of its last step.
 * Both are for {@link Windows#targetRow}{@code (n, window − 1)}, the row {@code horizon} steps
 * after the window. With diff, a prediction is undone from the observed level at its origin row.
 *
 * <p>Windows run through the model in batches whose size depends only on the window length
 * ({@link #batchFor}), whatever the training batch size, so the same model and windows give
 * bit-identical predictions in any process.
 */
public final class WindowPredictions {

    /** At most this many windows per forward pass. */
    public static final int MAX_BATCH = 256;

    /** At most this many window steps (window length × batch) per forward pass, which bounds its caches. */
    public static final int MAX_COLUMNS = 4096;

    private final Windows windows;
    /** [target][window], original units */
    private final double[][] predictions;

    private WindowPredictions(Windows windows, double[][] predictions) {
        this.windows = windows;
        this.predictions = predictions;
    }

    /** Runs the model over every window of {@code windows} (which may be empty). */
    public static WindowPredictions of(SequenceModel model, Windows windows) {
        return of(Ensemble.of(model), windows);
    }

    /** Runs an ensemble over every window of {@code windows}: the mean of its members' outputs, undone. */
    public static WindowPredictions of(Ensemble model, Windows windows) {
        int targets = model.config().outputSize();
        double[][] predictions = new double[targets][windows.count()];
        if (windows.isEmpty()) {
            return new WindowPredictions(windows, predictions);
        }
        Sequences s = windows.sequences();
        if (s.inputSize() != model.config().inputSize() || s.targetSize() != targets) {
            throw new IllegalArgumentException("the windows have " + s.inputSize() + " inputs and " + s.targetSize()
                    + " targets, the model " + model.config().inputSize() + " and " + targets);
        }
        boolean perStep = model.config().task() == TaskShape.MANY_TO_MANY;
        int last = s.steps() - 1;
        int batch = batchFor(s.steps());
        for (int start = 0; start < s.count(); start += batch) {
            int size = Math.min(batch, s.count() - start);
            R064Store out = model.predict(Batch.of(s, start, size).x(), size);
            for (int b = 0; b < size; b++) {
                int column = perStep ? last * size + b : b;
                for (int o = 0; o < targets; o++) {
                    predictions[o][start + b] = windows.toOriginal(start + b, last, o, out.doubleValue(o, column));
                }
            }
        }
        return new WindowPredictions(windows, predictions);
    }

    /** Windows per forward pass for windows of {@code steps} steps: 256 for short windows, fewer for long ones. */
    public static int batchFor(int steps) {
        return Math.max(1, Math.min(MAX_BATCH, MAX_COLUMNS / steps));
    }

    public Windows windows() {
        return windows;
    }

    public int count() {
        return windows.count();
    }

    /** The prediction for window {@code n}'s target {@code o}, in original units. */
    public double prediction(int n, int o) {
        return predictions[o][n];
    }

    /** The row of the table the prediction of window {@code n} is for. */
    public int targetRow(int n) {
        return windows.targetRow(n, windows.options().window() - 1);
    }

    /** The true value of target {@code o} for window {@code n}, in original units. */
    public double actual(int n, int o) {
        return windows.actual(n, windows.options().window() - 1, o);
    }

    /** Every prediction of target {@code o}, in window order (a copy). */
    public double[] predictions(int o) {
        return predictions[o].clone();
    }

    /** Every actual value of target {@code o}, in window order. */
    public double[] actuals(int o) {
        double[] a = new double[count()];
        for (int n = 0; n < a.length; n++) {
            a[n] = actual(n, o);
        }
        return a;
    }
}
