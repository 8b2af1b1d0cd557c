package org.rnnlab.stats;

import java.util.Arrays;
import java.util.Random;
import java.util.function.ToDoubleFunction;

/**
 * The circular block bootstrap (Politis &amp; Romano 1992, "A circular block-resampling procedure
 * for stationary data"; the moving blocks of Künsch 1989 with the series wrapped into a circle):
 * for n items in time order whose neighbours are dependent, each resample joins {@code ⌈n/b⌉}
 * blocks of {@code b} consecutive items, each block starting at a uniform position in
 * {@code [0, n)} and running on modulo n, and keeps the first n indices. The percentile interval of
 * the statistic over the resamples then reflects the dependence within {@code b} items, which
 * resampling single items ({@link Bootstrap}) would hide; wrapping gives every item the same chance
 * to be drawn, where moving blocks under-draw both ends (which matters when {@code b} is a good
 * part of n). With {@code b = 1} it is the ordinary bootstrap.
 *
 * <p>Seeded and deterministic like {@link Bootstrap}: the same items, block and seed give the same
 * interval on any machine.
 */
public final class BlockBootstrap {

    private BlockBootstrap() {
    }

    /**
     * The percentile interval at {@code level} of {@code statistic} over {@code resamples} resamples
     * of n items in blocks of {@code block}; {@code statistic} receives the drawn indices (the array
     * is reused between resamples).
     */
    public static Interval percentile(int n, int block, ToDoubleFunction<int[]> statistic, int resamples, double level,
            long seed) {
        if (n < 1) {
            throw new IllegalArgumentException("a bootstrap needs at least one value");
        }
        if (block < 1 || block > n) {
            throw new IllegalArgumentException("the block length must be in [1, " + n + "], got " + block);
        }
        if (resamples < 1) {
            throw new IllegalArgumentException("resamples must be >= 1, got " + resamples);
        }
        if (!(level > 0 && level < 1)) {
            throw new IllegalArgumentException("level must be in (0, 1), got " + level);
        }
        Random rng = new Random(seed);
        int[] picks = new int[n];
        double[] statistics = new double[resamples];
        for (int r = 0; r < resamples; r++) {
            for (int i = 0; i < n; i += block) {
                int start = rng.nextInt(n);
                for (int j = 0; j < block && i + j < n; j++) {
                    picks[i + j] = (start + j) % n;
                }
            }
            statistics[r] = statistic.applyAsDouble(picks);
        }
        if (Arrays.stream(statistics).anyMatch(Double::isNaN)) {
            throw new IllegalArgumentException("a bootstrap statistic must be a number on every resample, got NaN");
        }
        Arrays.sort(statistics);
        double tail = (1 - level) / 2;
        return new Interval(Bootstrap.quantile(statistics, tail), Bootstrap.quantile(statistics, 1 - tail));
    }
}
