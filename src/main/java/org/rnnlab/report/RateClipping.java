package org.rnnlab.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.rnnlab.clip.Clipping;
import org.rnnlab.experiment.RunResult;
import org.rnnlab.experiment.Variant;
import org.rnnlab.optim.Schedule;
import org.rnnlab.text.Numbers;

/**
 * The learning-rate × clipping section of a study whose variants differ only in a constant learning
 * rate η and their clipping (as {@code sweep --lrs} makes them): a table of diverged runs and final
 * loss per η and clipping level, and the sentence that says which rates stayed finite only with
 * clipping — the unclipped runs at that η diverged at least once, while some clipping level kept every
 * run of every length and seed finite (Pascanu et al. 2013; Zhang et al. 2020).
 */
final class RateClipping {

    /** One variant: its learning rate, whether it clips, and its column label. */
    private record Entry(String variant, double rate, boolean clips, String level) {
    }

    private RateClipping() {
    }

    /** The section, when the study crosses two or more learning rates with an unclipped and a clipped level. */
    static Optional<Section> section(StudyGrid grid) {
        Map<Variant, List<Entry>> groups = new LinkedHashMap<>();
        for (String v : grid.variants()) {
            Variant recipe = grid.recipe(v);
            if (!(recipe.optimizer().schedule() instanceof Schedule.Constant c)) {
                continue;
            }
            Variant key = recipe.withClipping(Clipping.none()).withName("recipe")
                    .withOptimizer(recipe.optimizer().withSchedule(new Schedule.Constant(1.0)));
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(entry(grid, v, c.rate()));
        }
        List<List<Entry>> crossed = groups.values().stream().filter(RateClipping::crosses).toList();
        if (crossed.isEmpty()) {
            return Optional.empty();
        }
        List<String> sentences = new ArrayList<>();
        List<Table> tables = new ArrayList<>();
        for (List<Entry> g : crossed) {
            sentences.add(findings(grid, g));
            tables.add(table(grid, g));
        }
        return Optional.of(new Section("rates", "Learning rate and clipping", String.join(" ", sentences), List.of(), List.of(),
                tables));
    }

    private static Entry entry(StudyGrid grid, String variant, double rate) {
        Clipping c = grid.recipe(variant).clipping();
        boolean auto = grid.auto(variant);
        String level = auto ? "auto τ" : c.mode() == Clipping.Mode.NONE ? "none"
                : c.mode() == Clipping.Mode.GLOBAL_NORM ? "τ = " + Numbers.readable(c.threshold()) : c.label();
        return new Entry(variant, rate, auto || c.mode() != Clipping.Mode.NONE, level);
    }

    private static boolean crosses(List<Entry> g) {
        return g.stream().map(Entry::rate).distinct().count() >= 2 && g.stream().anyMatch(Entry::clips)
                && g.stream().anyMatch(e -> !e.clips());
    }

    /** Runs and diverged runs of a variant over every length and seed. */
    private static int[] divergedOf(StudyGrid grid, String variant) {
        List<RunResult> runs = grid.records().stream().filter(r -> r.variant().equals(variant)).toList();
        return new int[] {(int) runs.stream().filter(RunResult::diverged).count(), runs.size()};
    }

    private static String findings(StudyGrid grid, List<Entry> g) {
        TreeMap<Double, List<Entry>> byRate = byRate(g);
        List<String> onlyWith = new ArrayList<>(), without = new ArrayList<>(), never = new ArrayList<>();
        for (Map.Entry<Double, List<Entry>> e : byRate.entrySet()) {
            String eta = "η = " + Numbers.readable(e.getKey());
            List<Entry> unclipped = e.getValue().stream().filter(x -> !x.clips()).toList();
            List<String> safe = e.getValue().stream().filter(x -> x.clips() && divergedOf(grid, x.variant())[0] == 0)
                    .map(x -> x.level() + (aboveBaseline(grid, x.variant()) ? ", though its median final loss "
                            + Numbers.readable(medianLoss(grid, x.variant())) + " stayed more than 10% above the baseline "
                            + Numbers.readable(grid.commonBaseline()) : "")).toList();
            int[] none = {0, 0};
            for (Entry u : unclipped) {
                int[] d = divergedOf(grid, u.variant());
                none[0] += d[0];
                none[1] += d[1];
            }
            if (none[1] > 0 && none[0] == 0) {
                without.add(eta);
            } else if (none[0] > 0 && !safe.isEmpty()) {
                onlyWith.add(eta + " (unclipped: " + Wording.count(none[0], none[1], "run") + " diverged; finite with "
                        + Wording.list(safe) + ")");
            } else if (none[0] > 0) {
                never.add(eta);
            }
        }
        List<String> parts = new ArrayList<>();
        if (!onlyWith.isEmpty()) {
            parts.add("Stayed finite only with clipping: " + Wording.list(onlyWith) + ".");
        }
        if (!without.isEmpty()) {
            parts.add("Stayed finite without clipping: " + Wording.list(without) + ".");
        }
        if (!never.isEmpty()) {
            parts.add("Diverged at least once at every clipping level: " + Wording.list(never) + ".");
        }
        return "Across every length and seed, a learning rate counts as finite at a clipping level when none of its runs "
                + "diverged. " + String.join(" ", parts);
    }

    /** Whether the median final loss of the variant's finished runs is more than 10% above the study's common baseline. */
    private static boolean aboveBaseline(StudyGrid grid, String variant) {
        double baseline = grid.commonBaseline();
        return Double.isFinite(baseline) && medianLoss(grid, variant) > 1.1 * baseline;
    }

    private static double medianLoss(StudyGrid grid, String variant) {
        return GridCell.median(grid.records().stream().filter(r -> r.variant().equals(variant) && !r.diverged() && !r.failed())
                .mapToDouble(r -> r.steps().finalLoss()).toArray());
    }

    private static Table table(StudyGrid grid, List<Entry> g) {
        List<String> levels = new ArrayList<>();
        g.stream().filter(e -> !e.clips()).map(Entry::level).distinct().forEach(levels::add);
        g.stream().filter(Entry::clips).map(Entry::level).distinct().forEach(levels::add);
        List<String> header = new ArrayList<>(List.of("learning rate"));
        levels.forEach(header::add);
        List<List<String>> rows = new ArrayList<>();
        for (Map.Entry<Double, List<Entry>> e : byRate(g).entrySet()) {
            List<String> row = new ArrayList<>(List.of(Numbers.readable(e.getKey())));
            for (String level : levels) {
                row.add(e.getValue().stream().filter(x -> x.level().equals(level)).findFirst().map(x -> cell(grid, x.variant()))
                        .orElse(Numbers.MISSING));
            }
            rows.add(row);
        }
        List<Integer> numeric = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            numeric.add(i);
        }
        return new Table("Diverged runs (of all lengths and seeds) and the median final loss of the others, per learning rate "
                + "and clipping level", header, rows, numeric);
    }

    /** "0/6, 0.0123" or "6/6" when every run diverged. */
    private static String cell(StudyGrid grid, String variant) {
        int[] d = divergedOf(grid, variant);
        double loss = medianLoss(grid, variant);
        return d[0] + "/" + d[1] + (Double.isNaN(loss) ? "" : ", " + Numbers.readable(loss));
    }

    private static TreeMap<Double, List<Entry>> byRate(List<Entry> g) {
        TreeMap<Double, List<Entry>> m = new TreeMap<>();
        for (Entry e : g) {
            m.computeIfAbsent(e.rate(), k -> new ArrayList<>()).add(e);
        }
        return m;
    }
}
