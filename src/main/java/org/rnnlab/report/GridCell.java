package org.rnnlab.report;

import java.util.Arrays;
import java.util.List;
import java.util.function.ToDoubleFunction;

import org.rnnlab.diagnostics.Health;
import org.rnnlab.diagnostics.TimeGradients;
import org.rnnlab.experiment.RunOutcome;
import org.rnnlab.experiment.RunResult;

/**
 * The runs of one variant at one sequence length, summarised over their seeds. Medians are over
 * the runs where the figure exists: the final loss and test metric over runs that did not diverge
 * or fail (a diverged run's last loss says nothing about what it learned), the gradient norms and
 * clipping share over every run that trained.
 *
 * @param variant        the variant's name
 * @param length         the sequence length T
 * @param runs           the runs, in seed order
 * @param diverged       how many diverged
 * @param failed         how many failed with an error
 * @param firstDiverged  the earliest step at which one diverged, counted from 1; −1 if none did
 * @param successes      how many met the task's criterion
 * @param finalLoss      median final loss (mean of the last 10% of steps) of the runs that did not diverge
 * @param testValue      median test metric of those runs
 * @param metric         the test metric's name, or empty
 * @param medianNorm     median over runs of each run's median gradient norm before clipping
 * @param maxNorm        the largest finite gradient norm of any run
 * @param clippedShare   mean share of clipped steps
 * @param threshold      median clipping threshold (the chosen one for auto runs), NaN without clipping
 * @param seconds        mean wall time per run
 */
record GridCell(String variant, int length, List<RunResult> runs, int diverged, int failed, long firstDiverged,
        int successes, double finalLoss, double testValue, String metric, double medianNorm, double maxNorm,
        double clippedShare, double threshold, double seconds) {

    static GridCell of(String variant, int length, List<RunResult> runs) {
        List<RunResult> trained = runs.stream().filter(r -> !r.failed()).toList();
        List<RunResult> finished = trained.stream().filter(r -> !r.diverged()).toList();
        int diverged = (int) runs.stream().filter(RunResult::diverged).count();
        long first = runs.stream().filter(RunResult::diverged).mapToLong(r -> r.divergedStep() + 1).min().orElse(-1);
        int successes = (int) runs.stream().filter(RunResult::success).count();
        String metric = runs.stream().filter(r -> r.score() != null).map(r -> r.score().metric()).findFirst().orElse("");
        double maxNorm = trained.stream().flatMapToDouble(r -> Arrays.stream(r.steps().normBefore()))
                .filter(Double::isFinite).max().orElse(Double.NaN);
        return new GridCell(variant, length, List.copyOf(runs), diverged, runs.size() - trained.size(), first, successes,
                median(finished, r -> r.steps().finalLoss()),
                median(finished, r -> r.score() == null ? Double.NaN : r.score().value()), metric,
                median(trained, r -> r.steps().medianNormBefore()), maxNorm,
                mean(trained, r -> r.steps().clippedShare()), median(runs, RunResult::threshold),
                mean(runs, RunResult::seconds));
    }

    int size() {
        return runs.size();
    }

    /** How many of the runs had this outcome. */
    int count(RunOutcome outcome) {
        return (int) runs.stream().filter(r -> r.outcome() == outcome).count();
    }

    /** The largest |h| (or LSTM |c|) any run's state reached at its end, NaN when none was measured. */
    double maxState() {
        return runs.stream().filter(r -> r.finalState() != null).mapToDouble(r -> r.finalState().largest())
                .filter(x -> !Double.isNaN(x)).max().orElse(Double.NaN);
    }

    /** "2 solved, 1 state-exploded": the outcomes of the runs, in {@link RunOutcome}'s order, or "–" for none. */
    String outcomes() {
        java.util.List<String> parts = new java.util.ArrayList<>();
        for (RunOutcome o : RunOutcome.values()) {
            int n = count(o);
            if (n > 0) {
                parts.add(n + " " + o.id());
            }
        }
        return parts.isEmpty() ? org.rnnlab.text.Numbers.MISSING : String.join(", ", parts);
    }

    double successRate() {
        return runs.isEmpty() ? Double.NaN : (double) successes / runs.size();
    }

    /** True when every run diverged or failed, so there is no final loss to show. */
    boolean noneFinished() {
        return diverged + failed == runs.size();
    }

    /**
     * Median over the runs of ‖∂L/∂h_1‖ / ‖∂L/∂h_T‖ of the top layer, at initialisation
     * ({@code afterTraining} false) or at the last probe: below 1 the gradient vanishes on its way
     * back to the first step, above 1 it grows. NaN without probes.
     */
    double timeRatio(boolean afterTraining) {
        return median(runs, r -> {
            TimeGradients g = afterTraining ? r.finalGradients() : r.initialGradients();
            if (g == null) {
                return Double.NaN;
            }
            double[] top = g.top();
            return top.length < 2 ? Double.NaN : top[0] / top[top.length - 1];
        });
    }

    /** Median over runs of a top-layer health figure before or after training; NaN when absent. */
    double health(boolean afterTraining, ToDoubleFunction<Health> top) {
        return median(runs, r -> {
            Health h = afterTraining ? r.finalHealth() : r.initialHealth();
            return h == null ? Double.NaN : top.applyAsDouble(h);
        });
    }

    /** True when some run has health figures. */
    boolean hasHealth() {
        return runs.stream().anyMatch(r -> r.initialHealth() != null || r.finalHealth() != null);
    }

    /** The median of the finite values, NaN if there are none. */
    static double median(List<RunResult> runs, ToDoubleFunction<RunResult> f) {
        return median(runs.stream().mapToDouble(f).toArray());
    }

    static double median(double[] values) {
        double[] v = Arrays.stream(values).filter(x -> !Double.isNaN(x)).sorted().toArray();
        int n = v.length;
        if (n == 0) {
            return Double.NaN;
        }
        return n % 2 == 1 ? v[n / 2] : 0.5 * (v[n / 2 - 1] + v[n / 2]);
    }

    private static double mean(List<RunResult> runs, ToDoubleFunction<RunResult> f) {
        return runs.stream().mapToDouble(f).filter(x -> !Double.isNaN(x)).average().orElse(Double.NaN);
    }
}
