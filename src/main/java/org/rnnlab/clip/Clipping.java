package org.rnnlab.clip;

import java.io.Serializable;

import org.rnnlab.name.Named;
import org.rnnlab.optim.GradientTransform;
import org.rnnlab.optim.Updates;

/**
 * The clipping rule of a run: none, global norm, per-parameter norm, value, AutoClip or adaptive
 * gradient clipping, with its threshold, as one link for the front of the optimiser's chain.
 *
 * @param mode      which rule
 * @param threshold τ (norms), c (value), AutoClip's percentile p or AGC's λ; NaN for {@link Mode#NONE}
 * @param normType  L2 or infinity norm for the norm rules (L2 for the others)
 * @param autoClip  the AutoClip link for {@link Mode#AUTOCLIP}, null otherwise
 * @param adaptive  the AGC link for {@link Mode#AGC}, null otherwise
 */
public record Clipping(Mode mode, double threshold, NormType normType, AutoClip autoClip, AdaptiveClip adaptive)
        implements Serializable {

    /** The clipping rules. */
    public enum Mode implements Named {
        NONE, GLOBAL_NORM, PER_PARAMETER, VALUE,
        /** τ from a percentile of the run's own gradient norms ({@link AutoClip}). */
        AUTOCLIP,
        /** Unit-wise clipping relative to the weights ({@link AdaptiveClip}). */
        AGC;

        @Override
        public String toString() {
            return id();
        }
    }

    public Clipping {
        if (mode == null || normType == null) {
            throw new IllegalArgumentException("mode and normType are required");
        }
        if ((mode == Mode.AUTOCLIP) != (autoClip != null) || (mode == Mode.AGC) != (adaptive != null)) {
            throw new IllegalArgumentException("mode " + mode.id() + " goes with its own link: autoClip for autoclip, adaptive for agc");
        }
        if (mode == Mode.AUTOCLIP) {
            threshold = autoClip.percentile();
        } else if (mode == Mode.AGC) {
            threshold = adaptive.lambda();
        } else if (mode != Mode.NONE) {
            requireThreshold("clipping threshold", threshold);
        }
    }

    /** A fixed rule (none, global norm, per parameter, value). */
    public Clipping(Mode mode, double threshold, NormType normType) {
        this(mode, threshold, normType, null, null);
    }

    public static Clipping autoClip(AutoClip link) {
        return new Clipping(Mode.AUTOCLIP, Double.NaN, NormType.L2, link, null);
    }

    public static Clipping adaptive(AdaptiveClip link) {
        return new Clipping(Mode.AGC, Double.NaN, NormType.L2, null, link);
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
            case AUTOCLIP -> autoClip;
            case AGC -> adaptive;
        };
    }

    /** True for the rules whose threshold is a norm τ of the whole gradient (global norm and AutoClip). */
    public boolean globalThreshold() {
        return mode == Mode.GLOBAL_NORM || mode == Mode.AUTOCLIP;
    }

    /** "none", "global_norm(5.0)", "autoclip(p=10, paper)", "agc(λ=0.01)", ... */
    public String label() {
        return switch (mode) {
            case NONE -> "none";
            case AUTOCLIP -> autoClip.label();
            case AGC -> adaptive.label();
            default -> mode.id() + "(" + threshold + (normType == NormType.L2 ? "" : ", " + normType) + ")";
        };
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
