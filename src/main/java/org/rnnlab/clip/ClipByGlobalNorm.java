package org.rnnlab.clip;

import java.util.List;

import org.rnnlab.optim.GradientTransform;
import org.rnnlab.optim.StepInfo;
import org.rnnlab.optim.Updates;
import org.rnnlab.tensor.Parameter;

/**
 * Clipping by the norm of all gradients together (Pascanu, Mikolov and Bengio 2013), with PyTorch's
 * {@code clip_grad_norm_} rule: {@code g ← g · min(1, τ / (‖g‖ + 1e-6))}. The direction never
 * changes; the norm after clipping is at most τ. The norm before clipping is recorded, so it can be
 * logged; the L2 norm is the one the step measured once ({@link StepInfo#updateNorm}), the infinity
 * norm is measured here.
 */
public record ClipByGlobalNorm(double maxNorm, NormType normType) implements GradientTransform {

    public ClipByGlobalNorm {
        Clipping.requireThreshold("maxNorm", maxNorm);
        if (normType == null) {
            throw new IllegalArgumentException("normType is required");
        }
    }

    public static ClipByGlobalNorm l2(double maxNorm) {
        return new ClipByGlobalNorm(maxNorm, NormType.L2);
    }

    /** The scale factor for a gradient of norm {@code norm}: min(1, τ/(norm + 1e-6)). */
    public double scaleFor(double norm) {
        return Math.min(1.0, maxNorm / (norm + 1e-6));
    }

    @Override
    public GlobalNormState init(List<Parameter> parameters) {
        return new GlobalNormState(this, new double[parameters.size()]);
    }

    /** Nothing that lasts: {@code norms} is scratch for the infinity norm, one element per parameter. */
    public record GlobalNormState(ClipByGlobalNorm link, double[] norms) implements State {

        @Override
        public void update(Updates updates, StepInfo info) {
            double before = link.normType == NormType.L2 ? info.updateNorm(updates) : maxAbs(updates, norms);
            double scale = link.scaleFor(before);
            if (scale < 1.0) {
                Clipping.scale(updates, scale);
                info.updatesChanged();
            }
            info.recordClip(before, scale < 1.0 ? before * scale : before, scale < 1.0);
            info.recordThreshold(link.maxNorm, scale < 1.0 ? 1.0 : 0.0);
        }
    }

    /** The largest magnitude of all updates, via each parameter's ({@code norms} is scratch). */
    private static double maxAbs(Updates updates, double[] norms) {
        for (int i = 0; i < updates.count(); i++) {
            norms[i] = NormType.INF.of(updates.values(i));
        }
        return NormType.INF.combine(norms);
    }

    /** Clips the gradients in place and returns the norm before clipping, as {@code clip_grad_norm_} does. */
    public double clipGradients(List<Parameter> parameters) {
        Updates updates = new Updates(parameters);
        updates.loadGradients();
        StepInfo info = new StepInfo();
        init(parameters).update(updates, info);
        for (int i = 0; i < updates.count(); i++) {
            double[] u = updates.values(i);
            System.arraycopy(u, 0, parameters.get(i).grad().data, 0, u.length);
        }
        return info.normBefore();
    }
}
