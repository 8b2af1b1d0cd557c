package org.rnnlab.forecast;

import java.util.List;
import java.util.Optional;

import org.rnnlab.data.PreparedData;
import org.rnnlab.data.SplitRows;
import org.rnnlab.data.TimeSeriesTable;
import org.rnnlab.data.WindowOptions;

/**
 * The forecast errors that prediction intervals rest on: forecasts from origins inside the
 * validation part (the rows early stopping looked at but no weight was fitted on), scored on the
 * validation rows that followed, per step ahead. At most {@value #MAX_ORIGINS} origins, evenly
 * spaced, so a long series costs no more than a short one; up to {@link #steps} steps ahead.
 */
public final class HeldOutErrors {

    /** At most this many forecast origins. */
    public static final int MAX_ORIGINS = 200;

    private HeldOutErrors() {
    }

    /**
     * Steps ahead that intervals are made for: 24, or two seasons if longer, for a recursive
     * model that predicts every input; the horizon for a direct model; 1 for a model reading
     * columns it does not predict.
     */
    public static int steps(PreparedData data, int season) {
        WindowOptions w = data.options().windows();
        if (w.horizon() > 1) {
            return w.horizon();
        }
        TimeSeriesTable t = data.table();
        boolean feedsBack = t.targetNames().containsAll(t.featureNames());
        return feedsBack ? Math.max(24, 2 * season) : 1;
    }

    /** The validation errors per target, or empty when the validation part holds no usable origin. */
    public static Optional<List<ConformalIntervals>> ofValidation(Ensemble model, PreparedData data, int season) {
        SplitRows split = data.split();
        WindowOptions w = data.options().windows();
        if (data.validation().isEmpty() || w.manyToMany() && w.horizon() > 1) {
            return Optional.empty();
        }
        int earliest = data.options().transforms().firstRow() + w.window() + w.horizon() - 1;
        int first = Math.max(split.trainEnd() - 1, earliest);
        int last = split.validationEnd() - 1 - w.horizon(); // the first step must land inside the validation part
        if (last < first) {
            return Optional.empty();
        }
        int count = Math.min(MAX_ORIGINS, last - first + 1);
        int[] origins = new int[count];
        for (int i = 0; i < count; i++) {
            origins[i] = count == 1 ? first : first + (int) ((long) i * (last - first) / (count - 1));
        }
        int steps = w.horizon() > 1 ? w.horizon() : Math.min(steps(data, season), split.validationEnd() - 1 - first);
        OriginForecasts f = OriginForecasts.of(model, data.table(), data.options(), data.normalization(), origins, steps);
        List<ConformalIntervals> perTarget = new java.util.ArrayList<>();
        for (int o = 0; o < data.table().targetColumns().length; o++) {
            perTarget.add(new ConformalIntervals(f.residuals(data.table(), o, split.validationEnd())));
        }
        return Optional.of(perTarget);
    }
}
