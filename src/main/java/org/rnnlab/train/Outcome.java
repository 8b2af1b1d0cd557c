package org.rnnlab.train;

import org.rnnlab.name.Named;

/**
 * How a training run ended.
 *
 * @param status how
 * @param step   the 0-based optimisation step where it diverged or stopped (−1 when it completed); text
 *               for people names it from 1 ({@code step + 1})
 * @param cause  a sentence for people, or empty
 */
public record Outcome(Status status, long step, String cause) {

    /** The ways a run ends. */
    public enum Status implements Named {
        /** Ran every planned step. */
        COMPLETED,
        /** Loss or gradient became non-finite or exploded; the cause says which. */
        DIVERGED,
        /** Early stopping: the validation loss stopped improving. */
        STOPPED_EARLY;

        @Override
        public String toString() {
            return id();
        }
    }

    public Outcome {
        if (status == null) {
            throw new IllegalArgumentException("status is required");
        }
        cause = cause == null ? "" : cause;
    }

    public static Outcome completed() {
        return new Outcome(Status.COMPLETED, -1, "");
    }

    public boolean diverged() {
        return status == Status.DIVERGED;
    }

    @Override
    public String toString() {
        return status == Status.COMPLETED ? "completed" : status.id() + " at step " + (step + 1) + (cause.isEmpty() ? "" : ": " + cause);
    }
}
