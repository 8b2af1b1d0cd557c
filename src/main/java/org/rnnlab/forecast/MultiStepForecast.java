package org.rnnlab.forecast;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.ojalgo.matrix.store.R064Store;
import org.rnnlab.data.Normalization;
import org.rnnlab.data.PreparedData;
import org.rnnlab.data.TimeAxis;
import org.rnnlab.data.TimeSeriesTable;
import org.rnnlab.data.WindowOptions;
import org.rnnlab.error.InputException;
import org.rnnlab.model.SequenceModel;

/**
 * The values of the rows after the end of a series, from its last window, in original units.
 *
 * <p>How far a model can see depends on how it was trained:
 * <ul>
 * <li><b>Horizon 1, recursive.</b> The model predicts the next row; the prediction is appended to
 * the window as that row's input, the window slides on by one row, and so on for any number of
 * steps. With horizon 1 a target's model-space value is exactly the input value of the same
 * column in the same row (also under diff and sdiff), so a prediction goes back in unchanged. This needs a
 * prediction for every input column: when the model reads columns it does not predict (a
 * multivariate model predicting one of its inputs), their future is unknown, and only one step is
 * possible. rnnlab refuses rather than guess them (for example by holding them constant).</li>
 * <li><b>Horizon h &gt; 1, direct.</b> One pass over the last window; no feedback. A many-to-one
 * model gives the row h steps ahead only; a many-to-many model gives rows 1 … h ahead (the output
 * at step j of the window is for row j + h), each from the part of the window it had seen.</li>
 * </ul>
 * Errors accumulate in a recursive forecast: each step builds on the previous predictions.
 *
 * @param targets the target column names
 * @param ahead   for each forecast row, how many rows after the last row of the series it is (1-based)
 * @param labels  a time label per forecast row, continued from the series' time axis; empty when
 *                the series has no regular time axis
 * @param values  {@code values[o][i]}: target {@code o} at forecast row {@code i}, original units
 * @param method  "recursive" or "direct"
 */
