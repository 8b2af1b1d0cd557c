package org.rnnlab.report;

import java.util.List;

import org.rnnlab.experiment.RunResult;
import org.rnnlab.stats.Bootstrap;
import org.rnnlab.stats.Counts;
import org.rnnlab.stats.Interval;

/**
 * The uncertainty of one cell of the grid (a variant at a length, over its seeds): its diverged and
 * success rates as counts with Wilson intervals, and, from {@value Bootstrap#MIN_VALUES} runs on,
 * percentile bootstrap intervals (runs resampled) of its median final loss, its median gradient
 * norm and its share of clipped steps. The clipped share is pooled over the drawn runs' steps:
 * steps of one run are not independent trials, so a Wilson interval over steps would be far too
 * narrow; resampling whole runs keeps each run's steps together.
 *
 * <p>Every bootstrap is seeded from the variant's name and the length, so a report is the same
 * on every machine and each cell's interval does not depend on which other cells the study has.
 */
record CellStatistics(Counts diverged, Counts successes, Interval finalLoss, Interval medianNorm, long clippedSteps,
        long steps, Interval clippedShare) {

    static CellStatistics of(GridCell c) {
        List<RunResult> trained = c.runs().stream().filter(r -> !r.failed()).toList();
        double[] losses = c.runs().stream().filter(r -> !r.failed() && !r.diverged()).mapToDouble(r -> r.steps().finalLoss())
                .filter(x -> !Double.isNaN(x)).toArray();
        double[] norms = trained.stream().mapToDouble(r -> r.steps().medianNormBefore()).filter(x -> !Double.isNaN(x)).toArray();
        long clipped = 0, steps = 0;
        long[] perRunClipped = new long[trained.size()], perRunSteps = new long[trained.size()];
        for (int i = 0; i < trained.size(); i++) {
            boolean[] flags = trained.get(i).steps().clipped();
            for (boolean f : flags) {
                perRunClipped[i] += f ? 1 : 0;
            }
            perRunSteps[i] = flags.length;
            clipped += perRunClipped[i];
            steps += flags.length;
        }
        long seed = seed(c);
        return new CellStatistics(new Counts(c.diverged(), c.size()), new Counts(c.successes(), c.size()),
                losses.length >= Bootstrap.MIN_VALUES ? Bootstrap.median95(losses, seed) : null,
                norms.length >= Bootstrap.MIN_VALUES ? Bootstrap.median95(norms, seed + 1) : null, clipped, steps,
                trained.size() >= Bootstrap.MIN_VALUES && steps > 0 ? pooledShare(perRunClipped, perRunSteps, seed + 2) : null);
    }

    /** The share of clipped steps, NaN without steps. */
    double clippedRate() {
        return steps == 0 ? Double.NaN : (double) clippedSteps / steps;
    }

    private static Interval pooledShare(long[] clipped, long[] steps, long seed) {
        return Bootstrap.percentile(clipped.length, picks -> {
            double c = 0, n = 0;
            for (int i : picks) {
                c += clipped[i];
                n += steps[i];
            }
            return n == 0 ? 0.0 : c / n;
        }, Bootstrap.RESAMPLES, 0.95, seed);
    }

    /** A seed from the cell's variant and length (String.hashCode is specified, so it is the same everywhere). */
    static long seed(GridCell c) {
        return 1_000_003L * c.variant().hashCode() + c.length();
    }
}
