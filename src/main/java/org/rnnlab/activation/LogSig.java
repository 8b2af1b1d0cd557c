package org.rnnlab.activation;

/**
 * The logarithmic sigmoid f(x) = sign(x)·u/(u+1) with u = ln(1+|x|): bounded by ±1 like tanh,
 * but approached only logarithmically.
 *
 * <p>Derivative: with du/dx = sign(x)/(1+|x|) and d/du [u/(u+1)] = 1/(u+1)²,
 * f'(x) = sign(x)·sign(x)/((1+|x|)(1+u)²) = 1/((1+|x|)(1+u)²), positive everywhere and 1 at 0.
 */
public record LogSig() implements Activation {
    @Override
    public ActivationKind kind() {
        return ActivationKind.LOGSIG;
    }

    @Override
    public double value(double x) {
        double u = Math.log1p(Math.abs(x));
        return Math.copySign(u / (u + 1.0), x);
    }

    @Override
    public double derivative(double x, double y) {
        double a = Math.abs(x);
        double u1 = 1.0 + Math.log1p(a);
        return 1.0 / ((1.0 + a) * u1 * u1);
    }
}