public record MultiStepForecast(List<String> targets, int[] ahead, Optional<List<String>> labels, double[][] values,
        String method) {

    /**
     * Forecasts {@code steps} rows after the end of {@code data}'s series (prepared with the
     * model's stored normalization). Impossible requests, by the rules above, are an
     * {@link InputException} saying what is possible instead.
     */
    public static MultiStepForecast of(SequenceModel model, PreparedData data, int steps) {
        return of(Ensemble.of(model), data, steps);
    }

    /** As {@link #of(SequenceModel, PreparedData, int)} with an ensemble's mean output at every step. */
    public static MultiStepForecast of(Ensemble model, PreparedData data, int steps) {
        if (steps < 1) {
            throw new IllegalArgumentException("the number of steps to forecast must be >= 1, got " + steps);
        }
        WindowOptions w = data.options().windows();
        TimeSeriesTable table = data.table();
        List<String> targets = table.targetNames();
        if (w.horizon() == 1) {
            return recursive(model, data, steps, targets);
        }
        return direct(model, data, steps, targets);
    }

    private static MultiStepForecast recursive(Ensemble model, PreparedData data, int steps, List<String> targets) {
        TimeSeriesTable table = data.table();
        Normalization normalization = data.normalization();
        int window = data.options().windows().window();
        int[] features = table.featureColumns();
        int inputs = features.length;
        int[] feedback = new int[inputs];
        List<String> unknown = new ArrayList<>();
        for (int d = 0; d < inputs; d++) {
            feedback[d] = targets.indexOf(table.columns().get(features[d]));
            if (feedback[d] < 0) {
                unknown.add(table.columns().get(features[d]));
            }
        }
        if (steps > 1 && !unknown.isEmpty()) {
            throw InputException.of("forecasting " + steps + " steps feeds each prediction back as the next input, but"
                    + " the model also reads " + String.join(", ", unknown) + ", which it does not predict, so their"
                    + " future values are unknown; forecast 1 step, or train a model whose features are all among its"
                    + " targets (for example --features " + String.join(",", targets) + ")");
        }
        boolean perStep = data.options().windows().manyToMany();
        double[] x = data.forecastInputs();
        R064Store input = R064Store.FACTORY.make(inputs, window);
        double[][] predicted = new double[targets.size()][steps];
        for (int k = 0; k < steps; k++) {
            // the window's step-major layout [t * inputs + d] is the store's column-major layout
            System.arraycopy(x, 0, input.data, 0, x.length);
            R064Store out = model.predict(input, 1);
            int column = perStep ? window - 1 : 0;
            for (int o = 0; o < targets.size(); o++) {
                predicted[o][k] = out.doubleValue(o, column);
            }
            System.arraycopy(x, inputs, x, 0, (window - 1) * inputs);
            for (int d = 0; d < inputs; d++) {
                x[(window - 1) * inputs + d] = feedback[d] < 0 ? Double.NaN : predicted[feedback[d]][k];
            }
        }
        double[][] values = new double[targets.size()][];
        for (int o = 0; o < targets.size(); o++) {
            values[o] = normalization.toOriginalPath(o, predicted[o], data.targetHistory(o));
        }
        int[] ahead = new int[steps];
        for (int k = 0; k < steps; k++) {
            ahead[k] = k + 1;
        }
        return new MultiStepForecast(targets, ahead, labels(table, ahead), values, "recursive");
    }

    private static MultiStepForecast direct(Ensemble model, PreparedData data, int steps, List<String> targets) {
        TimeSeriesTable table = data.table();
        WindowOptions w = data.options().windows();
        int h = w.horizon(), window = w.window();
        if (!w.manyToMany() && steps != h) {
            throw InputException.of("this model predicts only the row " + h + " steps after its window (many-to-one,"
                    + " horizon " + h + "), not the rows in between, and cannot feed predictions back; use --steps " + h
                    + ", or train with --horizon 1 for step-by-step forecasts of any length");
        }
        int first = Math.max(1, h - window + 1);
        if (w.manyToMany() && (steps > h || first > 1)) {
            throw InputException.of("this many-to-many model with horizon " + h + " and window " + window
                    + " predicts rows " + first + " to " + h + " after the end of the series in one pass and cannot"
                    + " feed predictions back; use --steps " + (first > 1 ? h : "up to " + h)
                    + ", or train with --horizon 1 for step-by-step forecasts of any length");
        }
        int[] ahead = w.manyToMany() ? new int[steps] : new int[] {h};
        for (int k = 0; k < ahead.length && w.manyToMany(); k++) {
            ahead[k] = k + 1;
        }
        double[] x = data.forecastInputs();
        R064Store input = R064Store.FACTORY.make(table.featureColumns().length, window);
        System.arraycopy(x, 0, input.data, 0, x.length);
        R064Store out = model.predict(input, 1);
        Normalization normalization = data.normalization();
        int lastRow = table.rows() - 1;
        double[][] values = new double[targets.size()][ahead.length];
        for (int o = 0; o < targets.size(); o++) {
            double[] history = data.targetHistory(o);
            for (int i = 0; i < ahead.length; i++) {
                int column = w.manyToMany() ? window - 1 - h + ahead[i] : 0;
                values[o][i] = normalization.toOriginal(o, out.doubleValue(o, column), lastRow + ahead[i], h,
                        r -> history[r]);
            }
        }
        return new MultiStepForecast(targets, ahead, labels(table, ahead), values, "direct");
    }

    private static Optional<List<String>> labels(TimeSeriesTable table, int[] ahead) {
        Optional<TimeAxis> axis = table.timeAxis();
        if (axis.isEmpty()) {
            return Optional.empty();
        }
        List<String> next = axis.get().next(ahead[ahead.length - 1]);
        List<String> labels = new ArrayList<>(ahead.length);
        for (int a : ahead) {
            labels.add(next.get(a - 1));
        }
        return Optional.of(labels);
    }
}
