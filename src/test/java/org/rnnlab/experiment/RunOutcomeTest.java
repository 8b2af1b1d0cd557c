package org.rnnlab.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.rnnlab.activation.ActivationKind;
import org.rnnlab.clip.Clipping;
import org.rnnlab.init.InitKind;
import org.rnnlab.optim.OptimizerConfig;
import org.rnnlab.optim.OptimizerKind;
import org.rnnlab.task.TaskKind;
import org.rnnlab.train.DivergenceRule;

/** Each outcome class from constructed figures, and a clipped run whose state explodes from a real tiny run. */
class RunOutcomeTest {

    private static final double BASELINE = 1.0 / 6.0;
    private static final RunResult.Status DONE = RunResult.Status.COMPLETED;

    @Test
    void eachClassFollowsFromTheFiguresBehindIt() {
        assertEquals(RunOutcome.FAILED, RunOutcome.of(RunResult.Status.FAILED, false, Double.NaN, Double.NaN, BASELINE, Double.NaN, false));
        assertEquals(RunOutcome.DIVERGED, RunOutcome.of(RunResult.Status.DIVERGED, false, 0.1, 0.1, BASELINE, 0.5, true));
        assertEquals(RunOutcome.DIVERGED, RunOutcome.of(DONE, false, 0.1, Double.POSITIVE_INFINITY, BASELINE, 0.5, true),
                "an infinite test loss");
        assertEquals(RunOutcome.DIVERGED, RunOutcome.of(DONE, false, 0.1, 0.1, BASELINE, Double.NaN, true), "a NaN state");
        assertEquals(RunOutcome.SOLVED, RunOutcome.of(DONE, true, 0.004, 0.005, BASELINE, 0.9, true));
        assertEquals(RunOutcome.STATE_EXPLODED, RunOutcome.of(DONE, false, 0.1, 0.1, BASELINE, 2e4, true), "|h| beyond the bound");
        assertEquals(RunOutcome.STATE_EXPLODED, RunOutcome.of(DONE, false, 0.1, 11 * BASELINE, BASELINE, 5.0, true),
                "a test loss beyond 10x the baseline");
        assertEquals(RunOutcome.STATE_EXPLODED, RunOutcome.of(DONE, false, 11 * BASELINE, 0.1, BASELINE, 5.0, true),
                "a final training loss beyond 10x the baseline");
        assertEquals(RunOutcome.LEARNED, RunOutcome.of(DONE, false, 0.49 * BASELINE, 0.5 * BASELINE, BASELINE, 0.9, true));
        assertEquals(RunOutcome.BASELINE, RunOutcome.of(DONE, false, 0.51 * BASELINE, BASELINE, BASELINE, 0.9, true));
        assertEquals(RunOutcome.BASELINE, RunOutcome.of(DONE, false, 0.3, 0.3, Double.NaN, 0.9, true),
                "without a baseline loss (a CSV series) an unsuccessful run is no better than the baseline");
    }

    @Test
    void theBoundsAreTheDocumentedOnes() {
        assertEquals(1e4, RunOutcome.STATE_BOUND);
        assertEquals(10.0, RunOutcome.LOSS_FACTOR);
        assertEquals("state-exploded", RunOutcome.STATE_EXPLODED.id());
        assertEquals(RunOutcome.STATE_EXPLODED, RunOutcome.of(DONE, false, 0.1, 0.1, BASELINE, RunOutcome.STATE_BOUND * 1.001, true));
        assertEquals(RunOutcome.BASELINE, RunOutcome.of(DONE, false, 0.1, 0.1, BASELINE, RunOutcome.STATE_BOUND, true));
    }

    /**
     * ReLU with W_hh = 2·I: the state doubles every step, to about 2³⁰ at T = 30. Clipped at τ = 1
     * with plain SGD at 0.01, every applied step has norm at most 1 and moves the weights by at most
     * 0.01, so the divergence rule never fires, yet the state and the test loss explode:
     * state-exploded, not diverged.
     */
    @Test
    void aClippedReluRunAtGainTwoKeepsItsStepsFiniteButItsStateExplodes() {
        RunResult clipped = RunExecutor.execute(spec(Clipping.globalNorm(1.0), 0.01));
        assertEquals(RunResult.Status.COMPLETED, clipped.status(), clipped.cause());
        assertEquals(RunOutcome.STATE_EXPLODED, clipped.outcome());
        assertTrue(clipped.finalState().largest() > RunOutcome.STATE_BOUND, "max |h| " + clipped.finalState().largest());
        assertTrue(clipped.steps().clippedShare() == 1.0, "every step clipped: " + clipped.steps().clippedShare());
        assertEquals(clipped.probeSteps().size(), clipped.states().size(), "a state measurement at every probe");
        assertEquals(1.0, clipped.steps().medianThreshold());
    }

    private static RunSpec spec(Clipping clipping, double lr) {
        Variant v = Variants.named("relu").orElseThrow().withName("relu-gain2").withActivation(ActivationKind.RELU.create())
                .withRecurrentInit(InitKind.IDENTITY.create(2.0)).withOptimizer(OptimizerConfig.of(OptimizerKind.SGD, lr))
                .withClipping(clipping);
        StudySettings s = new StudySettings(4, 1, 8, 6, 32, 16, 3, DivergenceRule.defaults());
        return new RunSpec(v, TaskKind.ADDING.create(30), 0, s, null);
    }
}
