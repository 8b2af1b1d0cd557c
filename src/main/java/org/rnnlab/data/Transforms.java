package org.rnnlab.data;

/**
 * Transforms applied to every loaded column before scaling, in this order: {@code log} (natural
 * logarithm; every value must be positive), then {@code diff} (first difference).
 *
 * <p>With {@code diff}, the input at row {@code r} is {@code f(x[r]) − f(x[r−1])} (with
 * {@code f} = log or identity), so row 0 has no input and the first window starts at row 1. The
 * target for a target row {@code r} with horizon {@code h} is the change from its origin row
 * {@code q = r − h}, the last row observed before it: {@code f(x[r]) − f(x[q])}. For
 * {@code h = 1} that is exactly the next input value, so a prediction can be fed back as the
 * next input. Undoing needs the level at the origin:
 * {@code x[r] = f⁻¹(f(x[q]) + prediction)}; see {@link Normalization#toOriginal}.
 *
 * @param log  take the natural logarithm first
 * @param diff take first differences
 */
public record Transforms(boolean log, boolean diff) {

    /** No transform. */
    public static Transforms none() {
        return new Transforms(false, false);
    }

    public Transforms withLog(boolean log) {
        return new Transforms(log, diff);
    }

    public Transforms withDiff(boolean diff) {
        return new Transforms(log, diff);
    }
}
