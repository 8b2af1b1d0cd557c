package org.rnnlab.clip;

import java.io.Serializable;

import org.rnnlab.name.Named;
import org.rnnlab.optim.GradientTransform;
import org.rnnlab.optim.Updates;

/**
 * The clipping rule of a run: none, global norm, per-parameter norm or value, with its threshold,
 * as one link for the front of the optimiser's chain.
 *
 * @param mode      which rule
 * @param threshold τ (norms) or c (value); ignored for {@link Mode#NONE}
 * @param normType  L2 or infinity norm for the norm rules
 */
public record Clipping(Mode mode, double threshold, NormType normType) implements Serializable {

    /** The clipping rules. */
    public enum Mode implements Named {
        NONE, GLOBAL_NORM, PER_PARAMETER, VALUE;

        @Override
        public String toString() {
            return id();
        }
    }

    public Clipping {
        if (mode == null || normType == null) {
            throw new IllegalArgumentException("mode and normType are required");
        }
        if (mode != Mode.NONE) {
            requireThreshold("clipping threshold", threshold);
        }
    }

    public static Clipping none() {
        return new Clipping(Mode.NONE, Double.NaN, NormType.L2);
    }

    public static Clipping globalNorm(double maxNorm) {
        return new Clipping(Mode.GLOBAL_NORM, maxNorm, NormType.L2);
    }

    public static Clipping perParameter(double maxNorm) {
        return new Clipping(Mode.PER_PARAMETER, maxNorm, NormType.L2);
    }

    public static Clipping value(double limit) {
        return new Clipping(Mode.VALUE, limit, NormType.L2);
    }

    /** The link, or null for no clipping. */
    public GradientTransform transform() {
        return switch (mode) {
            case NONE -> null;
            case GLOBAL_NORM -> new ClipByGlobalNorm(threshold, normType);
            case PER_PARAMETER -> new ClipByParameterNorm(threshold, normType);
            case VALUE -> new ClipByValue(threshold);
        };
    }

    /** "none", "global_norm(5.0)", ... */
    public String label() {
        return mode == Mode.NONE ? "none" : mode.id() + "(" + threshold + (normType == NormType.L2 ? "" : ", " + normType) + ")";
    }

    static void requireThreshold(String name, double value) {
        if (!(value > 0.0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(name + " must be > 0, got " + value);
        }
    }

    static void scale(Updates updates, double factor) {
        for (int i = 0; i < updates.count(); i++) {
            double[] u = updates.values(i);
            for (int k = 0; k < u.length; k++) {
                u[k] *= factor;
            }
        }
    }
}
