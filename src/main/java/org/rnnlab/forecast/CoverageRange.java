package org.rnnlab.forecast;

import java.util.List;

import org.rnnlab.stats.BlockBootstrap;
import org.rnnlab.stats.Interval;

/**
 * How far a backtest's empirical coverage could be from the coverage the method has: a 95 %
 * circular block bootstrap interval over origins ({@link BlockBootstrap}). The points of one origin
 * are one item (their steps share the origin's model state and window), and origins less than a
 * horizon apart forecast some of the same rows, so blocks span {@code b = max(⌈H/S⌉, ⌈n^{1/3}⌉)}
 * origins ({@code H} rows ahead, {@code S} rows between origins, n origins; the {@code n^{1/3}} rate
 * of Hall, Horowitz &amp; Jing 1995), at most n. The statistic is the pooled share of actual values
 * inside over the drawn origins' points. On a short backtest this interval is wide, which is the
 * honest answer: 25 origins 12 steps ahead cannot pin coverage to a few points.
 */
final class CoverageRange {

    /** Resamples per interval, as {@link org.rnnlab.stats.Bootstrap#RESAMPLES}. */
    static final int RESAMPLES = 2000;

    /** Fewer origins than this give no interval; nor do fewer than two blocks' worth (one block only rotates the series). */
    static final int MIN_ORIGINS = 5;

    private CoverageRange() {
    }

    /**
     * The interval for level index {@code l} of {@code points} (one target), or null with too few
     * origins: fewer than {@value #MIN_ORIGINS}, or fewer than two blocks, where every resample would be
     * the series itself, rotated, and the interval a point that claims a certainty it does not have.
     */
    static Interval of(BacktestResult r, List<BacktestResult.Point> points, int l) {
        int n = r.origins().length;
        int[] inside = new int[n], count = new int[n];
        for (BacktestResult.Point p : points) {
            if (Double.isFinite(p.lower()[l]) && Double.isFinite(p.upper()[l])) {
                count[p.origin()]++;
                inside[p.origin()] += p.actual() >= p.lower()[l] && p.actual() <= p.upper()[l] ? 1 : 0;
            }
        }
        int total = 0;
        for (int c : count) {
            total += c;
        }
        if (n < MIN_ORIGINS || n < 2 * block(r) || total == 0) {
            return null;
        }
        return BlockBootstrap.percentile(n, block(r), picks -> {
            double in = 0, all = 0;
            for (int j : picks) {
                in += inside[j];
                all += count[j];
            }
            return all == 0 ? 0 : in / all;
        }, RESAMPLES, 0.95, 1);
    }

    /** The block length in origins: {@code max(⌈H/S⌉, ⌈n^{1/3}⌉)}, at most n. */
    static int block(BacktestResult r) {
        int n = r.origins().length;
        int every = n > 1 ? Math.max(1, r.origins()[1] - r.origins()[0]) : 1;
        int horizon = r.ahead()[r.ahead().length - 1];
        int b = Math.max((horizon + every - 1) / every, (int) Math.ceil(Math.cbrt(n) - 1e-9));
        return Math.max(1, Math.min(n, b));
    }
}
