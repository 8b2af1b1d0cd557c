package org.rnnlab.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.rnnlab.diagnostics.Health;
import org.rnnlab.experiment.RunResult;
import org.rnnlab.text.Numbers;
import org.rnnlab.text.Plural;

/**
 * The tables section's opening: the range of median gradient norms and where it peaked, how much
 * the clipping variants clipped, the largest change of W_hh's spectral radius during training when
 * health was measured, and what the study cost.
 */
final class TableFindings {

    private TableFindings() {
    }

    static String text(StudyGrid grid, StudyDescription d) {
        List<String> sentences = new ArrayList<>();
        List<GridCell> withNorm = grid.cells().stream().filter(c -> Double.isFinite(c.medianNorm())).toList();
        if (!withNorm.isEmpty()) {
            GridCell lo = withNorm.stream().min(Comparator.comparingDouble(GridCell::medianNorm)).get();
            GridCell hi = withNorm.stream().max(Comparator.comparingDouble(GridCell::medianNorm)).get();
            sentences.add("Median gradient norms before clipping ran from " + Numbers.readable(lo.medianNorm()) + " (" + where(lo)
                    + ") to " + Numbers.readable(hi.medianNorm()) + " (" + where(hi) + ").");
        }
        List<String> clipping = new ArrayList<>();
        for (String v : grid.variants()) {
            double[] shares = grid.cellsOf(v).stream().mapToDouble(GridCell::clippedShare).filter(Double::isFinite).toArray();
            boolean clips = grid.auto(v) || grid.recipe(v).clipping().mode() != org.rnnlab.clip.Clipping.Mode.NONE;
            if (clips && shares.length > 0) {
                double min = java.util.Arrays.stream(shares).min().getAsDouble();
                double max = java.util.Arrays.stream(shares).max().getAsDouble();
                String range = Wording.percent(min).equals(Wording.percent(max)) ? Wording.percent(min)
                        : Wording.percent(min) + "–" + Wording.percent(max);
                clipping.add(v + " " + range);
            }
        }
        if (!clipping.isEmpty()) {
            sentences.add("Share of steps clipped, over the lengths: " + Wording.list(clipping) + ".");
        }
        String radius = radius(grid);
        if (!radius.isEmpty()) {
            sentences.add(radius);
        }
        String units = units(grid);
        if (!units.isEmpty()) {
            sentences.add(units);
        }
        sentences.add(cost(grid, d));
        return String.join(" ", sentences);
    }

    private static String where(GridCell c) {
        return c.variant() + ", T = " + c.length();
    }

    /** The largest change of ρ(W_hh) over training, top layer, median over seeds. */
    private static String radius(StudyGrid grid) {
        GridCell most = null;
        double change = 0, before = Double.NaN, after = Double.NaN;
        for (GridCell c : grid.cells()) {
            double b = c.health(false, TableFindings::topRadius), a = c.health(true, TableFindings::topRadius);
            if (Double.isFinite(a) && Double.isFinite(b) && (most == null || Math.abs(a - b) > change)) {
                most = c;
                change = Math.abs(a - b);
                before = b;
                after = a;
            }
        }
        if (most == null) {
            return "";
        }
        return "The spectral radius of W_hh changed most for " + where(most) + ": from " + Numbers.readable(before) + " to "
                + Numbers.readable(after) + " (top layer, median over seeds).";
    }

    /** The largest share of dead and of saturated units after training, when above 1%. */
    private static String units(StudyGrid grid) {
        List<String> parts = new ArrayList<>();
        GridCell dead = worst(grid, Health::dead), saturated = worst(grid, Health::saturation);
        if (dead != null) {
            parts.add("up to " + Wording.percent(dead.health(true, h -> top(h.dead()))) + " of " + dead.variant()
                    + "'s units were dead (T = " + dead.length() + ")");
        }
        if (saturated != null) {
            parts.add("up to " + Wording.percent(saturated.health(true, h -> top(h.saturation()))) + " of " + saturated.variant()
                    + "'s activations were saturated (T = " + saturated.length() + ")");
        }
        return parts.isEmpty() ? "" : "After training " + Wording.list(parts) + ".";
    }

    private static GridCell worst(StudyGrid grid, java.util.function.Function<Health, double[]> field) {
        return grid.cells().stream().filter(c -> c.health(true, h -> top(field.apply(h))) > 0.01)
                .max(Comparator.comparingDouble(c -> c.health(true, h -> top(field.apply(h))))).orElse(null);
    }

    private static double top(double[] perLayer) {
        return perLayer == null || perLayer.length == 0 ? Double.NaN : perLayer[perLayer.length - 1];
    }

    static double topRadius(Health h) {
        double[] r = h.spectralRadius();
        return r == null || r.length == 0 ? Double.NaN : r[r.length - 1];
    }

    private static String cost(StudyGrid grid, StudyDescription d) {
        double runSeconds = grid.records().stream().mapToDouble(RunResult::seconds).sum();
        String s = "The " + Plural.of(grid.records().size(), "run") + " took " + Wording.seconds(runSeconds) + " of computing time";
        if (Double.isFinite(d.seconds())) {
            s += " and the study " + Wording.seconds(d.seconds()) + " of wall time"
                    + (d.threads() > 0 ? " on " + Plural.of(d.threads(), "thread") : "");
        }
        return s + ".";
    }
}
