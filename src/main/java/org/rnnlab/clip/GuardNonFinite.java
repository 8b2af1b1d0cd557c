package org.rnnlab.clip;

import java.util.List;

import org.rnnlab.optim.GradientTransform;
import org.rnnlab.optim.Updates;
import org.rnnlab.tensor.Norms;
import org.rnnlab.tensor.Parameter;
import org.rnnlab.text.Plural;

/**
 * The first link of every training chain: finds the first parameter whose gradient holds NaN or
 * ±Inf, or whose norm overflows (the global L2 norm is checked too), and applies the
 * {@link NonFinitePolicy}.
 */
public record GuardNonFinite(NonFinitePolicy policy) implements GradientTransform {

    public GuardNonFinite {
        if (policy == null) {
            throw new IllegalArgumentException("a policy is required");
        }
    }

    @Override
    public State init(List<Parameter> parameters) {
        int[] consecutive = {0};
        double[] norms = new double[parameters.size()];
        return (updates, info) -> {
            String culprit = null;
            for (int i = 0; i < updates.count() && culprit == null; i++) {
                norms[i] = Norms.l2(updates.values(i));
                if (!Double.isFinite(norms[i])) {
                    culprit = describe(updates, i, norms[i]);
                }
            }
            if (culprit == null && !Double.isFinite(Norms.combineL2(norms))) {
                culprit = "the global gradient norm overflows";
            }
            if (culprit == null) {
                consecutive[0] = 0;
                return;
            }
            switch (policy.action()) {
                case ERROR -> throw new NonFiniteGradientException(info.step(), culpritName(culprit),
                        "non-finite gradient at step " + info.step() + ": " + culprit);
                case SKIP -> {
                    consecutive[0]++;
                    if (consecutive[0] >= policy.maxConsecutive()) {
                        throw new NonFiniteGradientException(info.step(), culpritName(culprit), "non-finite gradient at "
                                + consecutive[0] + (consecutive[0] == 1 ? " step" : " steps in a row") + " (step " + info.step()
                                + "): " + culprit);
                    }
                    updates.zero();
                    info.recordSkipped("skipped step " + info.step() + ": " + culprit);
                }
                case SHRINK -> {
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
                    info.recordNote("shrank the recurrent weights at step " + info.step() + ": " + culprit);
                }
            }
        };
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

    private static String culpritName(String culprit) {
        int space = culprit.indexOf(' ');
        return culprit.startsWith("the global") ? "(all)" : culprit.substring(0, space);
    }
}
