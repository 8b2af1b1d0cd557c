package org.rnnlab.report;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

import org.rnnlab.diagnostics.Health;
import org.rnnlab.text.Numbers;

/** The report's tables in words: results per variant × length, health, settings and variants. */
final class SummaryTables {

    private SummaryTables() {
    }

    static Table results(StudyGrid grid) {
        List<List<String>> rows = new ArrayList<>();
        String metric = grid.cells().stream().map(GridCell::metric).filter(m -> !m.isEmpty()).findFirst().orElse("metric");
        for (GridCell c : grid.cells()) {
            CellStatistics s = CellStatistics.of(c);
            rows.add(List.of(c.variant(), String.valueOf(c.length()), String.valueOf(c.size()),
                    StatWording.rateCell(s.diverged()) + (c.failed() > 0 ? " (+" + c.failed() + " failed)" : ""),
                    c.firstDiverged() < 0 ? Numbers.MISSING : String.valueOf(c.firstDiverged()),
                    StatWording.rateCell(s.successes()), c.outcomes(), withInterval(c.finalLoss(), s.finalLoss()),
                    Numbers.readable(c.testValue()), Numbers.readable(c.maxState()),
                    withInterval(c.medianNorm(), s.medianNorm()), Numbers.readable(c.maxNorm()), clipped(s),
                    Numbers.readable(c.threshold()), Wording.seconds(c.seconds())));
        }
        return new Table("Results per variant and length (medians over seeds; final loss and test " + metric
                + " over the runs that did not diverge). Diverged and success: count of runs with the 95% Wilson interval of the "
                + "rate; medians and the clipped share (pooled over the runs' steps) with a 95% bootstrap interval over runs in "
                + "brackets when there are at least " + org.rnnlab.stats.Bootstrap.MIN_VALUES + " runs",
                List.of("variant", "T", "runs", "diverged", "first diverged at step", "success", "outcomes", "final loss",
                        "test " + metric, "max |h| at the end",
                        "median grad norm", "max grad norm", "steps clipped", "τ", "time per run"),
                rows, List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12));
    }

    /** "0.0065 [0.0053–0.0078]", or the median alone without an interval. */
    private static String withInterval(double median, org.rnnlab.stats.Interval interval) {
        return Numbers.readable(median) + (interval == null || Double.isNaN(median) ? "" : " [" + StatWording.medianBounds(interval) + "]");
    }

    /** "12% of 2000 [8–15%]": the share of clipped steps, their number, and the bootstrap interval when there is one. */
    private static String clipped(CellStatistics s) {
        if (s.steps() == 0) {
            return Numbers.MISSING;
        }
        String share = Wording.percent(s.clippedRate()) + " of " + s.steps();
        if (s.clippedShare() == null) {
            return share;
        }
        String lo = Wording.percent(s.clippedShare().lower()), hi = Wording.percent(s.clippedShare().upper());
        return share + " [" + (lo.equals(hi) ? lo : lo.replace("%", "") + "–" + hi) + "]";
    }

    /** The health table, or null when no run measured health. */
    static Table health(StudyGrid grid) {
        if (grid.cells().stream().noneMatch(GridCell::hasHealth)) {
            return null;
        }
        List<List<String>> rows = new ArrayList<>();
        for (GridCell c : grid.cells()) {
            rows.add(List.of(c.variant(), String.valueOf(c.length()), change(c, Health::saturation, true),
                    change(c, Health::dead, true), change(c, Health::spectralRadius, false),
                    product(c, false) + " → " + product(c, true)));
        }
        return new Table("Health of the top layer before → after training (medians over seeds; – where it does not apply)",
                List.of("variant", "T", "saturated units", "dead units", "spectral radius ρ(W_hh)", "∏ f' along the sequence"),
                rows, List.of(1, 2, 3, 4, 5));
    }

    private static String change(GridCell c, java.util.function.Function<Health, double[]> field, boolean share) {
        ToDoubleFunction<Health> top = h -> {
            double[] v = field.apply(h);
            return v == null || v.length == 0 ? Double.NaN : v[v.length - 1];
        };
        double before = c.health(false, top), after = c.health(true, top);
        if (Double.isNaN(before) && Double.isNaN(after)) {
            return Numbers.MISSING;
        }
        return share ? Wording.percent(before) + " → " + Wording.percent(after)
                : Numbers.readable(before) + " → " + Numbers.readable(after);
    }

    private static String product(GridCell c, boolean after) {
        return ActivationFindings.powerOfTen(c.health(after, h -> {
            double[] v = h.log10DerivativeProduct();
            return v == null || v.length == 0 ? Double.NaN : v[v.length - 1];
        }));
    }

    /** "0.167", or "0.21 at T = 10, 0.069 at T = 30" when the baseline depends on the length. */
    private static String baselines(StudyGrid grid) {
        if (!Double.isNaN(grid.commonBaseline())) {
            return Numbers.readable(grid.commonBaseline());
        }
        return String.join(", ", grid.lengths().stream().map(t -> Numbers.readable(grid.baseline(t)) + " at T = " + t).toList());
    }

    static Table settings(StudyDescription d, StudyGrid grid) {
        var s = d.settings();
        List<List<String>> rows = List.of(List.of("task", d.task()),
                List.of("baseline", d.baselineText().isEmpty() ? baselines(grid) : d.baselineText()),
                List.of("success", d.successText().isEmpty() ? Numbers.MISSING : d.successText()),
                List.of("hidden units × layers", s.hidden() + " × " + String.join(", ", grid.records().stream()
                        .map(r -> r.spec().settings().layers()).distinct().sorted().map(String::valueOf).toList())),
                List.of("batch size", String.valueOf(s.batchSize())), List.of("optimisation steps per run", String.valueOf(s.steps())),
                List.of("training / test sequences", s.trainSequences() + " / " + s.testSequences()),
                List.of("‖∂L/∂h_t‖ probed every", s.probeEvery() + " steps (and at the start and the end)"),
                List.of("divergence", "a non-finite loss or gradient, or a gradient norm above "
                        + Numbers.readable(s.divergence().factor()) + "× the median of the first " + s.divergence().referenceSteps()
                        + " steps"));
        return new Table("Settings shared by every run", List.of("setting", "value"), rows, List.of());
    }

    static Table variants(StudyDescription d, StudyGrid grid, VariantColours palette) {
        List<List<String>> rows = new ArrayList<>();
        List<String> colours = new ArrayList<>();
        for (String v : grid.variants()) {
            String recipe = d.variants().getOrDefault(v, grid.recipe(v).describe());
            if (grid.auto(v)) {
                var rule = grid.records().stream().filter(r -> r.variant().equals(v) && r.spec().auto() != null).findFirst().get()
                        .spec().auto();
                recipe += "; clipping threshold chosen per run: " + Numbers.readable(rule.factor()) + "× the median gradient norm of "
                        + rule.probeSteps() + " unclipped steps";
            }
            rows.add(List.of(v, recipe));
            colours.add(String.format("#%06x", palette.of(v).getRGB() & 0xffffff));
        }
        return new Table("Variants (each keeps its colour in every chart)", List.of("variant", "recipe"), rows, List.of(), colours);
    }
}
