package org.rnnlab.optim;

import java.util.List;

import org.rnnlab.tensor.Parameter;

/** Per-parameter accumulators of an optimiser's state. */
final class Moments {

    private Moments() {
    }

    /** One zero-filled buffer per parameter, of its size. */
    static double[][] zerosLike(List<Parameter> parameters) {
        double[][] buffers = new double[parameters.size()][];
        for (int i = 0; i < buffers.length; i++) {
            buffers[i] = new double[parameters.get(i).size()];
        }
        return buffers;
    }

    static void requireEpsilon(double eps) {
        if (!(eps > 0.0) || !Double.isFinite(eps)) {
            throw new IllegalArgumentException("eps must be > 0, got " + eps);
        }
    }

    static void requireDecay(String name, double value) {
        if (!(value >= 0.0 && value < 1.0)) {
            throw new IllegalArgumentException(name + " must be in [0, 1), got " + value);
        }
    }
}
