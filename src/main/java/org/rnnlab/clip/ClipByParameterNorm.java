package org.rnnlab.clip;

import java.util.List;

import org.rnnlab.optim.GradientTransform;
import org.rnnlab.optim.StepInfo;
import org.rnnlab.optim.Updates;
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
    public ParameterNormState init(List<Parameter> parameters) {
        return new ParameterNormState(this, new double[parameters.size()], new double[parameters.size()]);
    }

    /** Nothing that lasts: each parameter's norm before and after, scratch of one step. */
    public record ParameterNormState(ClipByParameterNorm link, double[] before, double[] after) implements State {

        @Override
        public void update(Updates updates, StepInfo info) {
            NormType normType = link.normType;
            double maxNorm = link.maxNorm;
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
        }
    }
}
