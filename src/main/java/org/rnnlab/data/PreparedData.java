package org.rnnlab.data;

import java.util.EnumMap;
import java.util.Map;

import org.rnnlab.error.InputException;

/**
 * A table made ready for a model: split chronologically, transformed, scaled on the training part,
 * and cut into windows for each part.
 *
 * <p>The steps, in order: (1) split the rows by {@link SplitFractions} into {@link SplitRows};
 * (2) apply {@link Transforms} to the whole series (they have no fitted parameters, so nothing
 * leaks; with diff the first row of the series drops out, and the first difference of the
 * validation and test parts is taken from the last row of the part before, which is the past);
 * (3) fit {@link Scaling} per column on the training rows only; (4) cut each part into windows
 * (see {@link WindowOptions}) whose targets lie inside it, stepping by the stride: training windows
 * lie entirely inside the training part; a validation or test window may take its inputs from the
 * rows before its part, which are the past ({@link SplitRows#firstWindowStart}), so every row of
 * those parts from the first on is a target, as in the one-step scoring of classical models. When it fits a normalization, it rejects a target that is
 * constant on the training rows.
 */
public final class PreparedData {

    private final TimeSeriesTable table;
    private final PrepareOptions options;
    private final SplitRows split;
    private final Normalization normalization;
    private final Map<Part, Windows> windows;
    private final double[] forecastInputs;

    private PreparedData(TimeSeriesTable table, PrepareOptions options, SplitRows split, Normalization normalization,
            Map<Part, Windows> windows, double[] forecastInputs) {
        this.table = table;
        this.options = options;
        this.split = split;
        this.normalization = normalization;
        this.windows = windows;
        this.forecastInputs = forecastInputs;
    }

    /**
     * Prepares a table. Rejects, as an {@link InputException}, a series or a non-empty part too
     * short for one window ({@code window + horizon} rows, one more for diff in the training
     * part), non-positive values under the log transform, and a target that is constant on the
     * training rows.
     */
    public static PreparedData prepare(TimeSeriesTable table, PrepareOptions options) {
        return prepare(table, options, null);
    }

    /**
     * Prepares a table with a normalization fitted before (the one a model file stores) instead of
     * fitting one on this table's training part, so a saved model sees its inputs scaled exactly as
     * in training, also on a longer or a different series. The split still cuts this table's rows,
     * and the training-mean baseline is still this table's training rows.
     *
     * @throws IllegalArgumentException if the normalization is for other columns or targets, or was
     *                                  made with other transforms or another scaling than {@code options}
     */
    public static PreparedData prepareWith(TimeSeriesTable table, PrepareOptions options, Normalization fitted) {
        if (fitted == null) {
            throw new IllegalArgumentException("a fitted normalization is required");
        }
        if (!fitted.columns().equals(table.columns()) || !fitted.targets().equals(table.targetNames())) {
            throw new IllegalArgumentException("the normalization is for columns " + fitted.columns() + " with targets "
                    + fitted.targets() + ", but the table has columns " + table.columns() + " with targets "
                    + table.targetNames());
        }
        if (!fitted.transforms().equals(options.transforms()) || fitted.scaling() != options.scaling()) {
            throw new IllegalArgumentException("the normalization was made with " + fitted.transforms() + " and "
                    + fitted.scaling() + ", but the options ask for " + options.transforms() + " and "
                    + options.scaling());
        }
        return prepare(table, options, fitted);
    }

    private static PreparedData prepare(TimeSeriesTable table, PrepareOptions options, Normalization fitted) {
        WindowOptions w = options.windows();
        SplitRows split = options.split().rowsOf(table.rows());
        TransformedColumns transformed = TransformedColumns.of(table, options.transforms());
        int first = transformed.firstRow();
        if (table.rows() - first < w.span()) {
            throw tooShort(table, "the series has " + table.rows() + " rows but window " + w.window() + " + horizon "
                    + w.horizon() + " needs at least " + (w.span() + first) + " rows"
                    + (first > 0 ? " (" + (first == 1 ? "one" : first) + " more for the " + options.transforms().label()
                            + " transform)" : "")
                    + "; use a shorter window or horizon, or a longer series");
        }
        for (Part part : Part.values()) {
            checkPartLength(table, options, split, part, first);
        }
        if (fitted == null) {
            requireVaryingTargets(table, split);
        }
        Normalization normalization = fitted != null ? fitted
                : transformed.fit(options.scaling(), first, split.trainEnd());
        double[] rowMajor = scaledFeatures(table, transformed, normalization);
        double[] trainingMean = trainingMeans(table, split);
        Map<Part, Windows> windows = new EnumMap<>(Part.class);
        for (Part part : Part.values()) {
            int from = split.firstWindowStart(part, w, first);
            windows.put(part, WindowCutter.cut(part, from, split.end(part), w, table, normalization, rowMajor,
                    trainingMean));
        }
        int inputs = table.featureColumns().length;
        double[] forecast = null;
        if (table.rows() - w.window() >= first) {
            forecast = new double[w.window() * inputs];
            System.arraycopy(rowMajor, (table.rows() - w.window()) * inputs, forecast, 0, forecast.length);
        }
        return new PreparedData(table, options, split, normalization, windows, forecast);
    }

