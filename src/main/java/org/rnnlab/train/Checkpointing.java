package org.rnnlab.train;

/**
 * How a training saves its progress so that it can be resumed: a {@link CheckpointFile} written at the
 * end of every epoch and, within long epochs, after a step when {@code everySeconds} have passed since
 * the last one; it holds the weights, the state of the guard, the clipping link and the optimiser,
 * the shuffling generator and the epoch's order, the epoch and step, the early-stopping state and the
 * metrics so far ({@code metrics}, the run's recorder, whose rows go to a journal beside the file,
 * restored on resume). When the file exists at
 * the start, training continues from it and ends bit-identical to an uninterrupted run.
 *
 * @param file         where, or null for no checkpoints
 * @param everySeconds the longest time between checkpoints within an epoch (> 0; infinity: per epoch only)
 * @param metrics      the recorder whose rows the checkpoint keeps, or null
 */
public record Checkpointing(CheckpointFile file, double everySeconds, MetricsRecorder metrics) {

    public Checkpointing {
        if (!(everySeconds > 0)) {
            throw new IllegalArgumentException("--checkpoint-every must be > 0 seconds, got " + everySeconds);
        }
    }

    /** No checkpoints. */
    public static Checkpointing none() {
        return new Checkpointing(null, Double.POSITIVE_INFINITY, null);
    }

    public boolean enabled() {
        return file != null;
    }
}
