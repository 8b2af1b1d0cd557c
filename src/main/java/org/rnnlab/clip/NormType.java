package org.rnnlab.clip;

import org.rnnlab.name.Named;
import org.rnnlab.tensor.Norms;

/** The vector norm clipping measures: Euclidean (PyTorch's default) or the largest magnitude. */
public enum NormType implements Named {
    L2, INF;

    public double of(double[] values) {
        return this == L2 ? Norms.l2(values) : Norms.maxAbs(values);
    }

    /** The norm of several vectors together, from their own norms. */
    public double combine(double[] norms) {
        return this == L2 ? Norms.combineL2(norms) : Norms.maxAbs(norms);
    }

    @Override
    public String toString() {
        return id();
    }
}
