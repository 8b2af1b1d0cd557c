package org.rnnlab.loss;

import java.util.Arrays;
import java.util.Optional;

/** The losses by name. */
public enum LossKind {
    /** Mean squared error, for regression and forecasting. */
    MSE("mse"),
    /** Softmax cross-entropy over classes; targets are class indices. */
    CROSS_ENTROPY("cross_entropy"),
    /** Sigmoid binary cross-entropy per output; targets in [0, 1]. */
    BCE("bce");

    private final String id;

    LossKind(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public Loss create() {
        return switch (this) {
            case MSE -> new MeanSquaredError();
            case CROSS_ENTROPY -> new SoftmaxCrossEntropy();
            case BCE -> new SigmoidBinaryCrossEntropy();
        };
    }

    public static Optional<LossKind> byId(String id) {
        return Arrays.stream(values()).filter(k -> k.id.equals(id)).findFirst();
    }

    @Override
    public String toString() {
        return id;
    }
}
