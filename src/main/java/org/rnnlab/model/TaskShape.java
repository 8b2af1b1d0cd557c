package org.rnnlab.model;

import java.util.Arrays;
import java.util.Optional;

/** Where the head reads the top layer: after the last step only, or at every step. */
public enum TaskShape {
    /** One prediction per sequence, from h_T: forecasting a value after the window, classifying a sequence. */
    MANY_TO_ONE("many_to_one"),
    /** One prediction per step, from every h_t: next-step prediction, sequence labelling. */
    MANY_TO_MANY("many_to_many");

    private final String id;

    TaskShape(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static Optional<TaskShape> byId(String id) {
        return Arrays.stream(values()).filter(s -> s.id.equals(id)).findFirst();
    }

    @Override
    public String toString() {
        return id;
    }
}
