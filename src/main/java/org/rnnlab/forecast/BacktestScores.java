package org.rnnlab.forecast;

import java.util.List;

import org.rnnlab.stats.Interval;

/**
 * A backtest's errors, per target, method and step ahead and over all steps: RMSE, MAE, sMAPE and
 * MASE (scaled by the in-sample seasonal-naive MAE of the rows up to the first origin, Hyndman &amp;
 * Koehler 2006), with the number of points behind each; and the empirical coverage of the model's
 * intervals (the share of actual values inside) per level, next to the nominal level.
 *
 * @param result   what was measured
 * @param byStep   {@code byStep[o][method][k]}
 * @param overall  {@code overall[o][method]}
 * @param coverage {@code coverage[o][level]}: share of points inside, over points with an interval
 * @param covered  {@code covered[o][level]}: the number of points with an interval at that level
 * @param range    {@code range[o][level]}: the 95 % interval of the coverage ({@link CoverageRange}), or null
 */
public record BacktestScores(BacktestResult result, Accuracy[][][] byStep, Accuracy[][] overall, double[][] coverage,
        int[][] covered, Interval[][] range) {

    public static BacktestScores of(BacktestResult r) {
        int targets = r.targets().size(), methods = BacktestResult.METHODS.size(), steps = r.ahead().length;
        Accuracy[][][] byStep = new Accuracy[targets][methods][steps];
        Accuracy[][] overall = new Accuracy[targets][methods];
        double[][] coverage = new double[targets][r.levels().length];
        int[][] covered = new int[targets][r.levels().length];
        Interval[][] range = new Interval[targets][r.levels().length];
        for (int o = 0; o < targets; o++) {
            List<BacktestResult.Point> points = r.of(o);
            for (int m = 0; m < methods; m++) {
                overall[o][m] = score(points, m, -1, r.maseScales()[o]);
                for (int k = 0; k < steps; k++) {
                    byStep[o][m][k] = score(points, m, k, r.maseScales()[o]);
                }
            }
            for (int l = 0; l < r.levels().length; l++) {
                int inside = 0, n = 0;
                for (BacktestResult.Point p : points) {
                    if (Double.isFinite(p.lower()[l]) && Double.isFinite(p.upper()[l])) {
                        n++;
                        inside += p.actual() >= p.lower()[l] && p.actual() <= p.upper()[l] ? 1 : 0;
                    }
                }
                covered[o][l] = n;
                coverage[o][l] = n == 0 ? Double.NaN : (double) inside / n;
                range[o][l] = CoverageRange.of(r, points, l);
            }
        }
        return new BacktestScores(r, byStep, overall, coverage, covered, range);
    }

    /** The best baseline by overall MASE (by RMSE when MASE is undefined) for target {@code o}: a method index ≥ 1. */
    public int bestBaseline(int o) {
        int best = -1;
        for (int m = 1; m < overall[o].length; m++) {
            if (overall[o][m].count() == 0) {
                continue;
            }
            if (best < 0 || key(overall[o][m]) < key(overall[o][best])) {
                best = m;
            }
        }
        return best;
    }

    /** The model's errors against the best baseline's for target {@code o}, or null without a baseline. */
    public ErrorRatio versusBest(int o) {
        int best = bestBaseline(o);
        return best < 0 ? null : ErrorRatio.of(result, result.of(o), best);
    }

    private static double key(Accuracy a) {
        return Double.isFinite(a.mase()) ? a.mase() : a.rmse();
    }

    private static Accuracy score(List<BacktestResult.Point> points, int method, int step, double scale) {
        List<BacktestResult.Point> chosen = points.stream().filter(p -> step < 0 || p.step() == step).toList();
        double[] actual = new double[chosen.size()], forecast = new double[chosen.size()];
        for (int i = 0; i < actual.length; i++) {
            actual[i] = chosen.get(i).actual();
            forecast[i] = chosen.get(i).forecast()[method];
        }
        return Accuracy.of(actual, forecast, scale);
    }
}
