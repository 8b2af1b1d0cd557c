package org.rnnlab.data;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;

/**
 * The transforms and fitted scaling of every loaded column, as plain data (strings, booleans,
 * doubles) so a model file can store it and restore it exactly, and the way back from a
 * prediction to original units.
 *
 * <p>For column {@code c} with level function {@code f} (log or identity, see {@link Transforms}):
 * an input is {@code (s − center[c]) / scale[c]} where {@code s = f(x[r])}, or with diff
 * {@code s = f(x[r]) − f(x[r−1])}. A target at row {@code r} with origin row {@code q = r − h}
 * is {@code (f(x[r]) − center[c]) / scale[c]}, or with diff
 * {@code (f(x[r]) − f(x[q]) − center[c]) / scale[c]}.
 *
 * @param columns    every loaded column, in table order
 * @param targets    the target columns, in target order (a subset of {@code columns})
 * @param transforms log and diff
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
        return transforms.log() ? Math.log(original) : original;
    }

    /** The inverse of {@link #toLevel}. */
    public double fromLevel(double level) {
        return transforms.log() ? Math.exp(level) : level;
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
     * The model-space target for target {@code target} (an index into {@link #targets}) whose
     * original value is {@code original}, given the original value at its origin row (used only
     * with diff).
     */
    public double toTarget(int target, double original, double originLevel) {
        int c = columnOfTarget(target);
        double s = toLevel(original) - (transforms.diff() ? toLevel(originLevel) : 0);
        return scaleValue(c, s);
    }

    /**
     * A prediction of target {@code target} in original units.
     *
     * @param prediction  the model's output for that target
     * @param originLevel the original value of the target column at the origin row {@code r − h},
     *                    the last row observed before the predicted row; needed with diff,
     *                    ignored without it
     */
    public double toOriginal(int target, double prediction, double originLevel) {
        int c = columnOfTarget(target);
        double s = unscaleValue(c, prediction);
        return fromLevel(transforms.diff() ? toLevel(originLevel) + s : s);
    }

    /**
     * A chain of predictions in original units, for recursive multi-step forecasts: prediction
     * {@code k} is for the row one horizon after prediction {@code k−1} (the row after it when
     * horizon is 1), and the first is one horizon after the origin. With diff each level is
     * built on the previous predicted level: {@code level[k] = f⁻¹(f(level[k−1]) + unscaled[k])},
     * {@code level[−1] = originLevel}; without diff each prediction is undone on its own.
     */
    public double[] toOriginalPath(int target, double[] predictions, double originLevel) {
        double[] levels = new double[predictions.length];
        double previous = originLevel;
        for (int k = 0; k < predictions.length; k++) {
            levels[k] = toOriginal(target, predictions[k], previous);
            previous = levels[k];
        }
        return levels;
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
