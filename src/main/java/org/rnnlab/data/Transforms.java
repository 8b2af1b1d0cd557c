package org.rnnlab.data;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntToDoubleFunction;

/**
 * Transforms applied to every loaded column before scaling, in this order: {@code log} (natural
 * logarithm; every value must be positive), then {@code sdiff} (seasonal difference at lag
 * {@code m}), then {@code diff} (first difference). Written {@code log,sdiff,diff} in that order
 * whatever order they were asked in; they commute as operators, so the order only fixes the names.
 *
 * <p>With level {@code L[r] = f(x[r])} ({@code f} = log or identity) and the seasonal operator
 * {@code S_M[r] = L[r] − L[r−M]} ({@code S[r] = L[r]} without sdiff), the input at row {@code r}
 * is {@code y[r] = S_m[r] − S_m[r−1]} with diff and {@code S_m[r]} without, so the first
 * {@link #firstRow()} rows have no input: 1 for diff, {@code m} for sdiff, {@code m+1} for both.
 *
 * <p>The target of row {@code r} with horizon {@code h} must be undone from rows observed by its
 * origin {@code q = r − h}. It uses the seasonal lag {@code M = m·⌈h/m⌉} (the smallest multiple
 * of the season reaching back to the origin, so {@code M = m} for {@code h ≤ m}):
 * <pre>
 *   target = S_M[r] − S_M[q]   with diff,        target = S_M[r]   without,
 *   L[r]   = target + S_M[q] + L[r−M]  (undo; every row used is ≤ q).
 * </pre>
 * For {@code h = 1} the target is exactly the next input value {@code y[r]}, so a prediction can
 * be fed back as the next input (recursive forecasts). Without sdiff and diff, the target is the
 * level itself; with diff alone, the change {@code L[r] − L[q]} from the origin. See Hyndman &amp;
 * Athanasopoulos, <i>Forecasting: Principles and Practice</i> (3rd ed., 2021), §9.1, for
 * seasonal and first differencing.
 *
 * @param log         take the natural logarithm first
 * @param diff        take first differences
 * @param seasonalLag the seasonal difference's lag {@code m}, or 0 for none
 */
public record Transforms(boolean log, boolean diff, int seasonalLag) {

    public Transforms {
        if (seasonalLag < 0) {
            throw new IllegalArgumentException("seasonalLag must be >= 1, or 0 for none, got " + seasonalLag);
        }
    }

    /** Log and first difference, without a seasonal difference. */
    public Transforms(boolean log, boolean diff) {
        this(log, diff, 0);
    }

    /** No transform. */
    public static Transforms none() {
        return new Transforms(false, false, 0);
    }

    public Transforms withLog(boolean log) {
        return new Transforms(log, diff, seasonalLag);
    }

    public Transforms withDiff(boolean diff) {
        return new Transforms(log, diff, seasonalLag);
    }

    /** The same with a seasonal difference at lag {@code lag} (0 for none). */
    public Transforms withSeasonalLag(int lag) {
        return new Transforms(log, diff, lag);
    }

    /** Whether a seasonal difference is taken. */
    public boolean seasonal() {
        return seasonalLag > 0;
    }

    /** The first row with an input value: {@code m + 1} with sdiff and diff, {@code m}, 1 or 0. */
    public int firstRow() {
        return seasonalLag + (diff ? 1 : 0);
    }

    /** The names, in the order applied: a subset of {@code log, sdiff, diff}; empty for none. */
    public List<String> names() {
        List<String> names = new ArrayList<>(3);
        if (log) {
            names.add("log");
        }
        if (seasonal()) {
            names.add("sdiff");
        }
        if (diff) {
            names.add("diff");
        }
        return names;
    }

    /** "log,sdiff(12)" style, or "none". */
    public String label() {
        if (!log && !diff && !seasonal()) {
            return "none";
        }
        return String.join(",", names()).replace("sdiff", "sdiff(" + seasonalLag + ")");
    }

    /** The level {@code f(x)}: the natural log with the log transform, otherwise the value itself. */
    public double toLevel(double original) {
        return log ? Math.log(original) : original;
    }

    /** The inverse of {@link #toLevel}. */
    public double fromLevel(double level) {
        return log ? Math.exp(level) : level;
    }

    /** The seasonal lag {@code M} a target {@code h} rows ahead uses: {@code m·⌈h/m⌉}, or 0 without sdiff. */
    public int targetLag(int horizon) {
        return seasonal() ? seasonalLag * ((horizon + seasonalLag - 1) / seasonalLag) : 0;
    }

    /**
     * The transformed target of row {@code row}, {@code horizon} rows after its origin (before
     * scaling), from the original values of its column.
     *
     * @param original the column's original value at a row; asked only for rows up to {@code row}
     */
    public double target(int row, int horizon, IntToDoubleFunction original) {
        int lag = targetLag(horizon);
        double s = seasonalLevel(row, lag, original);
        return diff ? s - seasonalLevel(row - horizon, lag, original) : s;
    }

    /**
     * The inverse of {@link #target}: the original value at row {@code row} whose transformed
     * target is {@code target}, from the values observed by its origin {@code row − horizon}.
     *
     * @param original the column's original value at a row; asked only for rows up to {@code row − horizon}
     */
    public double undo(int row, int horizon, double target, IntToDoubleFunction original) {
        int lag = targetLag(horizon);
        double s = diff ? target + seasonalLevel(row - horizon, lag, original) : target;
        return fromLevel(lag > 0 ? s + toLevel(original.applyAsDouble(row - lag)) : s);
    }

    /**
     * Every column value transformed as an input: {@code y[r]} for {@code r ≥ firstRow()}, NaN
     * before. The values must be positive under log.
     */
    public double[] apply(double[] x) {
        double[] s = new double[x.length];
        for (int r = 0; r < x.length; r++) {
            s[r] = toLevel(x[r]);
        }
        int m = seasonalLag;
        for (int r = x.length - 1; r >= m && m > 0; r--) {
            s[r] -= s[r - m];
        }
        if (diff) {
            for (int r = x.length - 1; r >= m + 1; r--) {
                s[r] -= s[r - 1];
            }
        }
        for (int r = 0; r < Math.min(firstRow(), x.length); r++) {
            s[r] = Double.NaN;
        }
        return s;
    }

    /** {@code S_M[row] = L[row] − L[row−M]}, or {@code L[row]} for {@code M = 0}. */
    private double seasonalLevel(int row, int lag, IntToDoubleFunction original) {
        double level = toLevel(original.applyAsDouble(row));
        return lag > 0 ? level - toLevel(original.applyAsDouble(row - lag)) : level;
    }
}
