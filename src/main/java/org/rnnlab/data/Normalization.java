package org.rnnlab.data;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.function.IntToDoubleFunction;

/**
 * The transforms and fitted scaling of every loaded column, as plain data (strings, booleans,
 * doubles) so a model file can store it and restore it exactly, and the way back from a
 * prediction to original units.
 *
 * <p>For column {@code c}: an input is {@code (y[r] − center[c]) / scale[c]} where {@code y[r]}
 * is the transformed value of row {@code r} (log, seasonal difference, difference; see
 * {@link Transforms}). A target at row {@code r} with origin row {@code q = r − h} is
 * {@code (Transforms#target(r, h) − center[c]) / scale[c]}: the level, or the change from the
 * origin with diff, each of the seasonal difference with sdiff.
 *
 * @param columns    every loaded column, in table order
 * @param targets    the target columns, in target order (a subset of {@code columns})
 * @param transforms log, seasonal difference and difference
 * @param scaling    the scaling method the parameters came from
 * @param center     per column, subtracted after transforming
 * @param scale      per column, divided by after centering (finite, &gt; 0)
 */
public record Normalization(List<String> columns, List<String> targets, Transforms transforms, Scaling scaling,
        double[] center, double[] scale) {

    public Normalization {
        if (columns == null || targets == null || transforms == null || scaling == null || center == null
                || scale == null) {
            throw new IllegalArgumentException("every component of a normalization must be given");
        }
        columns = List.copyOf(columns);
        targets = List.copyOf(targets);
        if (new HashSet<>(columns).size() != columns.size()) {
            throw new IllegalArgumentException("column names must be unique, got " + columns);
        }
        if (targets.isEmpty() || !columns.containsAll(targets)) {
            throw new IllegalArgumentException("targets must be a non-empty subset of columns " + columns + ", got "
                    + targets);
        }
        if (center.length != columns.size() || scale.length != columns.size()) {
            throw new IllegalArgumentException("need one center and one scale per column (" + columns.size()
                    + "), got " + center.length + " and " + scale.length);
        }
        center = center.clone();
        scale = scale.clone();
        for (int c = 0; c < scale.length; c++) {
            if (!Double.isFinite(center[c]) || !(scale[c] > 0) || !Double.isFinite(scale[c])) {
                throw new IllegalArgumentException("column " + columns.get(c) + " needs a finite center and a finite"
                        + " scale > 0, got center " + center[c] + " and scale " + scale[c]);
            }
        }
    }

    /** Per-column centers (a copy). */
    @Override
    public double[] center() {
        return center.clone();
    }

    /** Per-column scales (a copy). */
    @Override
    public double[] scale() {
        return scale.clone();
    }

    /** The level function: natural log with the log transform, otherwise the value itself. */
    public double toLevel(double original) {
        return transforms.toLevel(original);
    }

    /** The inverse of {@link #toLevel}. */
    public double fromLevel(double level) {
        return transforms.fromLevel(level);
    }

    /** The model-space value of a transformed value {@code s} of column {@code column}. */
    public double scaleValue(int column, double s) {
        return (s - center[column]) / scale[column];
    }

    /** The inverse of {@link #scaleValue}. */
    public double unscaleValue(int column, double scaled) {
        return scaled * scale[column] + center[column];
    }

    /**
     * The model-space target for target {@code target} (an index into {@link #targets}) at row
     * {@code row}, {@code horizon} rows after its origin (see {@link Transforms#target}).
     *
     * @param original the target column's original value at a row (rows up to {@code row})
     */
    public double toTarget(int target, int row, int horizon, IntToDoubleFunction original) {
        return scaleValue(columnOfTarget(target), transforms.target(row, horizon, original));
    }

    /**
     * A prediction of target {@code target} for row {@code row}, made {@code horizon} rows after
     * its origin, in original units (see {@link Transforms#undo}).
     *
     * @param prediction the model's output for that target
     * @param original   the target column's original value at a row (rows up to {@code row − horizon})
     */
    public double toOriginal(int target, double prediction, int row, int horizon, IntToDoubleFunction original) {
        return transforms.undo(row, horizon, unscaleValue(columnOfTarget(target), prediction), original);
    }

    /**
     * The model-space target for a target whose original value is {@code original}, from the
     * value at its origin row; for transforms without a seasonal difference only (which need
     * nothing else of the past).
     */
    public double toTarget(int target, double original, double originLevel) {
        requireNoSeasonalLag();
        return toTarget(target, 1, 1, r -> r == 1 ? original : originLevel);
    }

    /**
     * A prediction in original units from the value at its origin row (used only with diff); for
     * transforms without a seasonal difference only.
     */
    public double toOriginal(int target, double prediction, double originLevel) {
        requireNoSeasonalLag();
        return toOriginal(target, prediction, 1, 1, r -> originLevel);
    }

    /**
     * A chain of one-step predictions in original units, for recursive multi-step forecasts:
     * prediction {@code k} is for row {@code history.length + k}, one row after prediction
     * {@code k−1}. Each is undone on the levels before it, observed ({@code history}, the target
     * column's original values) or predicted; without diff or sdiff each is undone on its own.
     */
    public double[] toOriginalPath(int target, double[] predictions, double[] history) {
        double[] path = Arrays.copyOf(history, history.length + predictions.length);
        IntToDoubleFunction original = r -> path[r];
        for (int k = 0; k < predictions.length; k++) {
            int row = history.length + k;
            path[row] = toOriginal(target, predictions[k], row, 1, original);
        }
        return Arrays.copyOfRange(path, history.length, path.length);
    }

    /** The same chain from the last observed value only; for transforms without a seasonal difference. */
    public double[] toOriginalPath(int target, double[] predictions, double originLevel) {
        requireNoSeasonalLag();
        return toOriginalPath(target, predictions, new double[] {originLevel});
    }

    private void requireNoSeasonalLag() {
        if (transforms.seasonal()) {
            throw new IllegalStateException("a seasonal difference (lag " + transforms.seasonalLag() + ") is undone"
                    + " from the values a season back, not from the origin value alone");
        }
    }

    /** The position in {@link #columns} of target {@code target}. */
    public int columnOfTarget(int target) {
        if (target < 0 || target >= targets.size()) {
            throw new IllegalArgumentException("target index must be in [0, " + targets.size() + "), got " + target);
        }
        return columns.indexOf(targets.get(target));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Normalization n && columns.equals(n.columns) && targets.equals(n.targets)
                && transforms.equals(n.transforms) && scaling == n.scaling && Arrays.equals(center, n.center)
                && Arrays.equals(scale, n.scale);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * (31 * columns.hashCode() + targets.hashCode()) + transforms.hashCode() + scaling.hashCode())
                + 7 * Arrays.hashCode(center) + Arrays.hashCode(scale);
    }

    @Override
    public String toString() {
        return "Normalization[columns=" + columns + ", targets=" + targets + ", transforms=" + transforms
                + ", scaling=" + scaling + ", center=" + Arrays.toString(center) + ", scale=" + Arrays.toString(scale)
                + "]";
    }
}
