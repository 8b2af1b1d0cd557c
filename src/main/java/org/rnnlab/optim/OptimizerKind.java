package org.rnnlab.optim;

import org.rnnlab.name.Named;

/** The optimisers by name. */
public enum OptimizerKind implements Named {
    SGD, MOMENTUM, NESTEROV, ADAGRAD, RMSPROP, ADAM;

    @Override
    public String toString() {
        return id();
    }
}
