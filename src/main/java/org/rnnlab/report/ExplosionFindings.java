package org.rnnlab.report;

import java.util.ArrayList;
import java.util.List;

import org.rnnlab.experiment.RunOutcome;
import org.rnnlab.experiment.RunResult;
import org.rnnlab.text.Numbers;
import org.rnnlab.text.Plural;

/**
 * The explosion section's opening, from the records: which variants diverged, at which lengths, in
 * how many runs and how early; which did not diverge anywhere; and, among the runs that finished,
 * the largest spike of the gradient norm relative to its run's median (or that there was none).
 */
final class ExplosionFindings {

    /** A spike smaller than this multiple of the run's median norm is not called a spike. */
    static final double SPIKE = 10.0;

    private ExplosionFindings() {
    }

    static String text(StudyGrid grid) {
        List<String> sentences = new ArrayList<>();
        List<String> diverging = new ArrayList<>();
        List<String> calm = new ArrayList<>();
        List<Integer> calmRuns = new ArrayList<>();
        for (String v : grid.variants()) {
            List<GridCell> cells = grid.cellsOf(v).stream().filter(c -> c.diverged() > 0).toList();
            if (cells.isEmpty()) {
                calm.add(grid.label(v));
                calmRuns.add(grid.cellsOf(v).stream().mapToInt(GridCell::size).sum());
                continue;
            }
            int runs = cells.stream().mapToInt(GridCell::size).sum();
            int diverged = cells.stream().mapToInt(GridCell::diverged).sum();
            long first = cells.stream().mapToLong(GridCell::firstDiverged).min().getAsLong();
            List<Integer> where = cells.stream().map(GridCell::length).toList();
            String unit = cells.size() == 1 ? "seed" : "run";
            diverging.add(grid.label(v) + " diverged in " + Wording.count(diverged, runs, unit) + " at "
                    + Wording.lengths(where, grid.lengths()) + " (" + StatWording.ci(diverged, runs) + "; "
                    + (diverged == 1 ? "at" : "first at") + " step " + first + ")");
        }
        if (diverging.isEmpty()) {
            int trained = (int) grid.records().stream().filter(r -> !r.failed()).count();
            sentences.add("No run diverged" + (trained == 0 ? "" : " (" + StatWording.rateClause(0, trained, "run") + ")")
                    + ": every variant trained all its steps at " + allLengths(grid) + ".");
        } else {
            sentences.add(String.join("; ", diverging) + ".");
            if (!calm.isEmpty()) {
                sentences.add(Wording.list(calm) + " did not diverge at "
                        + (grid.lengths().size() == 1 ? "T = " + grid.longest() : "any length") + calmRate(calmRuns) + ".");
            }
        }
        String exploded = stateExploded(grid);
        if (!exploded.isEmpty()) {
            sentences.add(exploded);
        }
        sentences.add(spike(grid));
        int failed = grid.cells().stream().mapToInt(GridCell::failed).sum();
        if (failed > 0) {
            String cause = grid.records().stream().filter(RunResult::failed).map(RunResult::cause).findFirst().orElse("");
            sentences.add(Plural.of(failed, "run") + " failed with an error (" + cause + ").");
        }
        return String.join(" ", sentences);
    }

