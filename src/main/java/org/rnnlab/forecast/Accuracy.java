package org.rnnlab.forecast;

/**
 * Forecast errors in original units over {@code count} targets:
 * <ul>
 * <li>RMSE = √(Σ(F−A)²/n)</li>
 * <li>MAE = Σ|F−A|/n</li>
 * <li>sMAPE = 100/n · Σ 2|F−A| / (|A|+|F|), in percent (0 to 200; a term with A = F = 0 counts 0),
 * as in the M3 and M4 competitions.</li>
 * </ul>
 * Pairs whose forecast is NaN (a seasonal-naive value before the series starts) are left out and
 * not counted.
 *
 * @param count the number of pairs scored
 * @param rmse  root mean squared error
 * @param mae   mean absolute error
 * @param smape symmetric mean absolute percentage error, in percent
 */
public record Accuracy(int count, double rmse, double mae, double smape) {

    /** The errors of {@code forecast} against {@code actual}, pair by pair. */
    public static Accuracy of(double[] actual, double[] forecast) {
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
            return new Accuracy(0, Double.NaN, Double.NaN, Double.NaN);
        }
        return new Accuracy(n, Math.sqrt(squares / n), absolute / n, 100 * symmetric / n);
    }
}
