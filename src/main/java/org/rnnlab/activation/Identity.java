package org.rnnlab.activation;

/** f(x) = x, f'(x) = 1: the linear RNN, and the head's default output. */
public record Identity() implements Activation {
    @Override
    public ActivationKind kind() {
        return ActivationKind.IDENTITY;
    }

    @Override
    public double value(double x) {
        return x;
    }

    @Override
    public double derivative(double x, double y) {
        return 1.0;
    }
}
