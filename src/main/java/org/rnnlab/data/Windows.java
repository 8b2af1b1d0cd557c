package org.rnnlab.data;

/**
 * The windows of one part of the split: the {@link Sequences} a model trains or is evaluated on,
 * and, for each window, the rows it came from, so predictions can be turned back into original
 * units and compared with naive baselines on exactly the same targets.
 *
 * <p>Window {@code n} starts at row {@link #startRow}{@code (n)}; its inputs are rows
 * {@code start … start+window−1}. The target of step {@code j} (many-to-many) or of the window
 * (many-to-one, where {@code step} is ignored as in {@link Sequences#target}) lies at
 * {@link #targetRow}, and its origin, the last row observed before it, at
 * {@code targetRow − horizon}. Row numbers index the {@link TimeSeriesTable}; target {@code o}
 * indexes its target columns.
 */
public final class Windows {

    private final Part part;
    private final Sequences sequences;
    private final int[] starts;
    private final WindowOptions options;
    private final TimeSeriesTable table;
    private final Normalization normalization;
    private final double[] trainingMean;

    Windows(Part part, Sequences sequences, int[] starts, WindowOptions options, TimeSeriesTable table,
            Normalization normalization, double[] trainingMean) {
        if (sequences == null ? starts.length != 0 : sequences.count() != starts.length) {
            throw new IllegalArgumentException("need one start row per sequence");
        }
        this.part = part;
        this.sequences = sequences;
        this.starts = starts;
        this.options = options;
        this.table = table;
        this.normalization = normalization;
        this.trainingMean = trainingMean;
    }

    public Part part() {
        return part;
    }

    /** Number of windows (0 for a part with fraction 0). */
    public int count() {
        return starts.length;
    }

    public boolean isEmpty() {
        return starts.length == 0;
    }

    /** The windows as model inputs and targets, in model space (transformed and scaled). */
    public Sequences sequences() {
        if (sequences == null) {
            throw new IllegalStateException("the " + part.description() + " part has no windows (its fraction is 0)");
        }
        return sequences;
    }

    public WindowOptions options() {
        return options;
    }

    /** The first input row of window {@code n}. */
    public int startRow(int n) {
        return starts[n];
    }

    /** The row of the target of step {@code step} of window {@code n} (step ignored many-to-one). */
    public int targetRow(int n, int step) {
        int position = options.manyToMany() ? checkStep(step) : options.window() - 1;
        return starts[n] + position + options.horizon();
    }

    /** The last row observed before the target: {@code targetRow − horizon}. */
    public int originRow(int n, int step) {
        return targetRow(n, step) - options.horizon();
    }

    /** The true target value in original units. */
    public double actual(int n, int step, int o) {
        return table.value(targetRow(n, step), normalization.columnOfTarget(o));
    }

    /** The target column's original value at the origin row (what undoing diff builds on). */
    public double originLevel(int n, int step, int o) {
        return table.value(originRow(n, step), normalization.columnOfTarget(o));
    }

    /** A model prediction for this target in original units. */
    public double toOriginal(int n, int step, int o, double prediction) {
        double[] column = table.columnView(normalization.columnOfTarget(o));
        return normalization.toOriginal(o, prediction, targetRow(n, step), options.horizon(), r -> column[r]);
    }

    /** Persistence baseline: the last observed value of the target column, at the origin row. */
    public double persistence(int n, int step, int o) {
        return originLevel(n, step, o);
    }

    /**
     * Seasonal naive baseline: the target column one season before the target row, or
     * {@code k} seasons before when the horizon exceeds the season ({@code k = ⌈horizon/season⌉},
     * so the value is always observed by the origin). NaN when that row precedes the series.
     */
    public double seasonalNaive(int n, int step, int o, int season) {
        if (season < 1) {
            throw new IllegalArgumentException("season must be >= 1, got " + season);
        }
        int seasons = (options.horizon() + season - 1) / season;
        int row = targetRow(n, step) - seasons * season;
        return row < 0 ? Double.NaN : table.value(row, normalization.columnOfTarget(o));
    }

    /** Training-mean baseline: the mean of the target column over the training rows, original units. */
    public double trainingMean(int o) {
        normalization.columnOfTarget(o);
        return trainingMean[o];
    }

    private int checkStep(int step) {
        if (step < 0 || step >= options.window()) {
            throw new IllegalArgumentException("step must be in [0, " + options.window() + "), got " + step);
        }
        return step;
    }

    @Override
    public String toString() {
        return "Windows[" + part + ", " + count() + " windows, " + options + "]";
    }
}
