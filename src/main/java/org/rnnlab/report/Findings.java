package org.rnnlab.report;

import java.util.List;

import org.rnnlab.experiment.RunOutcome;
import org.rnnlab.experiment.RunResult;
import org.rnnlab.text.Plural;

/**
 * The sentences that open each section of a report, written from the study's numbers: which
 * variants diverged where and when, which learned, how the gradient decays across time, what
 * clipping did. Each field is two or three sentences (the threshold field is empty when no
 * variants differ only in clipping).
 *
 * @param overview      what ran and the headline counts
 * @param explosion     divergence per variant and length, the largest spike otherwise
 * @param loss          lowest final loss and the baseline, at the shortest and longest length
 * @param timeGradients vanishing or growth of ‖∂L/∂h_t‖ across time, before and after training
 * @param lengths       success and final loss against sequence length
 * @param thresholds    the clipping-threshold comparison, or empty
 * @param activations   derivative products over the longest length, computed and measured
 * @param tables        norm ranges, clipping shares, spectral radius and cost
 * @param contrasts     pairs of variants that differ in one choice, with exact tests, or empty
 */
public record Findings(String overview, String explosion, String loss, String timeGradients, String lengths,
        String thresholds, String activations, String tables, String contrasts) {

    /** The findings of a study. */
    public static Findings of(List<RunResult> records, StudyDescription description) {
        return of(new StudyGrid(records), description);
    }

    static Findings of(StudyGrid grid, StudyDescription d) {
        return new Findings(overview(grid, d), ExplosionFindings.text(grid), LossFindings.text(grid),
                TimeFindings.text(grid), LengthFindings.text(grid),
                SweepFindings.text(grid, ThresholdFamilies.of(grid)), ActivationFindings.text(grid),
                TableFindings.text(grid, d), ContrastFindings.text(grid));
    }

    /** Every sentence, section after section (for a console summary). */
    public String all() {
        return String.join("\n\n", List.of(overview, explosion, loss, timeGradients, lengths, contrasts, thresholds, activations, tables)
                .stream().filter(s -> !s.isEmpty()).toList());
    }

    /** "By outcome: 4 solved, 2 learned, 6 baseline, 1 state-exploded, 5 diverged." (the classes of {@link RunOutcome}). */
    static String outcomes(List<RunResult> runs) {
        List<String> parts = new java.util.ArrayList<>();
        for (RunOutcome o : RunOutcome.values()) {
            long n = runs.stream().filter(x -> x.outcome() == o).count();
            if (n > 0) {
                parts.add(n + " " + o.id());
            }
        }
        return "By outcome: " + Wording.list(parts) + ".";
    }

    private static String overview(StudyGrid grid, StudyDescription d) {
        List<RunResult> r = grid.records();
        long diverged = r.stream().filter(RunResult::diverged).count();
        long failed = r.stream().filter(RunResult::failed).count();
        long success = r.stream().filter(RunResult::success).count();
        String shape = Plural.of(grid.variants().size(), "variant") + " × " + Plural.of(grid.lengths().size(), "length")
                + " × " + Plural.of(grid.seeds(), "seed");
        String s = "This study trained " + Plural.of(r.size(), "run") + " (" + shape + ") of up to "
                + d.settings().steps() + " steps on the " + d.task() + " task, at lengths T = "
                + Wording.list(grid.lengths().stream().map(String::valueOf).toList()) + ". ";
        s += (diverged == 0 ? "No run diverged" : diverged + " of " + r.size() + " runs diverged")
                + (failed > 0 ? ", " + Plural.of(failed, "run") + " failed with an error" : "") + ", and "
                + (success == 0 ? "none" : success + " of " + r.size()) + " met the success criterion"
                + (grid.seeds() > 1 ? " (each variant's rates per length, with 95% intervals, are in the tables)." : ".");
        return s + " " + outcomes(r);
    }
}
