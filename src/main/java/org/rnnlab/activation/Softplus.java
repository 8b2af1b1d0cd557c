package org.rnnlab.activation;

/**
 * Softplus f(x) = ln(1 + e^x), computed as max(x, 0) + ln(1 + e^-|x|) so it never overflows.
 *
 * <p>Derivative: d/dx ln(1+e^x) = e^x/(1+e^x) = 1/(1+e^-x), the logistic sigmoid (not f(1-f),
 * which is the sigmoid's own derivative).
 */
public record Softplus() implements Activation {
    @Override
    public ActivationKind kind() {
        return ActivationKind.SOFTPLUS;
    }

    @Override
    public double value(double x) {
        return Math.max(x, 0.0) + Math.log1p(Math.exp(-Math.abs(x)));
    }

    @Override
    public double derivative(double x, double y) {
        return Gates.sigmoid(x);
    }
}
