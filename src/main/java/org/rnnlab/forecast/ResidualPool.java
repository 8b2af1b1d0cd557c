package org.rnnlab.forecast;

import java.util.ArrayList;
import java.util.List;

/**
 * The held-out forecast errors a backtest's intervals rest on at each origin: a sliding window of
 * the newest errors per step ahead, which starts as the model's validation errors
 * ({@link HeldOutErrors}, oldest origin first) and takes in the errors of the backtest's own earlier
 * forecasts as their actual values become known, each pushing out the oldest (the sliding window
 * of EnbPI, Xu and Xie 2021, "Conformal prediction interval for dynamic time-series"). At origin
 * {@code o}, the step-{@code k} error of an earlier origin {@code j} counts only when its row
 * {@code j + k} is at most {@code o}, so no interval reads a value after its origin. The window
 * keeps as many errors per step as the validation part gave, so intervals follow the period being
 * forecast without becoming noisier; on the shipped series this kept the coverage of the 80 % and
 * 95 % intervals closer to nominal than the validation errors alone (the README gives the numbers).
 * Where the validation part gave fewer errors than the highest level needs
 * ({@link ConformalIntervals#fewestFor}: 19 for 95 %), the window grows to that many as the
 * backtest's own errors come in, so that a short series' upper levels get intervals once enough
 * errors are known instead of never.
 */
final class ResidualPool {

    private final int targets;
    /** The current model's validation errors per target (empty: no intervals at all). */
    private List<ConformalIntervals> validation;
    /** Per target, per step (0-based): the backtest's own errors observed so far. */
    private final List<List<List<Double>>> observed = new ArrayList<>();
    /** Errors whose actual value lies after the current origin: target, step, row, error. */
    private final List<double[]> pending = new ArrayList<>();

    /** The fewest errors the window keeps per step once that many are known. */
    private final int least;

    /**
     * A pool that starts from the validation errors per target (empty: no intervals at all), for
     * intervals at {@code levels}: the window grows to the errors the highest level needs.
     */
    ResidualPool(List<ConformalIntervals> validation, int targets, double[] levels) {
        this.targets = targets;
        int most = 0;
        for (double level : levels) {
            most = Math.max(most, ConformalIntervals.fewestFor(level));
        }
        this.least = most;
        this.validation = List.copyOf(validation);
        for (int o = 0; o < targets; o++) {
            observed.add(new ArrayList<>());
        }
    }

    /** A model trained again brings its own validation errors; the backtest's errors stay. */
    ResidualPool withValidation(List<ConformalIntervals> errors) {
        validation = List.copyOf(errors);
        return this;
    }

    /** The intervals for forecasts from origin row {@code origin}: validation errors plus every error known by then. */
    List<ConformalIntervals> at(int origin) {
        if (validation.isEmpty()) {
            return List.of();
        }
        pending.removeIf(p -> {
            if (p[2] > origin) {
                return false;
            }
            List<List<Double>> steps = observed.get((int) p[0]);
            while (steps.size() <= (int) p[1]) {
                steps.add(new ArrayList<>());
            }
            steps.get((int) p[1]).add(p[3]);
            return true;
        });
        List<ConformalIntervals> out = new ArrayList<>();
        for (int o = 0; o < targets; o++) {
            double[][] held = validation.get(o).residuals();
            List<List<Double>> seen = observed.get(o);
            double[][] r = new double[Math.max(held.length, seen.size())][];
            for (int k = 0; k < r.length; k++) {
                double[] v = k < held.length ? held[k] : new double[0];
                List<Double> b = k < seen.size() ? seen.get(k) : List.of();
                double[] all = java.util.Arrays.copyOf(v, v.length + b.size());
                for (int i = 0; i < b.size(); i++) {
                    all[v.length + i] = b.get(i);
                }
                // a sliding window of the newest errors: as many as validation gave, or as the highest level needs
                int keep = v.length > 0 ? Math.min(all.length, Math.max(v.length, least)) : all.length;
                r[k] = java.util.Arrays.copyOfRange(all, all.length - keep, all.length);
            }
            out.add(new ConformalIntervals(r));
        }
        return out;
    }

    /** Records the errors of one origin's forecasts, to be used once their rows are observed. */
    void add(List<BacktestResult.Point> points) {
        for (BacktestResult.Point p : points) {
            double error = p.actual() - p.forecast()[0];
            if (Double.isFinite(error)) {
                pending.add(new double[] {p.target(), p.step(), p.row(), error});
            }
        }
    }
}
