package org.rnnlab.clip;

import org.rnnlab.name.Named;

/**
 * What to do when a gradient holds NaN or ±Inf, or its norm overflows. Such a gradient is never
 * silently turned into zeros or NaN weights.
 *
 * @param action        what to do
 * @param maxConsecutive for {@link Action#SKIP}: stop when this many steps in a row are non-finite
 * @param shrinkFactor  for {@link Action#SHRINK}: the multiple of the weights used as the
 *                      recurrent weights' gradient
 */
public record NonFinitePolicy(Action action, int maxConsecutive, double shrinkFactor) {

    /** The actions. */
    public enum Action implements Named {
        /** Stop with an error naming the step and the first parameter that went non-finite. */
        ERROR,
        /** Drop this step's update and count it; the {@code maxConsecutive}-th in a row stops training. */
        SKIP,
        /**
         * Pascanu et al. (2013)'s recovery: replace the recurrent weights' gradient by
         * {@code shrinkFactor·W_hh} (so the step shrinks W_hh towards a smaller spectral radius) and
         * zero every other gradient.
         */
        SHRINK;

        @Override
        public String toString() {
            return id();
        }
    }

    public NonFinitePolicy {
        if (action == null) {
            throw new IllegalArgumentException("a non-finite policy needs an action");
        }
        if (maxConsecutive < 1) {
            throw new IllegalArgumentException("maxConsecutive must be >= 1, got " + maxConsecutive);
        }
        if (!(shrinkFactor > 0.0) || !Double.isFinite(shrinkFactor)) {
            throw new IllegalArgumentException("shrinkFactor must be > 0, got " + shrinkFactor);
        }
    }

    /** The default: stop with an error. */
    public static NonFinitePolicy error() {
        return new NonFinitePolicy(Action.ERROR, 1, 0.1);
    }

    public static NonFinitePolicy skip(int maxConsecutive) {
        return new NonFinitePolicy(Action.SKIP, maxConsecutive, 0.1);
    }

    public static NonFinitePolicy shrink(double factor) {
        return new NonFinitePolicy(Action.SHRINK, 1, factor);
    }

    public String label() {
        return switch (action) {
            case ERROR -> "error";
            case SKIP -> "skip(max " + maxConsecutive + " in a row)";
            case SHRINK -> "shrink(" + shrinkFactor + ")";
        };
    }
}
