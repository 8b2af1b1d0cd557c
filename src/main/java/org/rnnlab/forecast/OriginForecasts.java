package org.rnnlab.forecast;

import org.rnnlab.data.Normalization;
import org.rnnlab.data.PrepareOptions;
import org.rnnlab.data.PreparedData;
import org.rnnlab.data.SplitFractions;
import org.rnnlab.data.TimeSeriesTable;

/**
 * Forecasts from earlier origins of a series, as they would have been made then: for origin row
 * {@code o} the table is cut after row {@code o} ({@link TimeSeriesTable#head}), prepared with the
 * model's fitted normalization, and forecast {@code steps} rows ahead by {@link MultiStepForecast}
 * (recursive for horizon 1, direct otherwise). Nothing after the origin is read, so the errors
 * against the rows that followed are honest out-of-sample errors.
 *
 * @param origins the origin rows (the last observed row of each forecast)
 * @param ahead   rows ahead of the origin, per forecast step (1-based)
 * @param values  {@code values[o][i][k]}: target {@code o}, origin {@code i}, step {@code k}, original units
 */
public record OriginForecasts(int[] origins, int[] ahead, double[][][] values) {

    /**
     * Forecasts from every origin; the origins must leave a full window (and the transforms'
     * first rows) before them.
     */
    public static OriginForecasts of(Ensemble model, TimeSeriesTable table, PrepareOptions options,
            Normalization normalization, int[] origins, int steps) {
        PrepareOptions whole = options.withSplit(new SplitFractions(1, 0, 0));
        int targets = table.targetColumns().length;
        double[][][] values = new double[targets][origins.length][];
        int[] ahead = null;
        for (int i = 0; i < origins.length; i++) {
            PreparedData data = PreparedData.prepareWith(table.head(origins[i] + 1), whole, normalization);
            MultiStepForecast f = MultiStepForecast.of(model, data, steps);
            ahead = f.ahead();
            for (int o = 0; o < targets; o++) {
                values[o][i] = f.values()[o];
            }
        }
        return new OriginForecasts(origins.clone(), ahead == null ? new int[0] : ahead, values);
    }

    /**
     * The errors {@code actual − forecast} of target {@code o}, per step: {@code [k][i]} for the
     * origins whose step-{@code k} row lies before {@code end} (so each step has its own count).
     */
    public double[][] residuals(TimeSeriesTable table, int o, int end) {
        int column = table.targetColumns()[o];
        double[][] byStep = new double[ahead.length][];
        for (int k = 0; k < ahead.length; k++) {
            int n = 0;
            double[] e = new double[origins.length];
            for (int i = 0; i < origins.length; i++) {
                int row = origins[i] + ahead[k];
                if (row < end) {
                    e[n++] = table.value(row, column) - values[o][i][k];
                }
            }
            byStep[k] = java.util.Arrays.copyOf(e, n);
        }
        return byStep;
    }
}
