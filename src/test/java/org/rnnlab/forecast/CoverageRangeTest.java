package org.rnnlab.forecast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.rnnlab.stats.Interval;

/** The coverage's bootstrap interval over origins: block length, and intervals that contain what they should. */
class CoverageRangeTest {

    /** n origins {@code every} rows apart, {@code horizon} steps each; origin j's points inside when {@code inside[j]}. */
    private static BacktestResult result(int n, int every, int horizon, boolean[] inside) {
        int[] origins = new int[n], ahead = new int[horizon];
        for (int j = 0; j < n; j++) {
            origins[j] = 10 + j * every;
        }
        for (int k = 0; k < horizon; k++) {
            ahead[k] = k + 1;
        }
        List<BacktestResult.Point> points = new ArrayList<>();
        for (int j = 0; j < n; j++) {
            for (int k = 0; k < horizon; k++) {
                double actual = inside[j] ? 0 : 5;
                points.add(new BacktestResult.Point(0, j, k, origins[j] + k + 1, actual, new double[] {0, 0, 0, 0, 0},
                        new double[] {-1}, new double[] {1}));
            }
        }
        return new BacktestResult(List.of("y"), origins, ahead, 0, new int[n], new double[] {0.8}, 0, points,
                new double[] {1}, List.of("none"), 0, List.of(), new double[0][], "row");
    }

    @Test
    void blocksSpanTheOriginsThatShareRows_atLeastTheCubeRootOfTheirNumber() {
        assertEquals(12, CoverageRange.block(result(25, 1, 12, new boolean[25])));
        assertEquals(4, CoverageRange.block(result(25, 3, 12, new boolean[25])));
        assertEquals(5, CoverageRange.block(result(100, 1, 1, new boolean[100])), "⌈100^(1/3)⌉ = 5");
        assertEquals(6, CoverageRange.block(result(6, 1, 12, new boolean[6])), "at most n");
    }

    @Test
    void theIntervalContainsTheMeasuredShare_andIsAPointWhenEveryOriginAgrees() {
        boolean[] all = new boolean[30];
        java.util.Arrays.fill(all, true);
        BacktestResult r = result(30, 1, 3, all);
        Interval i = CoverageRange.of(r, r.points(), 0);
        assertEquals(1, i.lower(), 0);
        assertEquals(1, i.upper(), 0);
        boolean[] some = new boolean[30];
        for (int j = 0; j < some.length; j++) {
            some[j] = j % 5 != 0; // 80 % of origins inside
        }
        r = result(30, 1, 3, some);
        i = CoverageRange.of(r, r.points(), 0);
        assertTrue(i.contains(0.8) && i.upper() - i.lower() > 0.05, i.toString());
        assertNull(CoverageRange.of(result(4, 1, 3, some), result(4, 1, 3, some).points(), 0), "too few origins");
        BacktestResult oneBlock = result(11, 1, 12, some);
        assertNull(CoverageRange.of(oneBlock, oneBlock.points(), 0), "11 origins in blocks of 11: no interval");
    }
}
