package org.rnnlab.activation;

import org.rnnlab.tensor.Block;
import org.rnnlab.tensor.Parameter;

/**
 * The ramp f(x) = max(x, 0), f'(x) = 1 for x &gt; 0 and 0 otherwise. Unbounded, so a recurrent
 * weight matrix with spectral radius above 1 makes activations and gradients grow without limit;
 * with identity recurrent weights it is the IRNN of Le, Jaitly and Hinton (2015).
 */
public record Relu() implements Activation {
    @Override
    public ActivationKind kind() {
        return ActivationKind.RELU;
    }

    @Override
    public double value(double x) {
        return x > 0.0 ? x : 0.0;
    }

    @Override
    public double derivative(double x, double y) {
        return x > 0.0 ? 1.0 : 0.0;
    }

    @Override
    public void forward(Block pre, Block out, Parameter slopes) {
        pre.requireSameShape(out, "relu");
        double[] x = pre.data(), y = out.data();
        int xo = pre.offset(), yo = out.offset();
        for (int i = 0, n = pre.size(); i < n; i++) {
            double v = x[xo + i];
            y[yo + i] = v > 0.0 ? v : 0.0;
        }
    }
}
