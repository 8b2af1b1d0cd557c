package org.rnnlab.forecast;

import org.rnnlab.stats.BatchMeans;
import org.rnnlab.stats.Interval;
import org.rnnlab.text.Plural;

/**
 * A backtest's origins cut into consecutive groups that forecast (almost) no common rows, for the
 * batch-means intervals of its statistics ({@link BatchMeans}): the points of one origin share its
 * model state and window, and origins less than a horizon apart forecast some of the same rows, so
 * each group spans at least {@code b = max(⌈H/S⌉, ⌈n^{1/3}⌉)} origins ({@code H} rows ahead,
 * {@code S} rows between origins, n origins) and there are {@code k = ⌊n/b⌋} of them. Fewer than
 * {@value BatchMeans#MIN_BATCHES} groups give no interval.
 */
final class OriginGroups {

    private OriginGroups() {
    }

    /** The shortest group in origins: {@code max(⌈H/S⌉, ⌈n^{1/3}⌉)}, at most n. */
    static int length(BacktestResult r) {
        int n = r.origins().length;
        int every = n > 1 ? Math.max(1, r.origins()[1] - r.origins()[0]) : 1;
        return length(n, every, r.ahead()[r.ahead().length - 1]);
    }

    /** The shortest group of {@code n} origins {@code every} rows apart forecasting {@code horizon} rows ahead. */
    static int length(int n, int every, int horizon) {
        return BatchMeans.batchLength(n, (horizon + every - 1) / every);
    }

    /** The number of groups: {@code ⌊n / b⌋}. */
    static int count(BacktestResult r) {
        return r.origins().length / length(r);
    }

    /** True when {@code n} origins {@code every} rows apart, {@code horizon} rows ahead, form enough groups for an interval. */
    static boolean enough(int n, int every, int horizon) {
        return n > 0 && n / length(n, every, horizon) >= BatchMeans.MIN_BATCHES;
    }

    /** Why this backtest's statistics come without an interval, or null when they have one. */
    static String unavailable(BacktestResult r) {
        int n = r.origins().length, k = count(r);
        if (k >= BatchMeans.MIN_BATCHES) {
            return null;
        }
        int h = r.ahead()[r.ahead().length - 1];
        return Plural.of(n, "origin") + " " + Plural.of(h, "step") + " ahead form only " + Plural.of(k, "group")
                + " of origins that forecast different rows; at least " + BatchMeans.MIN_BATCHES + " are needed to say"
                + " how far these numbers may be from the method's";
    }

    /**
     * The 95 % interval of {@code Σ numerator / Σ denominator} (per origin, in origin order): of a
     * share in [0, 1], or of a ratio of positive sums on the log scale; null with too few groups, or a
     * group whose denominator (or, for a ratio, numerator) is not positive, or a share on which every
     * group agrees (the zero-width interval would claim a certainty that a few groups cannot give).
     */
    static Interval ratio(BacktestResult r, double[] numerator, double[] denominator, boolean share) {
        int k = count(r);
        if (k < BatchMeans.MIN_BATCHES || !BatchMeans.positiveSums(numerator, denominator, k, !share)) {
            return null;
        }
        if (!share) {
            return BatchMeans.ofPositiveRatio(numerator, denominator, k, 0.95);
        }
        Interval i = BatchMeans.ofShare(numerator, denominator, k, 0.95);
        return i.lower() < i.upper() ? i : null; // every group alike (all inside, say): no spread to estimate from

    }
}
