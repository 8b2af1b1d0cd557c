package org.rnnlab.activation;

import java.util.Arrays;
import java.util.Optional;

/** The activation functions by name, with their default parameters. */
public enum ActivationKind {
    IDENTITY("identity", null, Double.NaN),
    SIGMOID("sigmoid", null, Double.NaN),
    TANH("tanh", null, Double.NaN),
    ARCTAN("arctan", null, Double.NaN),
    SOFTSIGN("softsign", null, Double.NaN),
    LOGSIG("logsig", null, Double.NaN),
    RELU("relu", null, Double.NaN),
    LEAKY_RELU("leaky_relu", "alpha", 0.01),
    PRELU("prelu", "initial_slope", 0.25),
    ELU("elu", "alpha", 1.0),
    SOFTPLUS("softplus", null, Double.NaN),
    LOGMIN("logmin", null, Double.NaN),
    LOG_SEMISIGMOID("log_semisigmoid", null, Double.NaN);

    private final String id;
    private final String parameterName;
    private final double defaultParameter;

    ActivationKind(String id, String parameterName, double defaultParameter) {
        this.id = id;
        this.parameterName = parameterName;
        this.defaultParameter = defaultParameter;
    }

    /** The name used in model files, reports and on the command line. */
    public String id() {
        return id;
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
            throw new IllegalArgumentException(id + " takes no parameter, got " + parameter);
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

    /** The kind with this id, if any. */
    public static Optional<ActivationKind> byId(String id) {
        return Arrays.stream(values()).filter(k -> k.id.equals(id)).findFirst();
    }

    @Override
    public String toString() {
        return id;
    }
}
