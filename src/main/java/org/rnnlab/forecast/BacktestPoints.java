package org.rnnlab.forecast;

import java.util.ArrayList;
import java.util.List;

import org.rnnlab.data.TimeSeriesTable;

/** The forecast points of one backtest origin: the model's, with its intervals, and the baselines'. */
final class BacktestPoints {

    private BacktestPoints() {
    }

    /**
     * The points from {@code origin}, with intervals from {@code intervals} (one per target, or none)
     * at the nominal {@code levels}, each read at its target's adapted level {@code read[target][step][l]}.
     */
    static List<BacktestResult.Point> at(TimeSeriesTable table, Fitted model, List<ConformalIntervals> intervals,
            int index, int origin, int horizon, int season, double[] levels, double[][][] read) {
        OriginForecasts f = OriginForecasts.of(model.ensemble(), table, model.data().options(),
                model.data().normalization(), new int[] {origin}, horizon);
        List<BacktestResult.Point> points = new ArrayList<>();
        for (int o = 0; o < table.targetColumns().length; o++) {
            double[] y = table.column(table.targetColumns()[o]);
            ConformalIntervals errors = intervals.isEmpty() ? null : intervals.get(o);
            for (int k = 0; k < f.ahead().length; k++) {
                int h = f.ahead()[k], row = origin + h;
                double forecast = f.values()[o][0][k];
                double[] lower = new double[levels.length], upper = new double[levels.length];
                for (int l = 0; l < levels.length; l++) {
                    double half = errors == null ? Double.NaN : errors.halfWidthWithin(k, levels[l], read[o][k][l]);
                    lower[l] = forecast - half;
                    upper[l] = forecast + half;
                }
                double[] methods = {forecast, y[origin], seasonalNaive(y, row, h, season), drift(y, origin, h),
                        mean(y, origin)};
                points.add(new BacktestResult.Point(o, index, k, row, y[row], methods, lower, upper));
            }
        }
        return points;
    }

    /** y at the same point of the season, the latest one observed by the origin: {@code y[row − m⌈h/m⌉]}. */
    static double seasonalNaive(double[] y, int row, int h, int season) {
        if (season < 2) {
            return Double.NaN;
        }
        int back = season * ((h + season - 1) / season);
        return row - back >= 0 ? y[row - back] : Double.NaN;
    }

    /** The line from the first to the origin's value, continued: {@code y[o] + h·(y[o] − y[0])/o}. */
    static double drift(double[] y, int origin, int h) {
        return origin > 0 ? y[origin] + h * (y[origin] - y[0]) / origin : Double.NaN;
    }

    /** The mean of {@code y[0 … origin]}. */
    static double mean(double[] y, int origin) {
        double sum = 0;
        for (int r = 0; r <= origin; r++) {
            sum += y[r];
        }
        return sum / (origin + 1);
    }
}
