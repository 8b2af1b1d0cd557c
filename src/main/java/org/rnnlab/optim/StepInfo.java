package org.rnnlab.optim;

/**
 * What the links of a chain report about one optimisation step; reused from step to step.
 * {@link #start} resets it before the chain runs.
 */
public final class StepInfo {

    private long step;
    private double normBefore = Double.NaN;
    private double normAfter = Double.NaN;
    private boolean clipped;
    private double learningRate = Double.NaN;
    private boolean skipped;
    private String note;

    /** Resets the record for step {@code step} (0-based). */
    public void start(long step) {
        this.step = step;
        normBefore = Double.NaN;
        normAfter = Double.NaN;
        clipped = false;
        learningRate = Double.NaN;
        skipped = false;
        note = null;
    }

    public long step() {
        return step;
    }

    /** The gradient norm a clipping link measured before clipping (NaN when nothing measured it). */
    public double normBefore() {
        return normBefore;
    }

    /** The norm after clipping. */
    public double normAfter() {
        return normAfter;
    }

    public boolean clipped() {
        return clipped;
    }

    public double learningRate() {
        return learningRate;
    }

    /** True when a link dropped this step's update (the non-finite "skip" policy). */
    public boolean skipped() {
        return skipped;
    }

    /** A remark from a link (for example which parameter went non-finite), or null. */
    public String note() {
        return note;
    }

    public void recordClip(double before, double after, boolean didClip) {
        this.normBefore = before;
        this.normAfter = after;
        this.clipped = this.clipped || didClip;
    }

    public void recordLearningRate(double rate) {
        this.learningRate = rate;
    }

    public void recordSkipped(String why) {
        this.skipped = true;
        this.note = why;
    }

    public void recordNote(String text) {
        this.note = text;
    }
}
