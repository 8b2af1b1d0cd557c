package org.rnnlab.report;

import java.util.ArrayList;
import java.util.List;

import org.rnnlab.text.Numbers;

/**
 * The across-time section's opening: at the longest length, the ratio ‖∂L/∂h_1‖ / ‖∂L/∂h_T‖ of
 * the top layer (median over seeds) at initialisation and after training, each variant called
 * vanishing below {@value #VANISH}, growing above {@value #GROW}, and steady in between.
 */
final class TimeFindings {

    static final double VANISH = 1e-2;
    static final double GROW = 1e2;

    private TimeFindings() {
    }

    static String text(StudyGrid grid) {
        int t = grid.longest();
        String before = phase(grid, t, false), after = phase(grid, t, true);
        if (before.isEmpty() && after.isEmpty()) {
            return "No run recorded ‖∂L/∂h_t‖, so this section has no data.";
        }
        List<String> sentences = new ArrayList<>();
        sentences.add("The ratio ‖∂L/∂h_1‖ / ‖∂L/∂h_T‖ at T = " + t
                + " says how much of the loss's gradient reaches the first step (median over seeds).");
        if (!before.isEmpty()) {
            sentences.add("At initialisation " + before + ".");
        }
        if (!after.isEmpty()) {
            sentences.add("After training " + after + ".");
        }
        return String.join(" ", sentences);
    }

    private static String phase(StudyGrid grid, int t, boolean afterTraining) {
        List<String> vanish = new ArrayList<>(), grow = new ArrayList<>(), steady = new ArrayList<>();
        for (GridCell c : grid.cellsAt(t)) {
            double r = c.timeRatio(afterTraining);
            if (Double.isNaN(r)) {
                continue;
            }
            String item = c.variant() + " (×" + Numbers.readable(r) + ")";
            (r < VANISH ? vanish : r > GROW ? grow : steady).add(item);
        }
        List<String> parts = new ArrayList<>();
        if (!vanish.isEmpty()) {
            parts.add("it vanished for " + Wording.list(vanish));
        }
        if (!grow.isEmpty()) {
            parts.add("it grew for " + Wording.list(grow));
        }
        if (!steady.isEmpty()) {
            parts.add("it stayed within a factor of " + Numbers.readable(GROW) + " either way for "
                    + Wording.list(steady));
        }
        return String.join("; ", parts);
    }
}
