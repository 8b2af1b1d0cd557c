package org.rnnlab.task;

import org.rnnlab.name.Named;

/** The synthetic tasks by name. */
public enum TaskKind implements Named {
    ADDING, TEMPORAL_ORDER, COPY, SINE;

    /** The task with sequences of {@code steps} steps. */
    public SyntheticTask create(int steps) {
        return switch (this) {
            case ADDING -> new AddingProblem(steps);
            case TEMPORAL_ORDER -> new TemporalOrder(steps);
            case COPY -> new CopyMemory(steps);
            case SINE -> new SineTask(steps);
        };
    }

    @Override
    public String toString() {
        return id();
    }
}
