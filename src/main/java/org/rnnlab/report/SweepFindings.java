package org.rnnlab.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.rnnlab.experiment.AutoThreshold;
import org.rnnlab.experiment.RunOutcome;
import org.rnnlab.experiment.RunResult;
import org.rnnlab.text.Numbers;

/**
 * The threshold section's opening, per family of variants that differ only in clipping: which
 * levels diverged (over all lengths) and which never did, which level reached the lowest final
 * loss at the longest length against no clipping, how the share of clipped steps moved with τ,
 * and which τ the auto rule chose.
 */
final class SweepFindings {

    private SweepFindings() {
    }

    static String text(StudyGrid grid, List<ThresholdFamilies.Family> families) {
        if (families.isEmpty()) {
            return "";
        }
        List<String> paragraphs = new ArrayList<>();
        for (ThresholdFamilies.Family f : families) {
            paragraphs.add(family(grid, f));
        }
        return String.join(" ", paragraphs);
    }

    private static String family(StudyGrid grid, ThresholdFamilies.Family f) {
        List<String> sentences = new ArrayList<>();
        List<String> diverged = new ArrayList<>(), calm = new ArrayList<>(), calmPolicies = new ArrayList<>(),
                exploded = new ArrayList<>();
        boolean stateBeyondBound = false, clippedExploded = false;
        int calmRuns = -1;
        for (ThresholdFamilies.Level l : f.levels()) {
            List<GridCell> cells = grid.cellsOf(l.variant());
            int d = cells.stream().mapToInt(GridCell::diverged).sum();
            int n = cells.stream().mapToInt(GridCell::size).sum();
            if (d > 0) {
                long first = cells.stream().filter(c -> c.diverged() > 0).mapToLong(GridCell::firstDiverged).min().getAsLong();
                diverged.add((l.none() ? "without clipping " : "with " + name(l) + " ") + Wording.count(d, n, "run")
                        + " diverged (" + StatWording.ci(d, n) + (d == 1 ? "; at step " : "; first at step ") + first + ")");
            } else if (l.policy()) {
                calmPolicies.add(name(l));
                calmRuns = calmRuns == -1 || calmRuns == n ? n : 0;
            } else {
                calm.add(l.none() ? "none" : l.auto() ? "auto" : l.label());
                calmRuns = calmRuns == -1 || calmRuns == n ? n : 0;
            }
            int e = cells.stream().mapToInt(c -> c.count(RunOutcome.STATE_EXPLODED)).sum();
            if (e > 0) {
                exploded.add((l.none() ? "without clipping" : "with " + name(l)) + " in " + Wording.count(e, n, "run"));
                clippedExploded |= !l.none();
                stateBeyondBound |= cells.stream().mapToDouble(GridCell::maxState).anyMatch(x -> x > RunOutcome.STATE_BOUND);
            }
        }
        String head = "Among the " + f.name() + " variants (" + f.levels().size() + " clipping levels), ";
        if (diverged.isEmpty()) {
            sentences.add(head + "no run diverged at any level.");
        } else {
            List<String> calmAll = new ArrayList<>();
            if (!calm.isEmpty()) {
                calmAll.add("τ ∈ {" + String.join(", ", calm) + "}");
            }
            calmAll.addAll(calmPolicies);
            sentences.add(head + String.join("; ", diverged)
                    + (calmAll.isEmpty() ? "." : "; no run diverged with " + Wording.list(calmAll)
                            + (calmRuns > 0 ? " (" + StatWording.rateClause(0, calmRuns, "run") + (calmAll.size() > 1
                                    || calm.size() > 1 ? " each" : "") + ")" : "") + "."));
        }
        if (!exploded.isEmpty()) {
            sentences.add("The " + (stateBeyondBound ? "state or the loss" : "loss") + " exploded while the runs stayed finite "
                    + String.join("; ", exploded) + (clippedExploded ? ": clipping bounded the step, not the "
                    + (stateBeyondBound ? "state" : "loss") + "." : "."));
        }
        sentences.add(best(grid, f));
        String clipping = clipping(grid, f);
        if (!clipping.isEmpty()) {
            sentences.add(clipping);
        }
        return String.join(" ", sentences);
    }

