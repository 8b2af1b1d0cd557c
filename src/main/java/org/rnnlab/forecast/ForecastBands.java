package org.rnnlab.forecast;

import java.util.List;

/**
 * Prediction intervals around a {@link MultiStepForecast}: at forecast position {@code i} and
 * level {@code L}, {@code forecast ± } the {@link ConformalIntervals#halfWidth} of that position's
 * held-out errors. NaN bounds where there are too few errors for the level or no errors that far
 * ahead.
 *
 * @param levels coverage levels in (0, 1), as asked
 * @param lower  {@code lower[o][l][i]}: target {@code o}, level {@code l}, forecast position {@code i}
 * @param upper  the upper bounds, same layout
 * @param counts {@code counts[o][i]}: the held-out errors behind position {@code i} of target {@code o}
 */
public record ForecastBands(double[] levels, double[][][] lower, double[][][] upper, int[][] counts) {

    /** The bands of a forecast from per-target held-out errors (one {@link ConformalIntervals} per target). */
    public static ForecastBands of(MultiStepForecast f, List<ConformalIntervals> errors, double[] levels) {
        int targets = f.targets().size(), n = f.ahead().length;
        if (errors.size() != targets) {
            throw new IllegalArgumentException("need held-out errors for each of the " + targets + " targets, got "
                    + errors.size());
        }
        double[][][] lower = new double[targets][levels.length][n], upper = new double[targets][levels.length][n];
        int[][] counts = new int[targets][n];
        for (int o = 0; o < targets; o++) {
            for (int i = 0; i < n; i++) {
                counts[o][i] = errors.get(o).count(i);
                for (int l = 0; l < levels.length; l++) {
                    double half = errors.get(o).halfWidth(i, levels[l]);
                    lower[o][l][i] = f.values()[o][i] - half;
                    upper[o][l][i] = f.values()[o][i] + half;
                }
            }
        }
        return new ForecastBands(levels.clone(), lower, upper, counts);
    }

    /** "80" for 0.8, "99.5" for 0.995: the level as people write it in a column name. */
    public static String percent(double level) {
        double p = level * 100;
        return p == Math.rint(p) ? String.valueOf((long) p) : String.valueOf(p);
    }
}
