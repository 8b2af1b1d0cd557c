package org.rnnlab.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.rnnlab.text.Numbers;

/**
 * The loss section's opening: at the shortest and the longest length, which variant reached the
 * lowest final loss (median over the seeds that did not diverge) and which got below half the
 * task's baseline, the loss of a constant prediction; half the baseline is the line between having
 * learned something and predicting the mean.
 */
final class LossFindings {

    private LossFindings() {
    }

    static String text(StudyGrid grid) {
        List<String> sentences = new ArrayList<>();
        List<Integer> lengths = grid.lengths();
        List<Integer> shown = lengths.size() == 1 ? lengths : List.of(lengths.get(0), grid.longest());
        for (int t : shown) {
            sentences.add(atLength(grid, t, grid.baseline(t)));
        }
        return String.join(" ", sentences);
    }

    private static String atLength(StudyGrid grid, int t, double baseline) {
        List<GridCell> cells = grid.cellsAt(t);
        List<GridCell> finished = cells.stream().filter(c -> Double.isFinite(c.finalLoss())).toList();
        List<String> allDiverged = cells.stream().filter(GridCell::noneFinished).map(c -> grid.label(c.variant())).toList();
        if (finished.isEmpty()) {
            return "At T = " + t + " no run finished without diverging or failing.";
        }
        GridCell best = finished.stream().min(Comparator.comparingDouble(GridCell::finalLoss)).get();
        if (Double.isFinite(baseline) && !(best.finalLoss() < baseline)) {
            return "At T = " + t + " no variant got below the baseline loss " + Numbers.readable(baseline)
                    + " (a constant prediction): the closest, " + best.variant() + ", ended at " + Numbers.readable(best.finalLoss())
                    + (allDiverged.isEmpty() ? "" : " (every run of " + Wording.list(allDiverged) + " diverged)") + ".";
        }
        StringBuilder s = new StringBuilder("At T = " + t + " the lowest final loss was " + best.variant() + "'s "
                + Numbers.readable(best.finalLoss()));
        String interval = StatWording.medianNote(CellStatistics.of(best).finalLoss());
        if (Double.isFinite(baseline)) {
            s.append(interval.isEmpty() ? " (" : interval.substring(0, interval.length() - 1) + "; ")
                    .append("baseline ").append(Numbers.readable(baseline)).append(")");
            List<String> above = finished.stream().filter(c -> !(c.finalLoss() < baseline / 2)).map(c -> c.variant()).toList();
            if (above.isEmpty()) {
                s.append(", and every variant that finished ended below half the baseline");
            } else if (above.size() == finished.size()) {
                s.append(", and no variant got below half the baseline");
            } else {
                s.append("; ").append(Wording.list(above)).append(" did not get below half the baseline");
            }
        } else {
            GridCell worst = finished.stream().max(Comparator.comparingDouble(GridCell::finalLoss)).get();
            s.append(interval).append(", the highest ").append(worst.variant()).append("'s ").append(Numbers.readable(worst.finalLoss()));
        }
        if (!allDiverged.isEmpty()) {
            s.append(" (every run of ").append(Wording.list(allDiverged)).append(" diverged)");
        }
        return s.append(".").toString();
    }
}
