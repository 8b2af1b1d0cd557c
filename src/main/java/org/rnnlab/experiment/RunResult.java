package org.rnnlab.experiment;

import java.io.Serializable;
import java.util.List;

import org.rnnlab.diagnostics.Health;
import org.rnnlab.diagnostics.StateMagnitude;
import org.rnnlab.diagnostics.TimeGradients;
import org.rnnlab.name.Named;
import org.rnnlab.provenance.Provenance;
import org.rnnlab.task.TaskScore;

/**
 * Everything a study keeps of one run: how it ended, its score, its step series and diagnostics.
 *
 * @param spec            what ran
 * @param status          completed, diverged, or failed (an error inside the run; see cause)
 * @param divergedStep    the 0-based step where it diverged (step {@code divergedStep + 1} for people), −1 otherwise
 * @param cause           why it diverged or failed, or empty
 * @param threshold       the clipping threshold used (the chosen one for auto), NaN without clipping
 * @param score           the task's score on fresh test sequences (null if it could not be computed)
 * @param success         the task's success criterion met (never for a diverged run)
 * @param steps           per-step loss and norms
 * @param probes          ‖∂L/∂h_t‖ on a fixed probe batch at the steps in {@code probeSteps}
 * @param probeSteps      where the probes were taken (0 is before any update; the last is after training)
 * @param initialHealth   saturation, dead units, spectral radius before training
 * @param finalHealth     the same after training
 * @param seconds         wall time of the run
 * @param outcome         what the run achieved ({@link RunOutcome}: solved, learned, baseline, state-exploded, diverged, failed)
 * @param testLoss        the loss on the test probe batch after training, NaN if not measured
 * @param states          the forward state's magnitude on the probe batch at each of {@code probeSteps}
 * @param stepsToSuccess  the number of steps trained when the task's criterion was first met, checked on
 *                        the test sequences at every probe and at the end; −1 if never
 * @param diagnostics     the Jacobian flow, the first non-finite value and the per-layer series
 *                        ({@link RunDiagnostics#NONE} when not measured)
 * @param provenance      the kernel, CPU, JVM and build that computed it (on Spark, the executor's), or
 *                        null when unknown
 */
public record RunResult(RunSpec spec, Status status, long divergedStep, String cause, double threshold, TaskScore score,
        boolean success, StepSeries steps, List<TimeGradients> probes, List<Long> probeSteps, Health initialHealth,
        Health finalHealth, double seconds, RunOutcome outcome, double testLoss, List<StateMagnitude> states,
        long stepsToSuccess, RunDiagnostics diagnostics, Provenance provenance) implements Serializable {

    public RunResult {
        if (outcome == null) {
            throw new IllegalArgumentException("a run result needs an outcome");
        }
        states = states == null ? List.of() : List.copyOf(states);
        diagnostics = diagnostics == null ? RunDiagnostics.NONE : diagnostics;
    }

    /**
     * A record without state measurements, test loss, diagnostics or provenance: the outcome
     * follows from the status, the success and the final loss alone ({@link RunOutcome#of}).
     */
    public RunResult(RunSpec spec, Status status, long divergedStep, String cause, double threshold, TaskScore score,
            boolean success, StepSeries steps, List<TimeGradients> probes, List<Long> probeSteps, Health initialHealth,
            Health finalHealth, double seconds) {
        this(spec, status, divergedStep, cause, threshold, score, success, steps, probes, probeSteps, initialHealth,
                finalHealth, seconds, RunOutcome.of(status, success, steps.finalLoss(), Double.NaN,
                        spec.task().baselineLoss(), Double.NaN, false), Double.NaN, List.of(),
                success ? steps.size() : -1, RunDiagnostics.NONE, null);
    }

    /**
     * How a study run ended. Unlike a training {@link org.rnnlab.train.Outcome}, a run may fail
     * outright, and it never stops early (studies train every planned step).
     */
    public enum Status implements Named {
        /** Trained every planned step. */
        COMPLETED,
        /** The divergence rule stopped it; see the step and the cause. */
        DIVERGED,
        /** An error inside the run stopped it; see the cause. The study goes on with its other runs. */
        FAILED;

        @Override
        public String toString() {
            return id();
        }
    }

    public boolean diverged() {
        return status == Status.DIVERGED;
    }

    public boolean failed() {
        return status == Status.FAILED;
    }

    public String variant() {
        return spec.variant().name();
    }

    public int length() {
        return spec.length();
    }

    /** The same result, computed by {@code by}. */
    public RunResult withProvenance(Provenance by) {
        return new RunResult(spec, status, divergedStep, cause, threshold, score, success, steps, probes, probeSteps,
                initialHealth, finalHealth, seconds, outcome, testLoss, states, stepsToSuccess, diagnostics, by);
    }

    /** The probe before training, or null. */
    public TimeGradients initialGradients() {
        return probes.isEmpty() ? null : probes.get(0);
    }

    /** The state magnitude after training (or at divergence), or null when it was not measured. */
    public StateMagnitude finalState() {
        return states.isEmpty() ? null : states.get(states.size() - 1);
    }

    /** The last probe (after training, or at divergence), or null. */
    public TimeGradients finalGradients() {
        return probes.isEmpty() ? null : probes.get(probes.size() - 1);
    }
}
