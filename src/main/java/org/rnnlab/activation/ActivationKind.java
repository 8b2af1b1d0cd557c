package org.rnnlab.activation;

import org.rnnlab.name.Named;

/** The activation functions by name, with their default parameters. */
public enum ActivationKind implements Named {
    IDENTITY(null, Double.NaN),
    SIGMOID(null, Double.NaN),
    TANH(null, Double.NaN),
    ARCTAN(null, Double.NaN),
    SOFTSIGN(null, Double.NaN),
    LOGSIG(null, Double.NaN),
    RELU(null, Double.NaN),
    LEAKY_RELU("alpha", 0.01),
    PRELU("initial_slope", 0.25),
    ELU("alpha", 1.0),
    SOFTPLUS(null, Double.NaN),
    LOGMIN(null, Double.NaN),
    LOG_SEMISIGMOID(null, Double.NaN);

    private final String parameterName;
    private final double defaultParameter;

    ActivationKind(String parameterName, double defaultParameter) {
        this.parameterName = parameterName;
        this.defaultParameter = defaultParameter;
    }

    /** True when the function takes a parameter. */
    public boolean hasParameter() {
        return parameterName != null;
    }

    /** The parameter's name ("alpha", "initial_slope"), or null. */
    public String parameterName() {
        return parameterName;
    }

    /** The default parameter, or NaN when the function has none. */
    public double defaultParameter() {
        return defaultParameter;
    }

    /** The function with its default parameter. */
    public Activation create() {
        return create(defaultParameter);
    }

    /** The function with the given parameter (ignored, and must be NaN or absent, for functions without one). */
    public Activation create(double parameter) {
        if (!hasParameter() && !Double.isNaN(parameter)) {
            throw new IllegalArgumentException(id() + " takes no parameter, got " + parameter);
        }
        return switch (this) {
            case IDENTITY -> new Identity();
            case SIGMOID -> new Sigmoid();
            case TANH -> new Tanh();
            case ARCTAN -> new ArcTan();
            case SOFTSIGN -> new Softsign();
            case LOGSIG -> new LogSig();
            case RELU -> new Relu();
            case LEAKY_RELU -> new LeakyRelu(parameter);
            case PRELU -> new PRelu(parameter);
            case ELU -> new Elu(parameter);
            case SOFTPLUS -> new Softplus();
            case LOGMIN -> new LogMin();
            case LOG_SEMISIGMOID -> new LogSemiSigmoid();
        };
    }

    @Override
    public String toString() {
        return id();
    }
}
