package org.rnnlab.forecast;

/**
 * A rolling-origin evaluation: forecasts from {@code origins} origins {@code every} rows apart
 * ending {@code horizon} rows before the end of the file, each {@code horizon} rows ahead, from
 * models trained only on the rows up to their origin (an expanding window).
 *
 * @param training   how to read, cut and train (its split divides each training stretch into
 *                   training and validation rows; its test fraction is ignored)
 * @param origins    number of forecast origins, or 0 for the default (see {@link Backtest#origins})
 * @param every      rows between consecutive origins, or 0 for the default
 * @param horizon    rows ahead forecast from each origin, or 0 for the default (the season, else 6)
 * @param refitEvery retrain at every {@code refitEvery}-th origin (1 = at each), or 0 to train once,
 *                   at the first origin, and forecast every origin with that model
 * @param levels     prediction-interval coverage levels in (0, 1), possibly none
 * @param adaptStep  the step size γ in [0, 1) by which each level adapts to the coverage seen so far
 *                   ({@link AdaptiveLevels}), 0 to keep the nominal levels
 */
public record BacktestPlan(TrainingPlan training, int origins, int every, int horizon, int refitEvery,
        double[] levels, double adaptStep) {

    /** The default step size of the adaptive levels: 0, the nominal levels (see {@link AdaptiveLevels} for why). */
    public static final double DEFAULT_ADAPT_STEP = 0;

    /** A plan with the default adaptation step. */
    public BacktestPlan(TrainingPlan training, int origins, int every, int horizon, int refitEvery, double[] levels) {
        this(training, origins, every, horizon, refitEvery, levels, DEFAULT_ADAPT_STEP);
    }

    public BacktestPlan {
        if (training == null || levels == null) {
            throw new IllegalArgumentException("a backtest needs its training plan and levels");
        }
        check("--origins", origins, 0);
        check("--every", every, 0);
        check("--horizon", horizon, 0);
        check("--refit-every", refitEvery, 0);
        if (!(adaptStep >= 0 && adaptStep < 1)) {
            throw new IllegalArgumentException("--interval-adapt must be in [0, 1), got " + adaptStep);
        }
        levels = levels.clone();
        for (double l : levels) {
            if (!(l > 0 && l < 1)) {
                throw new IllegalArgumentException("interval levels must be in (0, 1), got " + l);
            }
        }
    }

    private static void check(String option, int value, int min) {
        if (value < min) {
            throw new IllegalArgumentException(option + " must be >= " + min + " (0 for the default), got " + value);
        }
    }
}
