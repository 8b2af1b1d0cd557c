package org.rnnlab.data;

import org.rnnlab.name.Named;

/** A part of the chronological split. */
public enum Part implements Named {
    TRAIN("training"),
    VALIDATION("validation"),
    TEST("test");

    private final String description;

    Part(String description) {
        this.description = description;
    }

    /** How messages name it: "training", "validation", "test". */
    public String description() {
        return description;
    }
}
