package org.rnnlab.data;

/**
 * Fractions of the rows for the chronological train / validation / test split.
 *
 * <p>With {@code N} rows the parts are rows {@code [0, a)}, {@code [a, b)} and {@code [b, N)}
 * where {@code a = round(train·N)} and {@code b = round((train + validation)·N)}; see
 * {@link SplitRows}.
 *
 * @param train      fraction of rows for training, &gt; 0
 * @param validation fraction for validation, ≥ 0
 * @param test       fraction for testing, ≥ 0; the three sum to 1 within 1e-9
 */
public record SplitFractions(double train, double validation, double test) {

    public SplitFractions {
        if (!(train > 0) || train > 1) {
            throw new IllegalArgumentException("train fraction must be > 0 and <= 1, got " + train);
        }
        if (!(validation >= 0) || validation > 1) {
            throw new IllegalArgumentException("validation fraction must be >= 0 and <= 1, got " + validation);
        }
        if (!(test >= 0) || test > 1) {
            throw new IllegalArgumentException("test fraction must be >= 0 and <= 1, got " + test);
        }
        double sum = train + validation + test;
        if (Math.abs(sum - 1) > 1e-9) {
            throw new IllegalArgumentException("train, validation and test fractions must sum to 1, got " + train
                    + " + " + validation + " + " + test + " = " + sum);
        }
    }

    /** 0.7 / 0.15 / 0.15. */
    public static SplitFractions defaults() {
        return new SplitFractions(0.7, 0.15, 0.15);
    }

    /** The row boundaries for a series of {@code rows} rows. */
    public SplitRows rowsOf(int rows) {
        int a = (int) Math.round(train * rows);
        int b = (int) Math.round((train + validation) * rows);
        b = Math.min(Math.max(b, a), rows);
        return new SplitRows(rows, Math.min(a, rows), b);
    }
}
