package org.rnnlab.activation;

/**
 * The logarithmic semisigmoid: f(x) = ln(1+x) for x &gt; 0, else −ln(1+|x|), i.e.
 * sign(x)·ln(1+|x|). It is increasing on both sides, so f'(x) = 1/(1+|x|) is positive everywhere
 * (1 at 0, continuous there); unbounded, but growing only logarithmically.
 */
public record LogSemiSigmoid() implements Activation {
    @Override
    public ActivationKind kind() {
        return ActivationKind.LOG_SEMISIGMOID;
    }

    @Override
    public double value(double x) {
        return Math.copySign(Math.log1p(Math.abs(x)), x);
    }

    @Override
    public double derivative(double x, double y) {
        return 1.0 / (1.0 + Math.abs(x));
    }
}
