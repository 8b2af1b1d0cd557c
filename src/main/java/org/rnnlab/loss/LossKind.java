package org.rnnlab.loss;

import org.rnnlab.name.Named;

/** The losses by name. */
public enum LossKind implements Named {
    /** Mean squared error, for regression and forecasting. */
    MSE,
    /** Softmax cross-entropy over classes; targets are class indices. */
    CROSS_ENTROPY,
    /** Sigmoid binary cross-entropy per output; targets in [0, 1]. */
    BCE;

    public Loss create() {
        return switch (this) {
            case MSE -> new MeanSquaredError();
            case CROSS_ENTROPY -> new SoftmaxCrossEntropy();
            case BCE -> new SigmoidBinaryCrossEntropy();
        };
    }

    @Override
    public String toString() {
        return id();
    }
}