    public TimeSeriesTable table() {
        return table;
    }

    public PrepareOptions options() {
        return options;
    }

    public SplitRows split() {
        return split;
    }

    /** Transforms and scaling, to store with a model and to undo predictions. */
    public Normalization normalization() {
        return normalization;
    }

    public Windows windows(Part part) {
        return windows.get(part);
    }

    public Windows train() {
        return windows.get(Part.TRAIN);
    }

    public Windows validation() {
        return windows.get(Part.VALIDATION);
    }

    public Windows test() {
        return windows.get(Part.TEST);
    }

    /**
     * The inputs of the window made of the last {@code window} rows of the series, to forecast
     * beyond it: {@code window × inputSize} values, step-major as in one {@link Sequences}
     * sequence. Predictions from it undo on {@link #targetHistory}.
     */
    public double[] forecastInputs() {
        if (forecastInputs == null) {
            throw new IllegalStateException("the series is too short for a forecast window with "
                    + options.transforms().label());
        }
        return forecastInputs.clone();
    }

    /** The last value of target {@code o} in original units: the origin of a forecast. */
    public double forecastOriginLevel(int o) {
        return table.value(table.rows() - 1, normalization.columnOfTarget(o));
    }

    /** Every value of target {@code o} in original units, oldest first (a copy): what forecasts build on. */
    public double[] targetHistory(int o) {
        return table.columnView(normalization.columnOfTarget(o)).clone();
    }

    private static void checkPartLength(TimeSeriesTable table, PrepareOptions options, SplitRows split, Part part,
            int first) {
        int start = split.start(part);
        WindowOptions w = options.windows();
        int from = split.firstWindowStart(part, w, first);
        int end = split.end(part);
        double fraction = part == Part.TRAIN ? options.split().train()
                : part == Part.VALIDATION ? options.split().validation() : options.split().test();
        if (fraction == 0 || end - from >= w.span()) {
            return;
        }
        String rows = end > start ? " (" + (table.source().isPresent() ? "lines " : "rows ") + table.line(start) + "–"
                + table.line(end - 1) + (from > start ? "; the first " + (from - start) + " have no value under "
                        + options.transforms().label() : "") + ")" : "";
        String advice = "; use a shorter window or horizon, or a larger " + part.description() + " fraction (now "
                + fraction + ")" + (part == Part.TRAIN ? "" : ", or set it to 0");
        if (part == Part.TRAIN) {
            throw tooShort(table, "the training part has " + Math.max(0, end - from) + " usable rows" + rows
                    + " but window " + w.window() + " + horizon " + w.horizon() + " needs at least " + w.span()
                    + " rows, since training windows lie inside the training part" + advice);
        }
        throw tooShort(table, "the " + part.description() + " part has no row to score" + rows + " with window "
                + w.window() + " + horizon " + w.horizon() + advice);
    }

    /** Rejects a target that is constant on the training rows: there is nothing to learn from it. */
    private static void requireVaryingTargets(TimeSeriesTable table, SplitRows split) {
        for (int column : table.targetColumns()) {
            double v = table.value(0, column);
            boolean constant = true;
            for (int r = 1; r < split.trainEnd() && constant; r++) {
                constant = table.value(r, column) == v;
            }
            if (constant) {
                String value = v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
                String detail = "the target column " + CsvText.quote(table.columns().get(column)) + " is " + value
                        + " on every row of the training part (" + (table.source().isPresent() ? "lines " : "rows ")
                        + table.line(0) + "–" + table.line(split.trainEnd() - 1) + "), so there is nothing to learn"
                        + " and no error to scale by; choose a column that varies with --target";
                throw table.source().map(f -> InputException.inFile(f, detail))
                        .orElseGet(() -> InputException.of(detail));
            }
        }
    }

    private static InputException tooShort(TimeSeriesTable table, String detail) {
        return table.source().map(file -> InputException.inFile(file, detail)).orElseGet(() -> InputException.of(detail));
    }

    /** Scaled feature values, row-major: {@code [r * inputSize + d]}; NaN where diff has no value. */
    private static double[] scaledFeatures(TimeSeriesTable table, TransformedColumns transformed,
            Normalization normalization) {
        int[] features = table.featureColumns();
        double[] rowMajor = new double[table.rows() * features.length];
        for (int d = 0; d < features.length; d++) {
            for (int r = 0; r < table.rows(); r++) {
                rowMajor[r * features.length + d] = normalization.scaleValue(features[d],
                        transformed.value(features[d], r));
            }
        }
        return rowMajor;
    }

    private static double[] trainingMeans(TimeSeriesTable table, SplitRows split) {
        int[] targets = table.targetColumns();
        double[] means = new double[targets.length];
        for (int o = 0; o < targets.length; o++) {
            double sum = 0;
            for (int r = 0; r < split.trainEnd(); r++) {
                sum += table.value(r, targets[o]);
            }
            means[o] = sum / split.trainEnd();
        }
        return means;
    }
}
