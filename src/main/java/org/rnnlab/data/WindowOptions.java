package org.rnnlab.data;

/**
 * How a series is cut into windows. The window starting at row {@code i} takes rows
 * {@code i … i+window−1} as input (every feature column). Many-to-one, its target is the target
 * column(s) at row {@code i+window−1+horizon}; many-to-many, step {@code j} of the window has the
 * target at row {@code i+j+horizon} (next-step prediction at every step when horizon is 1).
 * Consecutive windows start {@code stride} rows apart.
 *
 * @param window     window length T, the number of input steps (≥ 1)
 * @param horizon    how many rows after the input the target lies (≥ 1)
 * @param stride     rows between the starts of consecutive windows (≥ 1)
 * @param manyToMany a target at every step instead of one after the last step
 */
public record WindowOptions(int window, int horizon, int stride, boolean manyToMany) {

    public WindowOptions {
        if (window < 1) {
            throw new IllegalArgumentException("window must be >= 1, got " + window);
        }
        if (horizon < 1) {
            throw new IllegalArgumentException("horizon must be >= 1, got " + horizon);
        }
        if (stride < 1) {
            throw new IllegalArgumentException("stride must be >= 1, got " + stride);
        }
        if ((long) window + horizon > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("window + horizon must fit an int, got " + window + " + " + horizon);
        }
    }

    /** Many-to-one windows with stride 1. */
    public static WindowOptions of(int window, int horizon) {
        return new WindowOptions(window, horizon, 1, false);
    }

    public WindowOptions withStride(int stride) {
        return new WindowOptions(window, horizon, stride, manyToMany);
    }

    public WindowOptions withManyToMany(boolean manyToMany) {
        return new WindowOptions(window, horizon, stride, manyToMany);
    }

    /** Rows one window spans, input and target together: {@code window + horizon}. */
    public int span() {
        return window + horizon;
    }
}
