package org.rnnlab.train;

import java.util.Arrays;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Applies a {@link DivergenceRule} step by step: keeps the first steps' norms as the reference and
 * names the cause when a step diverges.
 */
final class DivergenceDetector {

    private final DivergenceRule rule;
    private final double[] reference;
    /** Scratch for the median, so that a check allocates nothing. */
    private final double[] sorted;
    private int seen;

    DivergenceDetector(DivergenceRule rule) {
        this.rule = rule;
        this.reference = new double[rule.referenceSteps()];
        this.sorted = new double[rule.referenceSteps()];
    }

    /**
     * The cause if this step diverged, else null. {@code norm} is the gradient norm the update used.
     * Until the reference steps are complete, a step is compared with the median of the steps seen so
     * far, so an explosion in the very first steps is caught too.
     */
    String check(long step, double loss, double norm) {
        if (!Double.isFinite(loss)) {
            return "the loss became " + loss;
        }
        if (!Double.isFinite(norm)) {
            return "the gradient norm became " + norm;
        }
        if (seen > 0) {
            double limit = rule.factor() * median();
            if (norm > limit) {
                return String.format("the gradient norm %.3g exceeded %.3g (%.0e x the median of the first %d steps)",
                        norm, limit, rule.factor(), seen);
            }
        }
        if (seen < reference.length) {
            reference[seen++] = norm;
        }
        return null;
    }

    /** The reference norms seen so far, for a checkpoint. */
    ObjectNode toJson() {
        ObjectNode o = CheckpointJson.NODES.objectNode();
        o.set("reference", CheckpointJson.doubles(reference));
        o.put("seen", seen);
        return o;
    }

    void restore(JsonNode json, String where) {
        CheckpointJson.readDoubles(json.get("reference"), reference, where + ".reference");
        seen = (int) CheckpointJson.integer(json, "seen", where, 0, reference.length);
    }

    private double median() {
        int n = seen;
        System.arraycopy(reference, 0, sorted, 0, n);
        Arrays.sort(sorted, 0, n);
        return n % 2 == 1 ? sorted[n / 2] : 0.5 * (sorted[n / 2 - 1] + sorted[n / 2]);
    }
}
