package org.rnnlab.clip;

import java.util.List;

import org.rnnlab.optim.GradientTransform;
import org.rnnlab.tensor.Parameter;

/**
 * Clipping each parameter tensor's gradient to norm τ on its own:
 * {@code g_p ← g_p · min(1, τ / (‖g_p‖ + 1e-6))}. Records the global norm before and after. The L2
 * norms are the ones the step measured once ({@link org.rnnlab.optim.StepInfo#updateNorm}).
 */
public record ClipByParameterNorm(double maxNorm, NormType normType) implements GradientTransform {

    public ClipByParameterNorm {
        Clipping.requireThreshold("maxNorm", maxNorm);
        if (normType == null) {
            throw new IllegalArgumentException("normType is required");
        }
    }

    @Override
    public State init(List<Parameter> parameters) {
        double[] before = new double[parameters.size()];
        double[] after = new double[parameters.size()];
        return (updates, info) -> {
            boolean clipped = false;
            int count = 0;
            for (int i = 0; i < updates.count(); i++) {
                double[] u = updates.values(i);
                before[i] = normType == NormType.L2 ? info.updateNorm(updates, i) : normType.of(u);
                double scale = Math.min(1.0, maxNorm / (before[i] + 1e-6));
                after[i] = before[i];
                if (scale < 1.0) {
                    for (int k = 0; k < u.length; k++) {
                        u[k] *= scale;
                    }
                    after[i] = before[i] * scale;
                    clipped = true;
                    count++;
                }
            }
            if (clipped) {
                info.updatesChanged();
            }
            info.recordClip(normType.combine(before), normType.combine(after), clipped);
            info.recordThreshold(maxNorm, (double) count / updates.count());
        };
    }
}
