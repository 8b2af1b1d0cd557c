package org.rnnlab.report;

import org.jfree.data.xy.XYSeries;
import org.rnnlab.experiment.RunResult;

/**
 * A per-step curve ready for a chart: only finite positive points (a log axis cannot take zero,
 * NaN or infinity; divergence is marked separately), and at most {@value #MAX_POINTS} of them.
 * Longer runs are thinned by buckets of consecutive steps, each kept as its largest value (so a
 * spike of the gradient norm survives) or its mean (a smoother loss).
 */
final class StepCurve {

    static final int MAX_POINTS = 1500;

    /** How a bucket of steps becomes one point. */
    enum Thinning {
        MAX, MEAN
    }

    private StepCurve() {
    }

    /** The run's curve as a series named {@code key}; x is the optimisation step, counted from 1 (index i is step i + 1). */
    static XYSeries of(Comparable<?> key, double[] values, Thinning thinning) {
        XYSeries s = new XYSeries(key, false, true);
        int n = values.length;
        int bucket = Math.max(1, (n + MAX_POINTS - 1) / MAX_POINTS);
        for (int from = 0; from < n; from += bucket) {
            int to = Math.min(n, from + bucket);
            double best = Double.NaN, sum = 0;
            int count = 0, at = from;
            for (int i = from; i < to; i++) {
                double v = values[i];
                if (!(v > 0) || !Double.isFinite(v)) {
                    continue;
                }
                if (Double.isNaN(best) || v > best) {
                    best = v;
                    at = i;
                }
                sum += v;
                count++;
            }
            if (count > 0) {
                s.add(1 + (thinning == Thinning.MAX ? at : from + (to - from - 1) / 2.0), thinning == Thinning.MAX ? best : sum / count);
            }
        }
        return s;
    }

    /** The run shown for a variant: the lowest seed that trained at all (seeds are in order), or null. */
    static RunResult shown(GridCell cell) {
        return cell.runs().stream().filter(r -> !r.failed() && r.steps().size() > 0).findFirst().orElse(null);
    }

    /** The value where a diverged run's marker goes: its value at the diverging step if finite, else NaN. */
    static double atDivergence(RunResult r, double[] values) {
        int i = (int) Math.min(r.divergedStep(), values.length - 1);
        return i >= 0 && Double.isFinite(values[i]) && values[i] > 0 ? values[i] : Double.NaN;
    }
}
