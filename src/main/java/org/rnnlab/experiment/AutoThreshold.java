package org.rnnlab.experiment;

import java.io.Serializable;

/**
 * Choosing the clipping threshold from the run itself (Pascanu, Mikolov and Bengio 2013 suggest a
 * threshold of 0.5 to 10 times the average gradient norm): train {@code probeSteps} steps without
 * clipping from the same start, and set τ = {@code factor} × the median of their gradient norms.
 */
public record AutoThreshold(int probeSteps, double factor) implements Serializable {

    public AutoThreshold {
        if (probeSteps < 1) {
            throw new IllegalArgumentException("auto threshold needs >= 1 probe step, got " + probeSteps);
        }
        if (!(factor > 0.0) || !Double.isFinite(factor)) {
            throw new IllegalArgumentException("auto threshold factor must be > 0, got " + factor);
        }
    }

    public static AutoThreshold defaults() {
        return new AutoThreshold(20, 1.0);
    }
}
