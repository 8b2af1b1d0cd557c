package org.rnnlab.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.rnnlab.activation.ActivationKind;
import org.rnnlab.cell.CellType;
import org.rnnlab.experiment.RunResult;
import org.rnnlab.experiment.Variant;
import org.rnnlab.stats.Counts;
import org.rnnlab.stats.FisherExact;
import org.rnnlab.stats.PermutationTest;

/**
 * The contrasts a study can state as findings, with their exact tests: pairs of variants that
 * differ in one choice only — clipping (each clipped level against none, from
 * {@link ThresholdFamilies}) or the activation of a vanilla cell (tanh against ReLU) — compared at
 * every length both ran.
 *
 * <ul>
 * <li>Divergence, per length: Fisher's exact test on the 2×2 table diverged / not × first / second;
 * over all lengths: the exact test stratified by length (no pooling of lengths into one table).</li>
 * <li>Final loss, per length: the exact permutation test on ranks, with a diverged run as +∞ (worse
 * than any finite loss); runs that failed with an error are left out.</li>
 * </ul>
 */
final class Contrasts {

    /** What the two variants of a contrast differ in. */
    enum Kind {
        CLIPPING, ACTIVATION
    }

    /**
     * Two variants at one length.
     *
     * @param length      T
     * @param first       the first variant's diverged runs among its runs
     * @param second      the second's
     * @param divergenceP Fisher's two-sided p-value for the difference in divergence
     * @param firstLoss   the first variant's median final loss over its runs that did not diverge (NaN if none)
     * @param secondLoss  the second's
     * @param lossP       the permutation test's two-sided p-value on final losses (diverged = +∞)
     * @param lower       which variant had the lower loss (by median with diverged runs as +∞), or null for a tie
     * @param smallestP   the smallest two-sided p-value Fisher's test could give with these numbers of runs
     */
    record AtLength(int length, Counts first, Counts second, double divergenceP, double firstLoss, double secondLoss,
            double lossP, String lower, double smallestP) {
    }

    /** A pair of variants and its tests; {@code stratifiedP} is the divergence test over all its lengths. */
    record Contrast(Kind kind, String first, String second, List<AtLength> lengths, double stratifiedP) {

        int diverged(boolean ofFirst) {
            return lengths.stream().mapToInt(l -> (ofFirst ? l.first() : l.second()).events()).sum();
        }

        int runs(boolean ofFirst) {
            return lengths.stream().mapToInt(l -> (ofFirst ? l.first() : l.second()).trials()).sum();
        }
    }

    private Contrasts() {
    }

    static List<Contrast> of(StudyGrid grid) {
        List<Contrast> out = new ArrayList<>();
        for (ThresholdFamilies.Family f : ThresholdFamilies.of(grid)) {
            f.levels().stream().filter(ThresholdFamilies.Level::none).findFirst().ifPresent(none -> f.levels().stream()
                    .filter(l -> !l.none()).forEach(l -> add(out, grid, Kind.CLIPPING, none.variant(), l.variant())));
        }
        Map<Variant, List<String>> byRecipe = new LinkedHashMap<>();
        for (String v : grid.variants()) {
            Variant r = grid.recipe(v);
            if (r.cell() == CellType.RNN && !grid.auto(v)) {
                byRecipe.computeIfAbsent(r.withActivation(ActivationKind.TANH.create()).withName("recipe"), k -> new ArrayList<>()).add(v);
            }
        }
        for (List<String> members : byRecipe.values()) {
            for (int i = 0; i < members.size(); i++) {
                for (int j = i + 1; j < members.size(); j++) {
                    add(out, grid, Kind.ACTIVATION, members.get(i), members.get(j));
                }
            }
        }
        return out;
    }

    private static void add(List<Contrast> out, StudyGrid grid, Kind kind, String first, String second) {
        List<AtLength> lengths = new ArrayList<>();
        List<int[]> tables = new ArrayList<>();
        for (int t : grid.lengths()) {
            GridCell a = grid.cell(first, t), b = grid.cell(second, t);
            if (a == null || b == null) {
                continue;
            }
            AtLength at = atLength(a, b);
            if (at != null) {
                lengths.add(at);
                tables.add(new int[] {at.first().events(), at.first().trials() - at.first().events(), at.second().events(),
                        at.second().trials() - at.second().events()});
            }
        }
        if (!lengths.isEmpty()) {
            out.add(new Contrast(kind, first, second, lengths, FisherExact.stratifiedTwoSided(tables)));
        }
    }

    /** The tests at one length, or null when either side has no run that trained. */
    private static AtLength atLength(GridCell a, GridCell b) {
        double[] x = losses(a), y = losses(b);
        if (x.length == 0 || y.length == 0) {
            return null;
        }
        Counts first = new Counts((int) a.runs().stream().filter(r -> !r.failed() && r.diverged()).count(), x.length);
        Counts second = new Counts((int) b.runs().stream().filter(r -> !r.failed() && r.diverged()).count(), y.length);
        double lossP = PermutationTest.ranksTwoSided(x, y, CellStatistics.seed(a) ^ CellStatistics.seed(b));
        double mx = GridCell.median(x), my = GridCell.median(y);
        String lower = mx < my ? a.variant() : my < mx ? b.variant() : null;
        return new AtLength(a.length(), first, second, FisherExact.twoSided(first, second), a.finalLoss(), b.finalLoss(), lossP,
                lower, smallestP(x.length, y.length));
    }

    /** Final losses of the runs that trained, +∞ for those that diverged. */
    private static double[] losses(GridCell c) {
        return c.runs().stream().filter(r -> !r.failed())
                .mapToDouble(r -> r.diverged() ? Double.POSITIVE_INFINITY : finite(r)).toArray();
    }

    private static double finite(RunResult r) {
        double l = r.steps().finalLoss();
        return Double.isNaN(l) ? Double.POSITIVE_INFINITY : l;
    }

    /** The smallest two-sided p Fisher's test gives for any outcome with n₁ and n₂ runs (0 past 60 runs a side). */
    static double smallestP(int n1, int n2) {
        if (n1 > 60 || n2 > 60) {
            return 0.0;
        }
        double smallest = 1.0;
        for (int a = 0; a <= n1; a++) {
            smallest = Math.min(smallest, Math.min(FisherExact.twoSided(a, n1 - a, 0, n2), FisherExact.twoSided(a, n1 - a, n2, 0)));
        }
        return smallest;
    }
}
