package org.rnnlab.forecast;

import java.util.List;

/**
 * What a {@link Backtest} measured: per target, origin and step ahead, the actual value, the
 * model's forecast with its intervals and the four baselines' forecasts.
 *
 * @param targets    the target column names
 * @param origins    the origin rows
 * @param ahead      rows ahead per step (1 … H for recursive forecasts, {H} for a direct model)
 * @param season     the season of the seasonal-naive baseline and the MASE scale (0 for none: lag 1)
 * @param trainedAt  per origin, the origin whose model forecast it (the last refit before it)
 * @param levels     interval levels
 * @param adaptStep  the step size γ of the adaptive levels ({@link AdaptiveLevels}; 0: nominal levels)
 * @param points     every point, target-major, then origin, then step
 * @param maseScales per target, the in-sample seasonal-naive MAE of the rows up to the first origin
 * @param models     per model (one per refit), what it was ({@link ModelSignature}: its transforms among them)
 * @param seconds    wall time of the whole backtest
 * @param rowLabels  per row of the file, its time label (or "line N" without a time column)
 * @param history    per target, the value of every row of the file
 * @param timeColumn the time column's name, or "row" without one
 */
public record BacktestResult(List<String> targets, int[] origins, int[] ahead, int season, int[] trainedAt,
        double[] levels, double adaptStep, List<Point> points, double[] maseScales, List<ModelSignature> models,
        double seconds,
        List<String> rowLabels, double[][] history, String timeColumn) {

    /** Method names, in table order. */
    public static final List<String> METHODS = List.of("model", "persistence", "seasonal_naive", "drift",
            "training_mean");

    /**
     * One forecast point.
     *
     * @param target   target index
     * @param origin   origin index
     * @param step     step index (into {@link #ahead})
     * @param row      the row forecast
     * @param actual   its actual value
     * @param forecast per method of {@link #METHODS}, the forecast (NaN where a baseline has none)
     * @param lower    per level, the model's lower bound (NaN where there is no interval)
     * @param upper    per level, the upper bound
     */
    public record Point(int target, int origin, int step, int row, double actual, double[] forecast, double[] lower,
            double[] upper) {
    }

    public BacktestResult {
        models = List.copyOf(models);
    }

    /** Per model, the transforms it used ("diff", "log,sdiff(12)", ...). */
    public List<String> transforms() {
        return models.stream().map(m -> m.fields().path("transforms").asText()).toList();
    }

    /** The points of one target. */
    public List<Point> of(int target) {
        return points.stream().filter(p -> p.target == target).toList();
    }
}
