package org.rnnlab.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.ToDoubleFunction;

import org.rnnlab.experiment.RunResult;
import org.rnnlab.experiment.Variant;

/**
 * The depth families of a study: variants with the same recipe run at different numbers of stacked
 * layers (as {@code compare --layers 1,2,3,4} makes them, "tanh-L1" … "tanh-L4"), each family named
 * after its recipe's name without the depth suffix, with its runs by depth at the longest length.
 */
final class DepthGroups {

    /** One recipe across depths: its name and, per depth (ascending), its runs at the longest length. */
    record Family(String name, TreeMap<Integer, List<RunResult>> byDepth) {

        int deepest() {
            return byDepth.lastKey();
        }

        /** The median over the runs at {@code depth} of a per-run number (NaN ignored). */
        double median(int depth, ToDoubleFunction<RunResult> f) {
            return GridCell.median(byDepth.getOrDefault(depth, List.of()).stream().mapToDouble(f).toArray());
        }
    }

    private DepthGroups() {
    }

    static List<Family> of(StudyGrid grid) {
        Map<Variant, Family> families = new LinkedHashMap<>();
        int t = grid.longest();
        for (String v : grid.variants()) {
            GridCell cell = grid.cell(v, t);
            if (cell == null || cell.runs().isEmpty()) {
                continue;
            }
            int depth = cell.runs().get(0).spec().settings().layers();
            Variant key = grid.recipe(v).withName("recipe");
            Family f = families.computeIfAbsent(key, k -> new Family(v.replaceFirst("-L\\d+$", ""), new TreeMap<>()));
            f.byDepth().put(depth, cell.runs().stream().filter(r -> !r.failed()).toList());
        }
        return new ArrayList<>(families.values());
    }

    /** Whether the study ran some recipe at two or more depths. */
    static boolean isDepthStudy(List<Family> families) {
        return families.stream().anyMatch(f -> f.byDepth().size() >= 2);
    }

    /** Whether some run has a stacked network (two or more layers). */
    static boolean isStacked(List<Family> families) {
        return families.stream().anyMatch(f -> f.deepest() >= 2);
    }

    /** Mean over t of layer l's ‖∂L/∂h_t‖ of a run's first (or last) probe; NaN without it. */
    static double meanHiddenGradient(RunResult r, int layer, boolean afterTraining) {
        var g = afterTraining ? r.finalGradients() : r.initialGradients();
        if (g == null || layer >= g.hidden().length) {
            return Double.NaN;
        }
        double sum = 0.0;
        for (double v : g.hidden()[layer]) {
            sum += v;
        }
        double mean = sum / g.hidden()[layer].length;
        return mean > 0 && Double.isFinite(mean) ? mean : Double.NaN;
    }
}
