package org.rnnlab.optim;

import org.rnnlab.tensor.Norms;

/**
 * The context of one optimisation step that the links of a chain read and write; reused from step to
 * step. {@link #start} resets it before the links run.
 *
 * <p>It holds the L2 norms of the updates (each parameter's and the global one), measured once on
 * first request and then shared: the trainer logs the gradient's norm, and the non-finite guard and
 * the clipping links read the same numbers instead of measuring again. A link that changes the
 * updates before another reads the norms calls {@link #updatesChanged()}; a {@link Chain} does so
 * after each of its links, since it cannot tell which changed them.
 *
 * <p>Links report what they did: the norms a clipping link saw, the learning rate, a skipped step, or
 * a {@linkplain #stopped() stop}: a value, not an exception, tells the trainer that training must end.
 */
public final class StepInfo {

    private long step;
    private double[] norms = new double[0];
    private double norm = Double.NaN;
    private boolean measured;
    private double normBefore = Double.NaN;
    private double normAfter = Double.NaN;
    private boolean clipped;
    private double threshold = Double.NaN;
    private double clippedShare = Double.NaN;
    private double learningRate = Double.NaN;
    private boolean skipped;
    private boolean stopped;
    private String note;

    /** Resets the record for step {@code step} (0-based); the norms are measured again when next read. */
    public void start(long step) {
        this.step = step;
        measured = false;
        normBefore = Double.NaN;
        normAfter = Double.NaN;
        clipped = false;
        threshold = Double.NaN;
        clippedShare = Double.NaN;
        learningRate = Double.NaN;
        skipped = false;
        stopped = false;
        note = null;
    }

    public long step() {
        return step;
    }

    /** The step as people count it, from 1: {@code step() + 1}. Messages name steps this way. */
    public long stepNumber() {
        return step + 1;
    }

    /** The global L2 norm of {@code updates} as they are now (overflow-safe, see {@link Norms}). */
    public double updateNorm(Updates updates) {
        measure(updates);
        return norm;
    }

    /** The L2 norm of parameter {@code i}'s update, from the same measurement as {@link #updateNorm(Updates)}. */
    public double updateNorm(Updates updates, int i) {
        measure(updates);
        return norms[i];
    }

    /** Says that a link changed the updates, so the next read of their norms measures them again. */
    public void updatesChanged() {
        measured = false;
    }

    private void measure(Updates updates) {
        if (measured) {
            return;
        }
        if (norms.length != updates.count()) {
            norms = new double[updates.count()];
        }
        for (int i = 0; i < norms.length; i++) {
            norms[i] = Norms.l2(updates.values(i));
        }
        norm = Norms.combineL2(norms);
        measured = true;
    }

    /**
     * The gradient norm a clipping link measured before clipping, in its own norm type (NaN when no
     * clipping link ran): for the L2 norm, {@link #updateNorm(Updates)} as the link read it.
     */
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

    /**
     * The threshold the clipping link applied at this step, in its own units: τ of a norm rule (the
     * chosen one for AutoClip), c of value clipping, λ of adaptive gradient clipping; NaN when no
     * clipping link ran or it applied none (AutoClip's first step without a history).
     */
    public double threshold() {
        return threshold;
    }

    /**
     * The share of the clipping link's units that it clipped at this step, in [0, 1]: 0 or 1 for
     * global-norm rules (the whole gradient is one unit), the share of parameters, elements or AGC
     * units otherwise; NaN when no clipping link ran.
     */
    public double clippedShare() {
        return clippedShare;
    }

    public double learningRate() {
        return learningRate;
    }

    /** True when a link dropped this step's update (the non-finite "skip" policy). */
    public boolean skipped() {
        return skipped;
    }

    /** True when a link said training must stop at this step (a non-finite gradient); {@link #note()} says why. */
    public boolean stopped() {
        return stopped;
    }

    /** A remark from a link (which parameter went non-finite, why the step was skipped or training stopped), or null. */
    public String note() {
        return note;
    }

    public void recordClip(double before, double after, boolean didClip) {
        this.normBefore = before;
        this.normAfter = after;
        this.clipped = this.clipped || didClip;
    }

    /** What a clipping link applied: its threshold and the share of its units it clipped (see {@link #threshold()}). */
    public void recordThreshold(double applied, double share) {
        this.threshold = applied;
        this.clippedShare = share;
    }

    public void recordLearningRate(double rate) {
        this.learningRate = rate;
    }

    public void recordSkipped(String why) {
        this.skipped = true;
        this.note = why;
    }

    /** Training must stop at this step, for the reason given; the chain runs no further link. */
    public void recordStop(String why) {
        this.stopped = true;
        this.note = why;
    }

    public void recordNote(String text) {
        this.note = text;
    }
}
