package org.rnnlab.train;

import java.io.Serializable;

/**
 * When a run counts as diverged: its loss or gradient norm is not finite, or the norm of the
 * gradient its update used (after clipping, when it clips) exceeds {@code factor} times the median
 * of its first {@code referenceSteps} such norms. The default is 1e6 × the median of the first 10
 * steps (fewer while those steps are still coming). A clipped run's applied norm is bounded by its threshold, so clipping keeps a run from
 * counting as diverged as long as its gradients stay finite: the spikes before clipping are still
 * in the metrics ({@code grad_norm_before}).
 *
 * @param factor         the multiple of the reference median that counts as an explosion;
 *                       infinity disables the norm rule (non-finite values still count)
 * @param referenceSteps how many first steps make the reference median
 */
public record DivergenceRule(double factor, int referenceSteps) implements Serializable {

    public DivergenceRule {
        if (!(factor > 1.0)) {
            throw new IllegalArgumentException("divergence factor must be > 1, got " + factor);
        }
        if (referenceSteps < 1) {
            throw new IllegalArgumentException("referenceSteps must be >= 1, got " + referenceSteps);
        }
    }

    public static DivergenceRule defaults() {
        return new DivergenceRule(1e6, 10);
    }

    /** Only non-finite losses and norms count as divergence. */
    public static DivergenceRule nonFiniteOnly() {
        return new DivergenceRule(Double.POSITIVE_INFINITY, 10);
    }
}
