package org.rnnlab.model;

/**
 * Backprop-through-time over the whole window ({@code truncation = 0}), or truncated to chunks of
 * {@code k} steps (Williams and Peng 1990; Sutskever 2013): the window is run in consecutive chunks
 * of k steps (the last may be shorter), the hidden state is carried forward from one chunk to the
 * next, and gradients flow back only within a chunk. The chunks' gradients add up into one update
 * per batch, and the loss is the same mean over the window as with full BPTT. Only the chunks' caches
 * are kept, so memory does not grow with the window length.
 *
 * @param truncation k, or 0 for full BPTT
 */
public record Bptt(int truncation) {

    public Bptt {
        if (truncation < 0) {
            throw new IllegalArgumentException("truncation must be >= 0 (0 for full BPTT), got " + truncation);
        }
    }

    public static Bptt full() {
        return new Bptt(0);
    }

    public static Bptt truncated(int k) {
        if (k < 1) {
            throw new IllegalArgumentException("truncated BPTT needs k >= 1, got " + k);
        }
        return new Bptt(k);
    }

    public boolean isFull() {
        return truncation == 0;
    }

    /** The chunk length for a window of {@code steps}; an error when the truncation exceeds the window. */
    public int chunkLength(int steps) {
        if (truncation == 0) {
            return steps;
        }
        if (truncation > steps) {
            throw new IllegalArgumentException("truncated BPTT length " + truncation + " is longer than the sequence ("
                    + steps + " steps); use a truncation <= " + steps + " or full BPTT");
        }
        return truncation;
    }

    @Override
    public String toString() {
        return truncation == 0 ? "full" : "truncated(" + truncation + ")";
    }
}
