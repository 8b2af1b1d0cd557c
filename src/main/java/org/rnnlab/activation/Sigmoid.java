package org.rnnlab.activation;

import org.rnnlab.tensor.Block;
import org.rnnlab.tensor.Parameter;

/**
 * The logistic sigmoid f(x) = 1/(1+e^-x), f'(x) = f(1-f). The derivative is at most 1/4 (at
 * x = 0), so a product of T of them shrinks at least as fast as 4^-T: the textbook cause of
 * vanishing gradients (Hochreiter 1991; Bengio, Simard and Frasconi 1994).
 */
public record Sigmoid() implements Activation {
    @Override
    public ActivationKind kind() {
        return ActivationKind.SIGMOID;
    }

    @Override
    public double value(double x) {
        return Gates.sigmoid(x);
    }

    @Override
    public double derivative(double x, double y) {
        return y * (1.0 - y);
    }

    @Override
    public void forward(Block pre, Block out, Parameter slopes) {
        pre.requireSameShape(out, "sigmoid");
        Gates.sigmoid(pre.data(), pre.offset(), out.data(), out.offset(), pre.size());
    }
}
