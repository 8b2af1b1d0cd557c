package org.rnnlab.forecast;

/**
 * Forecast errors in original units over {@code count} targets:
 * <ul>
 * <li>RMSE = √(Σ(F−A)²/n)</li>
 * <li>MAE = Σ|F−A|/n</li>
 * <li>sMAPE = 100/n · Σ 2|F−A| / (|A|+|F|), in percent (0 to 200; a term with A = F = 0 counts 0),
 * as in the M3 and M4 competitions.</li>
 * <li>MASE = MAE / Q, the mean absolute scaled error of Hyndman and Koehler (2006), "Another look
 * at measures of forecast accuracy", International Journal of Forecasting 22(4), 679–688. The
 * scale Q is the in-sample MAE of the seasonal-naive forecast on the training rows,
 * Q = 1/(n−m) · Σ_{t=m+1…n} |y_t − y_{t−m}| (see {@link #maseScale}), with m the season, or 1 when
 * there is none. MASE below 1 beats that in-sample naive forecast; it has no unit, so it compares
 * across series. NaN when Q is 0 (a training part that repeats itself at lag m) or undefined.</li>
 * </ul>
 * Pairs whose forecast is NaN (a seasonal-naive value before the series starts) are left out and
 * not counted.
 *
 * @param count the number of pairs scored
 * @param rmse  root mean squared error
 * @param mae   mean absolute error
 * @param smape symmetric mean absolute percentage error, in percent
 * @param mase  mean absolute scaled error, or NaN when no (non-zero) scale was given
 */
public record Accuracy(int count, double rmse, double mae, double smape, double mase) {

    /** The errors of {@code forecast} against {@code actual}, pair by pair, without MASE (NaN). */
    public static Accuracy of(double[] actual, double[] forecast) {
        return of(actual, forecast, Double.NaN);
    }

    /**
     * The errors of {@code forecast} against {@code actual}, pair by pair, with MASE scaled by
     * {@code scale} (from {@link #maseScale}; MASE is NaN when the scale is 0 or NaN).
     */
    public static Accuracy of(double[] actual, double[] forecast, double scale) {
        if (actual.length != forecast.length) {
            throw new IllegalArgumentException("need one forecast per actual value, got " + forecast.length + " for "
                    + actual.length);
        }
        int n = 0;
        double squares = 0, absolute = 0, symmetric = 0;
        for (int i = 0; i < actual.length; i++) {
            if (Double.isNaN(forecast[i])) {
                continue;
            }
            double error = forecast[i] - actual[i];
            double denominator = Math.abs(actual[i]) + Math.abs(forecast[i]);
            squares += error * error;
            absolute += Math.abs(error);
            symmetric += denominator == 0 ? 0 : 2 * Math.abs(error) / denominator;
            n++;
        }
        if (n == 0) {
            return new Accuracy(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        }
        double mae = absolute / n;
        double mase = scale > 0 && Double.isFinite(scale) ? mae / scale : Double.NaN;
        return new Accuracy(n, Math.sqrt(squares / n), mae, 100 * symmetric / n, mase);
    }

    /**
     * The MASE scale of Hyndman and Koehler: the mean of |y_t − y_{t−m}| over the training values
     * {@code training[m …]}, in their own units. NaN when there are not more than {@code m} values;
     * 0 when the values repeat themselves at lag m.
     *
     * @param training the target's values on the training rows, in time order
     * @param lag      m: the season, or 1 when there is none
     */
    public static double maseScale(double[] training, int lag) {
        if (lag < 1) {
            throw new IllegalArgumentException("the MASE lag must be >= 1, got " + lag);
        }
        if (training.length <= lag) {
            return Double.NaN;
        }
        double sum = 0;
        for (int t = lag; t < training.length; t++) {
            sum += Math.abs(training[t] - training[t - lag]);
        }
        return sum / (training.length - lag);
    }
}
