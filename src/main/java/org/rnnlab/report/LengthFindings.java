package org.rnnlab.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.rnnlab.text.Numbers;

/**
 * The length section's opening: at which lengths each variant met the task's success criterion in
 * at least half its seeds (or that none did, with the best test figure reached), and how the final
 * loss moved from the shortest to the longest length. The best test figure is the lowest one,
 * except for accuracies, where it is the highest. The criterion itself is stated in the
 * report's setup and the chart's caption.
 */
final class LengthFindings {

    private LengthFindings() {
    }

    static String text(StudyGrid grid) {
        List<String> sentences = new ArrayList<>();
        List<String> solved = new ArrayList<>(), never = new ArrayList<>();
        for (String v : grid.variants()) {
            List<Integer> where = grid.cellsOf(v).stream().filter(c -> c.successRate() >= 0.5).map(GridCell::length).toList();
            if (where.isEmpty()) {
                never.add(v);
            } else {
                solved.add(v + " at " + Wording.lengths(where, grid.lengths()));
            }
        }
        if (solved.isEmpty()) {
            Comparator<GridCell> better = Comparator.comparingDouble(GridCell::testValue);
            GridCell best = grid.cells().stream().filter(c -> Double.isFinite(c.testValue()))
                    .min(grid.cells().get(0).metric().contains("accuracy") ? better.reversed() : better).orElse(null);
            sentences.add("No variant met the success criterion in at least half its seeds at any length"
                    + (best == null ? "." : "; the best median test " + best.metric() + " was " + Numbers.readable(best.testValue())
                            + " (" + best.variant() + ", T = " + best.length() + ")."));
        } else {
            sentences.add("Meeting the success criterion in at least half the seeds: " + String.join("; ", solved)
                    + (never.isEmpty() ? "." : "; " + Wording.list(never) + " at no length."));
        }
        if (grid.lengths().size() > 1) {
            sentences.add(trend(grid));
        }
        return String.join(" ", sentences);
    }

    /** "Median final losses were 0.0015–0.15 at T = 10 and 0.056–0.17 at T = 100." */
    private static String trend(StudyGrid grid) {
        int shortest = grid.lengths().get(0), longest = grid.longest();
        return "Median final losses were " + range(grid, shortest) + " at T = " + shortest + " and " + range(grid, longest)
                + " at T = " + longest + ".";
    }

    private static String range(StudyGrid grid, int t) {
        double[] v = grid.cellsAt(t).stream().mapToDouble(GridCell::finalLoss).filter(Double::isFinite).toArray();
        if (v.length == 0) {
            return "missing (every run diverged)";
        }
        double lo = java.util.Arrays.stream(v).min().getAsDouble(), hi = java.util.Arrays.stream(v).max().getAsDouble();
        return v.length == 1 ? Numbers.readable(lo) : Numbers.readable(lo) + "–" + Numbers.readable(hi);
    }
}
