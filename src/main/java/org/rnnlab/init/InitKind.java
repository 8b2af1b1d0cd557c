package org.rnnlab.init;

import org.rnnlab.name.Named;

/** The initialisations by name, with their default parameter. */
public enum InitKind implements Named {
    /** N(0, σ²); σ = 1 is the classic "standard" initialisation. */
    NORMAL(1.0),
    /** U(−a, a). */
    UNIFORM(1.0),
    /** Glorot and Bengio (2010), uniform: a = gain·√(6/(fanIn+fanOut)). */
    XAVIER_UNIFORM(1.0),
    /** Glorot and Bengio (2010), normal: σ = gain·√(2/(fanIn+fanOut)). */
    XAVIER_NORMAL(1.0),
    /** He et al. (2015), uniform: a = √(6/fanIn). */
    HE_UNIFORM(Double.NaN),
    /** He et al. (2015), normal: σ = √(2/fanIn). */
    HE_NORMAL(Double.NaN),
    /** Saxe et al. (2014): gain·Q from the QR decomposition of a Gaussian matrix. */
    ORTHOGONAL(1.0),
    /** scale·I, the IRNN's recurrent weights (Le, Jaitly and Hinton 2015). */
    IDENTITY(1.0),
    /** PyTorch's nn.RNN/LSTM/GRU default U(−1/√H, 1/√H). */
    PYTORCH(Double.NaN);

    private final double defaultParameter;

    InitKind(double defaultParameter) {
        this.defaultParameter = defaultParameter;
    }

    public boolean hasParameter() {
        return !Double.isNaN(defaultParameter);
    }

    public double defaultParameter() {
        return defaultParameter;
    }

    /** The initialisation with its default parameter. */
    public Initializer create() {
        return create(defaultParameter);
    }

    /** The initialisation with the given parameter (NaN for those without one). */
    public Initializer create(double parameter) {
        if (!hasParameter() && !Double.isNaN(parameter)) {
            throw new IllegalArgumentException(id() + " takes no parameter, got " + parameter);
        }
        return switch (this) {
            case NORMAL -> new NormalInit(parameter);
            case UNIFORM -> new UniformInit(parameter);
            case XAVIER_UNIFORM -> new XavierUniform(parameter);
            case XAVIER_NORMAL -> new XavierNormal(parameter);
            case HE_UNIFORM -> new HeUniform();
            case HE_NORMAL -> new HeNormal();
            case ORTHOGONAL -> new Orthogonal(parameter);
            case IDENTITY -> new ScaledIdentity(parameter);
            case PYTORCH -> new PyTorchDefault();
        };
    }

    @Override
    public String toString() {
        return id();
    }
}
