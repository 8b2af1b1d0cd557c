package org.rnnlab.model;

import org.rnnlab.name.Named;

/** Where the head reads the top layer: after the last step only, or at every step. */
public enum TaskShape implements Named {
    /** One prediction per sequence, from h_T: forecasting a value after the window, classifying a sequence. */
    MANY_TO_ONE,
    /** One prediction per step, from every h_t: next-step prediction, sequence labelling. */
    MANY_TO_MANY;

    @Override
    public String toString() {
        return id();
    }
}
