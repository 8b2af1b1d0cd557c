package org.rnnlab.optim;

import java.util.Arrays;
import java.util.Optional;

/** The optimisers by name. */
public enum OptimizerKind {
    SGD("sgd"),
    MOMENTUM("momentum"),
    NESTEROV("nesterov"),
    ADAGRAD("adagrad"),
    RMSPROP("rmsprop"),
    ADAM("adam");

    private final String id;

    OptimizerKind(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static Optional<OptimizerKind> byId(String id) {
        return Arrays.stream(values()).filter(k -> k.id.equals(id)).findFirst();
    }

    @Override
    public String toString() {
        return id;
    }
}
