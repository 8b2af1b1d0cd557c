package org.rnnlab.forecast;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

import org.rnnlab.data.PreparedData;
import org.rnnlab.data.TimeSeriesTable;
import org.rnnlab.data.Windows;

/**
 * A model's errors on a part of the split next to three naive baselines on exactly the same
 * targets: persistence (the last observed value), seasonal naive (the value one season before the
 * target) and the training mean. A model worth keeping beats all three.
 *
 * <p>Every method's MASE is scaled by the same in-sample error per target (see {@link Accuracy}):
 * the mean absolute change at lag {@link #maseLag} over the training rows of the target column, in
 * original units.
 *
 * @param part       the scored part ("test", ...)
 * @param windows    the number of windows scored
 * @param season     the season of the seasonal-naive baseline, or empty when it was left out
 * @param maseLag    m of the MASE scale: the season, or 1 when there is none
 * @param maseScales the MASE scale of each target, by target name in target order (0 or NaN
 *                   where MASE is undefined, see {@link Accuracy#maseScale})
 * @param rows       one row per target and method, the model first
 * @param leads      per target, the model's RMSE over the best baseline's with its interval ({@link RmseRatio});
 *                   absent where no baseline has a finite RMSE
 */
public record Evaluation(String part, int windows, OptionalInt season, int maseLag, Map<String, Double> maseScales,
        List<Row> rows, Map<String, RmseRatio> leads) {

    /** The method names of {@link Row#method}. */
    public static final String MODEL = "model", PERSISTENCE = "persistence", SEASONAL_NAIVE = "seasonal_naive",
            TRAINING_MEAN = "training_mean";

    /**
     * One method's errors on one target.
     *
     * @param target   the target column's name
     * @param method   {@link #MODEL}, {@link #PERSISTENCE}, {@link #SEASONAL_NAIVE} or {@link #TRAINING_MEAN}
     * @param accuracy the errors
     */
    public record Row(String target, String method, Accuracy accuracy) {
    }

    public Evaluation {
        maseScales = Collections.unmodifiableMap(new LinkedHashMap<>(maseScales));
        rows = List.copyOf(rows);
        leads = Collections.unmodifiableMap(new LinkedHashMap<>(leads));
    }

    /**
     * Scores the predictions against the baselines, each target separately.
     *
     * @param predictions the model's predictions for the windows of one part of {@code data}
     * @param data        the prepared data the windows came from (its training rows give the MASE scale)
     * @param season      the season for seasonal naive, or empty to leave it out
     */
    public static Evaluation of(WindowPredictions predictions, PreparedData data, OptionalInt season) {
        Windows w = predictions.windows();
        TimeSeriesTable table = data.table();
        List<String> targets = table.targetNames();
        int lag = season.orElse(1);
        int n = predictions.count();
        int last = w.options().window() - 1;
        Map<String, Double> scales = new LinkedHashMap<>();
        List<Row> rows = new ArrayList<>();
        Map<String, RmseRatio> leads = new LinkedHashMap<>();
        for (int o = 0; o < targets.size(); o++) {
            double[] actual = predictions.actuals(o);
            double[] persistence = new double[n], seasonal = new double[n], mean = new double[n];
            for (int i = 0; i < n; i++) {
                persistence[i] = w.persistence(i, last, o);
                seasonal[i] = season.isPresent() ? w.seasonalNaive(i, last, o, season.getAsInt()) : Double.NaN;
                mean[i] = w.trainingMean(o);
            }
            String target = targets.get(o);
            double scale = Accuracy.maseScale(trainingValues(table, table.targetColumns()[o], data), lag);
            scales.put(target, scale);
            rows.add(new Row(target, MODEL, Accuracy.of(actual, predictions.predictions(o), scale)));
            rows.add(new Row(target, PERSISTENCE, Accuracy.of(actual, persistence, scale)));
            if (season.isPresent()) {
                rows.add(new Row(target, SEASONAL_NAIVE, Accuracy.of(actual, seasonal, scale)));
            }
            rows.add(new Row(target, TRAINING_MEAN, Accuracy.of(actual, mean, scale)));
            lead(target, actual, predictions.predictions(o), rows, Map.of(PERSISTENCE, persistence, SEASONAL_NAIVE,
                    seasonal, TRAINING_MEAN, mean), w.options().horizon()).ifPresent(r -> leads.put(target, r));
        }
        return new Evaluation(w.part().description(), n, season, lag, scales, rows, leads);
    }

    /** The model against the baseline of {@code target} with the lowest finite RMSE, if any. */
    private static Optional<RmseRatio> lead(String target, double[] actual, double[] model, List<Row> rows,
            Map<String, double[]> baselines, int horizon) {
        Row best = null;
        for (Row r : rows) {
            if (r.target.equals(target) && !r.method.equals(MODEL) && Double.isFinite(r.accuracy.rmse())
                    && (best == null || r.accuracy.rmse() < best.accuracy.rmse())) {
                best = r;
            }
        }
        return best == null ? Optional.empty()
                : Optional.of(RmseRatio.of(best.method, actual, model, baselines.get(best.method), horizon));
    }

    /** The row of a method for a target, if present. */
    public Optional<Row> row(String target, String method) {
        return rows.stream().filter(r -> r.target.equals(target) && r.method.equals(method)).findFirst();
    }

    /** A column's values on the training rows, in original units. */
    private static double[] trainingValues(TimeSeriesTable table, int column, PreparedData data) {
        double[] values = new double[data.split().trainEnd()];
        for (int r = 0; r < values.length; r++) {
            values[r] = table.value(r, column);
        }
        return values;
    }
}
