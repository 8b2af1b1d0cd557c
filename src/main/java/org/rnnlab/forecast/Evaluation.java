package org.rnnlab.forecast;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

import org.rnnlab.data.Windows;

/**
 * A model's errors on a part of the split next to three naive baselines on exactly the same
 * targets: persistence (the last observed value), seasonal naive (the value one season before the
 * target) and the training mean. A model worth keeping beats all three.
 *
 * @param part    the scored part ("test", ...)
 * @param windows the number of windows scored
 * @param season  the season of the seasonal-naive baseline, or empty when it was left out
 * @param rows    one row per target and method, the model first
 */
public record Evaluation(String part, int windows, OptionalInt season, List<Row> rows) {

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
        rows = List.copyOf(rows);
    }

    /**
     * Scores the predictions against the baselines, each target separately.
     *
     * @param targets the target names, in target order
     * @param season  the season for seasonal naive, or empty to leave it out
     */
    public static Evaluation of(WindowPredictions predictions, List<String> targets, OptionalInt season) {
        Windows w = predictions.windows();
        int n = predictions.count();
        int last = w.options().window() - 1;
        List<Row> rows = new ArrayList<>();
        for (int o = 0; o < targets.size(); o++) {
            double[] actual = predictions.actuals(o);
            double[] persistence = new double[n], seasonal = new double[n], mean = new double[n];
            for (int i = 0; i < n; i++) {
                persistence[i] = w.persistence(i, last, o);
                seasonal[i] = season.isPresent() ? w.seasonalNaive(i, last, o, season.getAsInt()) : Double.NaN;
                mean[i] = w.trainingMean(o);
            }
            String target = targets.get(o);
            rows.add(new Row(target, MODEL, Accuracy.of(actual, predictions.predictions(o))));
            rows.add(new Row(target, PERSISTENCE, Accuracy.of(actual, persistence)));
            if (season.isPresent()) {
                rows.add(new Row(target, SEASONAL_NAIVE, Accuracy.of(actual, seasonal)));
            }
            rows.add(new Row(target, TRAINING_MEAN, Accuracy.of(actual, mean)));
        }
        return new Evaluation(w.part().description(), n, season, rows);
    }

    /** The row of a method for a target, if present. */
    public java.util.Optional<Row> row(String target, String method) {
        return rows.stream().filter(r -> r.target.equals(target) && r.method.equals(method)).findFirst();
    }
}
