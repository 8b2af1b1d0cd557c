package org.rnnlab.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.rnnlab.experiment.RunResult;
import org.rnnlab.experiment.Variant;
import org.rnnlab.text.Numbers;

/**
 * A study's runs arranged as variants × lengths, each cell holding its seeds. Variants keep the
 * order in which they first appear in the records (the order the study listed them), lengths and
 * seeds are ascending. A combination that has no run has no cell.
 */
final class StudyGrid {

    private final List<RunResult> records;
    private final List<String> variants;
    private final List<Integer> lengths;
    private final int seeds;
    private final Map<String, Variant> recipes = new LinkedHashMap<>();
    private final Map<String, GridCell> cells = new LinkedHashMap<>();

    StudyGrid(List<RunResult> records) {
        if (records == null || records.isEmpty()) {
            throw new IllegalArgumentException("a report needs at least one run record");
        }
        this.records = List.copyOf(records);
        Map<String, Map<Integer, List<RunResult>>> byVariant = new LinkedHashMap<>();
        TreeSet<Integer> lengthSet = new TreeSet<>();
        TreeSet<Integer> seedSet = new TreeSet<>();
        for (RunResult r : this.records) {
            recipes.putIfAbsent(r.variant(), r.spec().variant());
            byVariant.computeIfAbsent(r.variant(), k -> new LinkedHashMap<>())
                    .computeIfAbsent(r.length(), k -> new ArrayList<>()).add(r);
            lengthSet.add(r.length());
            seedSet.add(r.spec().seed());
        }
        this.variants = List.copyOf(byVariant.keySet());
        this.lengths = List.copyOf(lengthSet);
        this.seeds = seedSet.size();
        for (String v : variants) {
            for (int t : lengths) {
                List<RunResult> runs = byVariant.get(v).get(t);
                if (runs != null) {
                    runs.sort((a, b) -> Integer.compare(a.spec().seed(), b.spec().seed()));
                    cells.put(key(v, t), GridCell.of(v, t, runs));
                }
            }
        }
    }

    List<RunResult> records() {
        return records;
    }

    List<String> variants() {
        return variants;
    }

    List<Integer> lengths() {
        return lengths;
    }

    int longest() {
        return lengths.get(lengths.size() - 1);
    }

    /** How many distinct seeds the study ran. */
    int seeds() {
        return seeds;
    }

    /** The recipe of a variant, as its first run recorded it. */
    Variant recipe(String variant) {
        return recipes.get(variant);
    }

    /**
     * The variant's name for sentences, with its clipping threshold when it clips: "tanh",
     * "tanh-clip1 (τ = 1)", "tanh-auto (auto τ)".
     */
    String label(String variant) {
        if (auto(variant)) {
            return variant + " (auto τ)";
        }
        org.rnnlab.clip.Clipping c = recipe(variant).clipping();
        return switch (c.mode()) {
            case NONE -> variant;
            case GLOBAL_NORM -> variant + " (τ = " + Numbers.readable(c.threshold()) + ")";
            default -> variant + " (" + c.label() + ")";
        };
    }

    /** True when the variant's runs chose their clipping threshold themselves. */
    boolean auto(String variant) {
        return records.stream().anyMatch(r -> r.variant().equals(variant) && r.spec().auto() != null);
    }

    /**
     * The loss of the task's trivial predictor at this length (from the task of its runs), NaN if
     * the task has none. Some baselines depend on the length (the copy task's does).
     */
    double baseline(int length) {
        return records.stream().filter(r -> r.length() == length).findFirst().map(r -> r.spec().task().baselineLoss())
                .orElse(Double.NaN);
    }

    /** The baseline when every length has the same one, NaN otherwise. */
    double commonBaseline() {
        double first = baseline(lengths.get(0));
        return lengths.stream().allMatch(t -> baseline(t) == first) ? first : Double.NaN;
    }

    /** The cell, or null when the study did not run this combination. */
    GridCell cell(String variant, int length) {
        return cells.get(key(variant, length));
    }

    /** Every cell, variant by variant, each by ascending length. */
    List<GridCell> cells() {
        return List.copyOf(cells.values());
    }

    /** The cells of one variant by ascending length. */
    List<GridCell> cellsOf(String variant) {
        return lengths.stream().map(t -> cell(variant, t)).filter(c -> c != null).toList();
    }

    /** The cells at one length in variant order. */
    List<GridCell> cellsAt(int length) {
        return variants.stream().map(v -> cell(v, length)).filter(c -> c != null).toList();
    }

    private static String key(String variant, int length) {
        return variant + "\u0000" + length;
    }
}
