package org.rnnlab.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.rnnlab.clip.Clipping;
import org.rnnlab.experiment.RunResult;
import org.rnnlab.experiment.Variant;
import org.rnnlab.text.Numbers;

/**
 * The threshold sweeps hidden in a study: variants whose recipes are the same apart from clipping
 * (tanh, tanh-clip1, tanh-clip5; or a sweep's none, 0.5, 1, ..., auto) form a family, and a family
 * with two or more clipping levels gets the threshold chart. Levels run from "none" through the
 * thresholds in ascending order to "auto".
 */
final class ThresholdFamilies {

    /**
     * One clipping level of a family: the variant that ran it and its axis label; {@code rank} orders
     * the kinds of level (0 none, 1 a fixed global τ, 2 auto τ, 3 AutoClip, 4 AGC, 5 the other rules),
     * {@code threshold} the levels of one kind.
     */
    record Level(String variant, String label, boolean auto, boolean none, double threshold, int rank) {

        /** True for a level that is not a global-norm τ: AutoClip, AGC, per-parameter or value clipping. */
        boolean policy() {
            return rank >= 3;
        }
    }

    /** Variants differing only in clipping, named after their common prefix. */
    record Family(String name, List<Level> levels) {
    }

    private ThresholdFamilies() {
    }

    static List<Family> of(StudyGrid grid) {
        Map<Variant, List<String>> groups = new LinkedHashMap<>();
        for (String v : grid.variants()) {
            Variant key = grid.recipe(v).withClipping(Clipping.none()).withName("recipe");
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(v);
        }
        List<Family> families = new ArrayList<>();
        for (List<String> members : groups.values()) {
            if (members.size() < 2) {
                continue;
            }
            List<Level> levels = new ArrayList<>(members.stream().map(v -> level(grid, v)).toList());
            levels.sort(Comparator.comparingInt(Level::rank).thenComparingDouble(Level::threshold));
            families.add(new Family(commonName(members), dedupe(levels)));
        }
        return families;
    }

    private static Level level(StudyGrid grid, String variant) {
        double[] chosen = grid.records().stream().filter(r -> r.variant().equals(variant))
                .mapToDouble(RunResult::threshold).filter(Double::isFinite).toArray();
        if (grid.auto(variant)) {
            return new Level(variant, "auto τ≈" + Numbers.readable(GridCell.median(chosen)), true, false, GridCell.median(chosen), 2);
        }
        Clipping c = grid.recipe(variant).clipping();
        return switch (c.mode()) {
            case NONE -> new Level(variant, "none", false, true, Double.NEGATIVE_INFINITY, 0);
            case GLOBAL_NORM -> new Level(variant, Numbers.readable(c.threshold()), false, false, c.threshold(), 1);
            case AUTOCLIP -> new Level(variant, "AC p=" + Numbers.readable(c.threshold()), false, false, c.threshold(), 3);
            case AGC -> new Level(variant, "AGC λ=" + Numbers.readable(c.threshold()), false, false, c.threshold(), 4);
            default -> new Level(variant, c.label(), false, false, c.threshold(), 5);
        };
    }

    /** Two variants with the same level keep their names in the label, so categories stay distinct. */
    private static List<Level> dedupe(List<Level> levels) {
        List<Level> out = new ArrayList<>();
        for (Level l : levels) {
            boolean clash = levels.stream().filter(o -> o.label().equals(l.label())).count() > 1;
            out.add(clash ? new Level(l.variant(), l.label() + " [" + l.variant() + "]", l.auto(), l.none(), l.threshold(), l.rank())
                    : l);
        }
        return out;
    }

    private static String commonName(List<String> names) {
        String prefix = names.get(0);
        for (String n : names) {
            int i = 0;
            while (i < prefix.length() && i < n.length() && prefix.charAt(i) == n.charAt(i)) {
                i++;
            }
            prefix = prefix.substring(0, i);
        }
        prefix = prefix.replaceAll("[-_.+]+$", "");
        return prefix.isEmpty() ? names.get(0) : prefix;
    }
}
