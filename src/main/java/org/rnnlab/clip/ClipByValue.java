package org.rnnlab.clip;

import java.util.List;

import org.rnnlab.optim.GradientTransform;
import org.rnnlab.optim.StepInfo;
import org.rnnlab.optim.Updates;
import org.rnnlab.tensor.Norms;
import org.rnnlab.tensor.Parameter;

/**
 * Clipping each gradient element to [−c, c] (Mikolov 2012's element-wise clipping). Unlike norm
 * clipping this can change the gradient's direction. Records the global L2 norm before (the one
 * the step measured once, {@link org.rnnlab.optim.StepInfo#updateNorm}) and after.
 */
public record ClipByValue(double limit) implements GradientTransform {

    public ClipByValue {
        Clipping.requireThreshold("limit", limit);
    }

    @Override
    public ValueState init(List<Parameter> parameters) {
        return new ValueState(this, new double[parameters.size()]);
    }

    /** Nothing that lasts: each parameter's norm after clipping, scratch of one step. */
    public record ValueState(ClipByValue link, double[] after) implements State {

        @Override
        public void update(Updates updates, StepInfo info) {
            double limit = link.limit;
            double before = info.updateNorm(updates);
            boolean clipped = false;
            long count = 0, elements = 0;
            for (int i = 0; i < updates.count(); i++) {
                double[] u = updates.values(i);
                for (int k = 0; k < u.length; k++) {
                    double v = u[k];
                    if (v > limit) {
                        u[k] = limit;
                        clipped = true;
                        count++;
                    } else if (v < -limit) {
                        u[k] = -limit;
                        clipped = true;
                        count++;
                    }
                }
                elements += u.length;
                after[i] = Norms.l2(u);
            }
            if (clipped) {
                info.updatesChanged();
            }
            info.recordClip(before, Norms.combineL2(after), clipped);
            info.recordThreshold(limit, elements == 0 ? 0.0 : (double) count / elements);
        }
    }
}
