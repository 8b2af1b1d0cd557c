package org.rnnlab.task;

import java.util.Arrays;
import java.util.Optional;

/** The synthetic tasks by name. */
public enum TaskKind {
    ADDING("adding"),
    TEMPORAL_ORDER("temporal_order"),
    COPY("copy"),
    SINE("sine");

    private final String id;

    TaskKind(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    /** The task with sequences of {@code steps} steps. */
    public SyntheticTask create(int steps) {
        return switch (this) {
            case ADDING -> new AddingProblem(steps);
            case TEMPORAL_ORDER -> new TemporalOrder(steps);
            case COPY -> new CopyMemory(steps);
            case SINE -> new SineTask(steps);
        };
    }

    public static Optional<TaskKind> byId(String id) {
        return Arrays.stream(values()).filter(k -> k.id.equals(id)).findFirst();
    }

    @Override
    public String toString() {
        return id;
    }
}
