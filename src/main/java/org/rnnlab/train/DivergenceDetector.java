package org.rnnlab.train;

import java.util.Arrays;

/**
 * Applies a {@link DivergenceRule} step by step: keeps the first steps' norms as the reference and
 * names the cause when a step diverges.
 */
final class DivergenceDetector {

    private final DivergenceRule rule;
    private final double[] reference;
    private int seen;
    private double limit = Double.NaN;

    DivergenceDetector(DivergenceRule rule) {
        this.rule = rule;
        this.reference = new double[rule.referenceSteps()];
    }

    /** The cause if this step diverged, else null. {@code norm} is the gradient norm the update used. */
    String check(long step, double loss, double norm) {
        if (!Double.isFinite(loss)) {
            return "the loss became " + loss;
        }
        if (!Double.isFinite(norm)) {
            return "the gradient norm became " + norm;
        }
        if (seen < reference.length) {
            reference[seen++] = norm;
            if (seen == reference.length) {
                double[] sorted = reference.clone();
                Arrays.sort(sorted);
                double median = sorted.length % 2 == 1 ? sorted[sorted.length / 2]
                        : 0.5 * (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]);
                limit = rule.factor() * median;
            }
            return null;
        }
        if (norm > limit) {
            return String.format("the gradient norm %.3g exceeded %.3g (%.0e x the median of the first %d steps)",
                    norm, limit, rule.factor(), reference.length);
        }
        return null;
    }
}
