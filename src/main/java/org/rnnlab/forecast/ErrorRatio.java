package org.rnnlab.forecast;

import java.util.List;

import org.rnnlab.stats.Interval;

/**
 * How much smaller the model's errors are than a baseline's over a backtest, and how sure that
 * is: the ratio of the model's absolute errors to the baseline's, summed over the points both
 * forecast (there the ratio of their MAE, and of their MASE, whose scale they share), with its 95 %
 * batch-means interval over groups of origins on the log scale ({@link OriginGroups},
 * {@link org.rnnlab.stats.BatchMeans#ofPositiveRatio}). An interval wholly below 1
 * says the model's advantage is larger than the variation between stretches of the series; one
 * that holds 1 says this backtest cannot tell the two apart. The question is the one the
 * loss-differential test of Diebold &amp; Mariano (1995) asks of a difference, read here in the units
 * of MASE. Against the best baseline by overall MASE, chosen on these points, the ratio leans
 * towards the baseline. In 300 simulated backtests of 60 origins 12 steps ahead whose model and
 * baseline errors are two draws of the same random-walk errors, the interval held 1 in 277
 * ({@code ErrorRatioTest}).
 *
 * @param ratio  {@code Σ|y − model| / Σ|y − baseline|} over the points both forecast
 * @param range  its 95 % interval, or null with too few groups of origins
 * @param points the number of points both forecast
 */
public record ErrorRatio(double ratio, Interval range, int points) {

    /** The ratio of the model (method 0) to method {@code baseline} over {@code points} of one target. */
    static ErrorRatio of(BacktestResult r, List<BacktestResult.Point> points, int baseline) {
        int n = r.origins().length, count = 0;
        double[] model = new double[n], other = new double[n];
        for (BacktestResult.Point p : points) {
            double a = Math.abs(p.actual() - p.forecast()[0]), b = Math.abs(p.actual() - p.forecast()[baseline]);
            if (Double.isFinite(a) && Double.isFinite(b)) {
                model[p.origin()] += a;
                other[p.origin()] += b;
                count++;
            }
        }
        double sumModel = 0, sumOther = 0;
        for (int j = 0; j < n; j++) {
            sumModel += model[j];
            sumOther += other[j];
        }
        return new ErrorRatio(sumOther > 0 ? sumModel / sumOther : Double.NaN,
                count > 0 ? OriginGroups.ratio(r, model, other, false) : null, count);
    }
}
