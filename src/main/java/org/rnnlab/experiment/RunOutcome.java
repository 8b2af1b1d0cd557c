package org.rnnlab.experiment;

import org.rnnlab.name.Named;

/**
 * What a study run achieved, judged by its loss, its score and the size of its forward state, so
 * that a run which avoided divergence is not taken for one that learned. The classes, checked in
 * this order:
 *
 * <ol>
 * <li>{@link #FAILED}: an error inside rnnlab stopped it;</li>
 * <li>{@link #DIVERGED}: the divergence rule stopped it (a non-finite loss or gradient, or an applied
 * gradient norm {@code 1e6×} its early median), or its final training loss, test loss or state is
 * not finite;</li>
 * <li>{@link #SOLVED}: the task's success criterion is met (adding: test MSE below 0.01);</li>
 * <li>{@link #STATE_EXPLODED}: finite, but the largest |h| (or an LSTM's |c|) on the test probe
 * batch at the end exceeds {@value #STATE_BOUND} — more than any tanh state (|h| ≤ 1) and any
 * LSTM cell state of up to 10⁴ steps (|c_t| ≤ t) can reach — or its test loss or its final
 * training loss exceeds {@value #LOSS_FACTOR}× the task's baseline loss. Clipping bounds the step, not the state, so a
 * run can end here with every step clipped;</li>
 * <li>{@link #LEARNED}: its final training loss (the mean of the last 10% of steps) is below half
 * the baseline loss, the line between having learned something and predicting the mean, but it
 * falls short of the success criterion;</li>
 * <li>{@link #BASELINE}: none of these: no clear improvement over the trivial predictor (for a
 * CSV series, whose baseline is persistence, every run that does not beat it).</li>
 * </ol>
 */
public enum RunOutcome implements Named {
    SOLVED, LEARNED, BASELINE, STATE_EXPLODED, DIVERGED, FAILED;

    /** A state larger than this in magnitude counts as exploded. */
    public static final double STATE_BOUND = 1e4;
    /** A test or final training loss above this multiple of the baseline loss counts as exploded. */
    public static final double LOSS_FACTOR = 10.0;

    /**
     * The outcome from the figures behind it.
     *
     * @param status    how the run ended
     * @param success   the task's success criterion was met
     * @param finalLoss mean training loss of the last 10% of steps
     * @param testLoss  loss on the test probe batch at the end (ignored unless {@code probed})
     * @param baseline  the task's baseline loss, NaN if it has none
     * @param state     the largest |h| (and LSTM |c|) on the probe batch at the end (ignored unless {@code probed})
     * @param probed    whether the test loss and the state were measured
     */
    public static RunOutcome of(RunResult.Status status, boolean success, double finalLoss, double testLoss, double baseline,
            double state, boolean probed) {
        if (status == RunResult.Status.FAILED) {
            return FAILED;
        }
        if (status == RunResult.Status.DIVERGED || !Double.isFinite(finalLoss)
                || (probed && !(Double.isFinite(testLoss) && Double.isFinite(state)))) {
            return DIVERGED;
        }
        if (success) {
            return SOLVED;
        }
        if ((probed && (state > STATE_BOUND || testLoss > LOSS_FACTOR * baseline)) || finalLoss > LOSS_FACTOR * baseline) {
            return STATE_EXPLODED;
        }
        return finalLoss < baseline / 2 ? LEARNED : BASELINE;
    }

    /** True for the classes of a run that finished finite but learned nothing usable or blew its state up. */
    public boolean finishedWithoutLearning() {
        return this == BASELINE || this == STATE_EXPLODED;
    }

    /** "solved", "learned", "baseline", "state-exploded", "diverged", "failed". */
    @Override
    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    @Override
    public String toString() {
        return id();
    }
}
