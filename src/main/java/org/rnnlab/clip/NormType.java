package org.rnnlab.clip;

import org.rnnlab.tensor.Norms;

/** The vector norm clipping measures: Euclidean (PyTorch's default) or the largest magnitude. */
public enum NormType {
    L2("l2"),
    INF("inf");

    private final String id;

    NormType(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public double of(double[] values) {
        return this == L2 ? Norms.l2(values) : Norms.maxAbs(values);
    }

    /** The norm of several vectors together, from their own norms. */
    public double combine(double[] norms) {
        return this == L2 ? Norms.combineL2(norms) : Norms.maxAbs(norms);
    }

    @Override
    public String toString() {
        return id;
    }
}
