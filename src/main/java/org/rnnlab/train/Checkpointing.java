package org.rnnlab.train;

/**
 * How a training saves its progress so that it can be resumed: a {@link CheckpointFile} written at the
 * end of an epoch unless writing it would take more than {@link #MAX_SHARE} of the time since the
 * last one (so at every epoch's end while epochs are long against a checkpoint's writing, and every
 * few epochs when they are short), at the end of the training, and within long epochs after a step
 * when {@code everySeconds} have passed since the last one; it holds the weights, the state of the guard, the clipping link and the optimiser,
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

    /**
     * The largest share of a training's time that epoch-end checkpoints take: writing one at every
     * epoch's end took 29–37 % of the execution samples of default trainings on the Nottingham and
     * airline series, whose epochs last a few milliseconds.
     */
    public static final double MAX_SHARE = 0.05;

    public Checkpointing {
        if (!(everySeconds > 0)) {
            throw new IllegalArgumentException("--checkpoint-every must be > 0 seconds, got " + everySeconds);
        }
    }

    /**
     * Whether a checkpoint is due at an epoch's end, {@code sinceLast} nanoseconds after the last one
     * was written, which took {@code lastCost}: when the time since it is at least
     * {@code (1 − MAX_SHARE) / MAX_SHARE} times that cost (19 times), so that writing checkpoints
     * takes at most {@link #MAX_SHARE} of the time; always before the first.
     */
    public static boolean epochSaveDue(long sinceLast, long lastCost) {
        return sinceLast >= lastCost * (1 - MAX_SHARE) / MAX_SHARE;
    }

    /** No checkpoints. */
    public static Checkpointing none() {
        return new Checkpointing(null, Double.POSITIVE_INFINITY, null);
    }

    public boolean enabled() {
        return file != null;
    }
}