    /**
     * The variants with runs that finished finite but with an exploded state or loss
     * ({@link RunOutcome#STATE_EXPLODED}); for a clipping variant, that clipping bounded the step, not
     * the state. Empty when no run exploded so.
     */
    static String stateExploded(StudyGrid grid) {
        List<String> parts = new ArrayList<>();
        boolean clippedState = false, clippedLoss = false;
        for (String v : grid.variants()) {
            List<GridCell> cells = grid.cellsOf(v).stream().filter(c -> c.count(RunOutcome.STATE_EXPLODED) > 0).toList();
            if (cells.isEmpty()) {
                continue;
            }
            List<RunResult> runs = cells.stream().flatMap(c -> c.runs().stream())
                    .filter(r -> r.outcome() == RunOutcome.STATE_EXPLODED).toList();
            int all = cells.stream().mapToInt(GridCell::size).sum();
            double state = runs.stream().filter(r -> r.finalState() != null).mapToDouble(r -> r.finalState().largest())
                    .filter(x -> !Double.isNaN(x)).max().orElse(Double.NaN);
            double loss = runs.stream().mapToDouble(r -> Math.max(r.testLoss(), r.steps().finalLoss()) / r.spec().task().baselineLoss())
                    .filter(Double::isFinite).max().orElse(Double.NaN);
            boolean byState = state > RunOutcome.STATE_BOUND;
            parts.add(grid.label(v) + " in " + Wording.count(runs.size(), all, cells.size() == 1 ? "seed" : "run") + " at "
                    + Wording.lengths(cells.stream().map(GridCell::length).toList(), grid.lengths()) + " ("
                    + (Double.isNaN(state) ? "" : "largest |h| " + Numbers.readable(state))
                    + (Double.isNaN(loss) ? "" : (Double.isNaN(state) ? "" : ", ") + "loss up to " + Numbers.readable(loss)
                    + "× the baseline") + ")");
            boolean clips = grid.auto(v) || grid.recipe(v).clipping().mode() != org.rnnlab.clip.Clipping.Mode.NONE;
            clippedState |= clips && byState;
            clippedLoss |= clips && !byState;
        }
        if (parts.isEmpty()) {
            return "";
        }
        String moral = clippedState ? " Where those runs clipped, clipping bounded the step, not the state."
                : clippedLoss ? " Those runs clipped and still blew up their loss: clipping bounded the step, not the loss."
                : "";
        return "Finite but exploded (a hidden state beyond " + Numbers.readable(RunOutcome.STATE_BOUND) + " or a test or training loss beyond "
                + Numbers.readable(RunOutcome.LOSS_FACTOR) + "× the baseline): " + String.join("; ", parts) + "." + moral;
    }

    /** The largest norm relative to its run's median among the runs that did not diverge. */
    private static String spike(StudyGrid grid) {
        RunResult worst = null;
        double worstRatio = 0.0, worstNorm = Double.NaN;
        int worstStep = -1;
        for (RunResult r : grid.records()) {
            if (r.diverged() || r.failed()) {
                continue;
            }
            double median = r.steps().medianNormBefore();
            double[] norms = r.steps().normBefore();
            for (int i = 0; i < norms.length; i++) {
                double ratio = norms[i] / median;
                if (Double.isFinite(ratio) && ratio > worstRatio) {
                    worst = r;
                    worstRatio = ratio;
                    worstNorm = norms[i];
                    worstStep = i;
                }
            }
        }
        if (worst == null) {
            return "No run finished without diverging, so there is no spike to compare.";
        }
        String where = worst.variant() + " at T = " + worst.length() + (grid.seeds() > 1 ? ", seed " + worst.spec().seed() : "")
                + ", step " + (worstStep + 1);
        if (worstRatio < SPIKE) {
            return "Among the runs that did not diverge, the gradient norm never rose above " + Numbers.readable(SPIKE)
                    + "× its run's median (the largest, " + Numbers.readable(worstNorm) + " for " + where + ", was "
                    + Numbers.readable(worstRatio) + "×).";
        }
        return "Among the runs that did not diverge, the largest spike was " + Numbers.readable(worstNorm) + " ("
                + Numbers.readable(worstRatio) + "× its run's median) for " + where + ".";
    }

    /** " (0 of 15 runs, 95% CI 0–0.2 each)", or per variant when their numbers of runs differ. */
    private static String calmRate(List<Integer> runs) {
        if (runs.stream().distinct().count() == 1) {
            return " (" + StatWording.rateClause(0, runs.get(0), "run") + (runs.size() == 1 ? "" : " each") + ")";
        }
        return " (" + String.join("; ", runs.stream().map(n -> StatWording.rateClause(0, n, "run")).toList()) + ")";
    }

    private static String allLengths(StudyGrid grid) {
        List<Integer> l = grid.lengths();
        return l.size() == 1 ? "T = " + l.get(0) : "every length (T = " + Wording.list(l.stream().map(String::valueOf).toList()) + ")";
    }
}