    private static String best(StudyGrid grid, ThresholdFamilies.Family f) {
        int t = grid.longest();
        ThresholdFamilies.Level best = null;
        double bestLoss = Double.NaN, unclipped = Double.NaN;
        for (ThresholdFamilies.Level l : f.levels()) {
            GridCell c = grid.cell(l.variant(), t);
            double loss = c == null ? Double.NaN : c.finalLoss();
            if (l.none()) {
                unclipped = loss;
            }
            if (Double.isFinite(loss) && (best == null || loss < bestLoss)) {
                best = l;
                bestLoss = loss;
            }
        }
        if (best == null) {
            return "At T = " + t + " no level finished a run without diverging.";
        }
        double baseline = grid.baseline(t);
        org.rnnlab.stats.Interval interval = CellStatistics.of(grid.cell(best.variant(), t)).finalLoss();
        String ci = interval == null ? "" : ", 95% CI " + StatWording.medianBounds(interval);
        String s;
        if (Double.isFinite(baseline) && !(bestLoss < baseline)) {
            s = "At T = " + t + " no level got its median final loss below the baseline " + Numbers.readable(baseline)
                    + "; the closest was " + name(best) + " (" + Numbers.readable(bestLoss) + ci + ")";
        } else {
            s = "At T = " + t + " the lowest median final loss came with " + name(best) + " (" + Numbers.readable(bestLoss)
                    + ci + ")";
        }
        if (!best.none() && f.levels().stream().anyMatch(ThresholdFamilies.Level::none)) {
            s += Double.isFinite(unclipped) ? "; without clipping it was " + Numbers.readable(unclipped)
                    : "; without clipping every run diverged";
        }
        return s + ".";
    }

    private static String clipping(StudyGrid grid, ThresholdFamilies.Family f) {
        int t = grid.longest();
        List<ThresholdFamilies.Level> clipped = f.levels().stream().filter(l -> !l.none() && grid.cell(l.variant(), t) != null)
                .toList();
        List<String> parts = new ArrayList<>();
        if (clipped.size() >= 2) {
            Comparator<ThresholdFamilies.Level> byShare = Comparator.comparingDouble(l -> grid.cell(l.variant(), t).clippedShare());
            ThresholdFamilies.Level most = clipped.stream().max(byShare).get(), least = clipped.stream().min(byShare).get();
            parts.add("the share of clipped steps at T = " + t + " ran from " + Wording.percent(grid.cell(least.variant(), t).clippedShare())
                    + " with " + name(least) + " to " + Wording.percent(grid.cell(most.variant(), t).clippedShare()) + " with "
                    + name(most));
        }
        f.levels().stream().filter(ThresholdFamilies.Level::auto).forEach(l -> parts.add(auto(grid, l)));
        if (parts.isEmpty()) {
            return "";
        }
        String s = String.join("; ", parts);
        return Character.toUpperCase(s.charAt(0)) + s.substring(1) + ".";
    }

    private static String auto(StudyGrid grid, ThresholdFamilies.Level l) {
        AutoThreshold rule = grid.records().stream().filter(r -> r.variant().equals(l.variant()) && r.spec().auto() != null)
                .map(r -> r.spec().auto()).findFirst().get();
        double[] chosen = grid.records().stream().filter(r -> r.variant().equals(l.variant())).mapToDouble(RunResult::threshold)
                .filter(Double::isFinite).toArray();
        double share = grid.cellsOf(l.variant()).stream().mapToDouble(GridCell::clippedShare).filter(Double::isFinite).average()
                .orElse(Double.NaN);
        String range = "no threshold";
        if (chosen.length > 0) {
            String lo = Numbers.readable(java.util.Arrays.stream(chosen).min().getAsDouble());
            String hi = Numbers.readable(java.util.Arrays.stream(chosen).max().getAsDouble());
            range = lo.equals(hi) ? "τ = " + lo : "τ between " + lo + " and " + hi;
        }
        return "auto (" + Numbers.readable(rule.factor()) + "× the median norm of " + rule.probeSteps() + " unclipped steps) chose "
                + range + " and clipped " + Wording.percent(share) + " of steps on average";
    }

    private static String name(ThresholdFamilies.Level l) {
        if (l.rank() == 3) {
            return "AutoClip at p = " + Numbers.readable(l.threshold());
        }
        if (l.rank() == 4) {
            return "AGC at λ = " + Numbers.readable(l.threshold());
        }
        return l.none() ? "no clipping" : l.auto() ? "auto τ" : l.label().matches("[0-9.e-]+") ? "τ = " + l.label() : l.label();
    }
}
