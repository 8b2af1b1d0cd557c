package org.rnnlab.clip;

import java.util.List;

import org.rnnlab.optim.GradientTransform;
import org.rnnlab.optim.StepInfo;
import org.rnnlab.optim.Updates;
import org.rnnlab.tensor.Parameter;
import org.rnnlab.text.Plural;

/**
 * The first link of every training step: finds the first parameter whose gradient holds NaN or
 * ±Inf, or whose norm overflows (the global L2 norm is checked too), and applies the
 * {@link NonFinitePolicy}. It reads the norms the step measured once ({@link StepInfo#updateNorm}),
 * and when the policy says stop it records the stop ({@link StepInfo#recordStop}) rather than throwing.
 */
public record GuardNonFinite(NonFinitePolicy policy) implements GradientTransform {

    public GuardNonFinite {
        if (policy == null) {
            throw new IllegalArgumentException("a policy is required");
        }
    }

    @Override
    public GuardState init(List<Parameter> parameters) {
        return new GuardState(this, new int[1]);
    }

    /**
     * The guard's state: how many steps in a row it has skipped.
     *
     * @param link        the policy
     * @param consecutive the non-finite steps in a row (one element, changed in place)
     */
    public record GuardState(GuardNonFinite link, int[] consecutive) implements State {

        @Override
        public void update(Updates updates, StepInfo info) {
            NonFinitePolicy policy = link.policy;
            String culprit = culprit(updates, info);
            if (culprit == null) {
                consecutive[0] = 0;
                return;
            }
            switch (policy.action()) {
                case ERROR -> info.recordStop("non-finite gradient at step " + info.stepNumber() + ": " + culprit);
                case SKIP -> {
                    consecutive[0]++;
                    if (consecutive[0] >= policy.maxConsecutive()) {
                        info.recordStop("non-finite gradient at " + consecutive[0] + (consecutive[0] == 1 ? " step" : " steps in a row")
                                + " (step " + info.stepNumber() + "): " + culprit);
                        return;
                    }
                    updates.zero();
                    info.updatesChanged();
                    info.recordSkipped("skipped step " + info.stepNumber() + ": " + culprit);
                }
                case SHRINK -> {
                    link.shrink(updates);
                    info.updatesChanged();
                    info.recordNote("shrank the recurrent weights at step " + info.stepNumber() + ": " + culprit);
                }
            }
        }
    }

    /** What is not finite, for people, or null when every gradient and the global norm are finite. */
    private static String culprit(Updates updates, StepInfo info) {
        for (int i = 0; i < updates.count(); i++) {
            double norm = info.updateNorm(updates, i);
            if (!Double.isFinite(norm)) {
                return describe(updates, i, norm);
            }
        }
        return Double.isFinite(info.updateNorm(updates)) ? null : "the global gradient norm overflows";
    }

    /** Pascanu et al.'s recovery: the recurrent weights' update becomes {@code shrinkFactor·W_hh}, every other update zero. */
    private void shrink(Updates updates) {
        for (int i = 0; i < updates.count(); i++) {
            Parameter p = updates.parameter(i);
            double[] u = updates.values(i);
            if (p.kind().isRecurrentWeight()) {
                double[] w = p.value().data;
                for (int k = 0; k < u.length; k++) {
                    u[k] = policy.shrinkFactor() * w[k];
                }
            } else {
                java.util.Arrays.fill(u, 0.0);
            }
        }
    }

    private static String describe(Updates updates, int i, double norm) {
        double[] u = updates.values(i);
        int nan = 0, inf = 0;
        for (double v : u) {
            if (Double.isNaN(v)) {
                nan++;
            } else if (Double.isInfinite(v)) {
                inf++;
            }
        }
        String name = updates.parameter(i).name();
        if (nan == 0 && inf == 0) {
            return name + " has a gradient norm that overflows (" + norm + ")";
        }
        return name + " has " + (nan > 0 ? nan + " NaN" : "") + (nan > 0 && inf > 0 ? " and " : "")
                + (inf > 0 ? inf + " infinite" : "") + " gradient " + Plural.word(nan + inf, "element");
    }
}
