package org.rnnlab.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.rnnlab.experiment.AutoThreshold;
import org.rnnlab.experiment.RunResult;
import org.rnnlab.experiment.Variants;
import org.rnnlab.task.AddingProblem;
import org.rnnlab.task.CopyMemory;
import org.rnnlab.task.TemporalOrder;

class FindingsTest {

    private static StudyDescription description() {
        return StudyDescription.of("test study", new AddingProblem(10), FakeRun.SETTINGS, Variants.all());
    }

    private static Findings findings(List<RunResult> records) {
        return Findings.of(records, description());
    }

    private static void contains(String text, String part) {
        assertTrue(text.contains(part), () -> "expected «" + part + "» in:\n" + text);
    }

    @Test
    void divergenceIsCountedPerVariantWithItsLengthsAndFirstStep() {
        List<RunResult> r = new ArrayList<>();
        long[] steps = {600, 412, 500};
        for (int s = 0; s < 3; s++) {
            r.add(FakeRun.of("tanh", 10, s).build());
            r.add(FakeRun.of("tanh", 100, s).divergeAt(steps[s]).build());
            r.add(FakeRun.of("tanh-clip1", 10, s).build());
            r.add(FakeRun.of("tanh-clip1", 100, s).build());
        }
        String text = findings(r).explosion();
        contains(text, "tanh diverged in 3 of 3 seeds at T = 100 (95% CI 0.44–1; first at step 413)");
        contains(text, "tanh-clip1 (τ = 1) did not diverge at any length (0 of 6 runs, 95% CI 0–0.39)");
    }

    @Test
    void divergenceAtTheLongerLengthsIsWrittenAsAnInequality() {
        List<RunResult> r = new ArrayList<>();
        r.add(FakeRun.of("relu", 10, 0).build());
        r.add(FakeRun.of("relu", 50, 0).divergeAt(80).build());
        r.add(FakeRun.of("relu", 100, 0).divergeAt(30).build());
        String text = findings(r).explosion();
        contains(text, "relu diverged in 2 of 2 runs at T ≥ 50 (95% CI 0.34–1; first at step 31)");
    }

    @Test
    void aStudyWithoutDivergenceSaysSoAndReportsTheLargestSpike() {
        List<RunResult> r = List.of(FakeRun.of("tanh", 10, 0).spike(40, 50.0).build(), FakeRun.of("lstm", 10, 0).build());
        String text = findings(r).explosion();
        contains(text, "No run diverged");
        contains(text, "the largest spike was 50 (");
        contains(text, "for tanh at T = 10, step 41");
    }

    @Test
    void calmNormsAreCalledCalm() {
        String text = findings(List.of(FakeRun.of("lstm", 10, 0).build())).explosion();
        contains(text, "never rose above 10× its run's median");
    }

    @Test
    void failedRunsAreNamedWithTheirCause() {
        String text = findings(List.of(FakeRun.of("lstm", 10, 0).build(), FakeRun.of("gru", 10, 0).fail("out of memory").build()))
                .explosion();
        contains(text, "1 run failed with an error (out of memory)");
    }

    @Test
    void lossComparesTheBestVariantWithTheBaseline() {
        List<RunResult> r = List.of(FakeRun.of("lstm", 10, 0).loss(0.001).build(), FakeRun.of("tanh", 10, 0).loss(0.16).build(),
                FakeRun.of("relu", 10, 0).divergeAt(5).build());
        String text = findings(r).loss();
        contains(text, "the lowest final loss was lstm's 0.001 (baseline 0.167)");
        contains(text, "tanh did not get below half the baseline");
        contains(text, "every run of relu diverged");
    }

    @Test
    void aBaselineThatDependsOnTheLengthIsTakenPerLength() {
        // the copy task's baseline is 10 ln 8 / T: 0.832 at T = 25, 0.208 at T = 100
        List<RunResult> r = List.of(FakeRun.of("lstm", 25, 0).task(CopyMemory::new).loss(0.3).build(),
                FakeRun.of("lstm", 100, 0).task(CopyMemory::new).loss(0.15).build());
        String text = findings(r).loss();
        contains(text, "At T = 25 the lowest final loss was lstm's 0.3 (baseline 0.832), and every variant that finished ended "
                + "below half the baseline.");
        contains(text, "At T = 100 the lowest final loss was lstm's 0.15 (baseline 0.208), and no variant got below half the "
                + "baseline.");
    }

    @Test
    void timeGradientsAreClassifiedAsVanishingGrowingOrSteady() {
        List<RunResult> r = List.of(FakeRun.of("sigmoid", 20, 0).timeRatio(1e-5, 1e-4).build(),
                FakeRun.of("relu", 20, 0).timeRatio(1000, 2).build(), FakeRun.of("lstm", 20, 0).timeRatio(0.5, 0.5).build());
        String text = findings(r).timeGradients();
        contains(text, "At initialisation it vanished for sigmoid (×1e-5); it grew for relu (×1000); it stayed within a factor");
        contains(text, "After training it vanished for sigmoid (×1e-4); it stayed within a factor of 100 either way for relu (×2) and lstm (×0.5)");
    }

    @Test
    void successIsReportedPerVariantWithTheLengthsWhereItHeld() {
        List<RunResult> r = new ArrayList<>();
        for (int s = 0; s < 2; s++) {
            r.add(FakeRun.of("lstm", 10, s).test(0.001, true).loss(0.002).build());
            r.add(FakeRun.of("lstm", 30, s).test(0.1, s == 0).loss(0.05).build());
            r.add(FakeRun.of("tanh", 10, s).test(0.15, false).loss(0.15).build());
            r.add(FakeRun.of("tanh", 30, s).test(0.16, false).loss(0.16).build());
        }
        String text = findings(r).lengths();
        contains(text, "Meeting the success criterion in at least half the seeds: lstm at T = 10 and 30; tanh at no length.");
        contains(text, "Median final losses were 0.002–0.15 at T = 10 and 0.05–0.16 at T = 30");
    }

    @Test
    void withoutAnySuccessTheBestTestFigureIsGiven() {
        String text = findings(List.of(FakeRun.of("tanh", 10, 0).test(0.04, false).build())).lengths();
        contains(text, "No variant met the success criterion");
        contains(text, "the best median test mse was 0.04 (tanh, T = 10)");
    }

    @Test
    void theBestAccuracyIsTheHighest() {
        List<RunResult> r = List.of(FakeRun.of("lstm", 20, 0).task(TemporalOrder::new).test(0.6, false).build(),
                FakeRun.of("tanh", 20, 0).task(TemporalOrder::new).test(0.3, false).build());
        RunResult a = r.get(0), b = r.get(1);
        List<RunResult> scored = List.of(withMetric(a, "accuracy"), withMetric(b, "accuracy"));
        contains(findings(scored).lengths(), "the best median test accuracy was 0.6 (lstm, T = 20)");
    }

    private static RunResult withMetric(RunResult r, String metric) {
        return new RunResult(r.spec(), r.status(), r.divergedStep(), r.cause(), r.threshold(),
                org.rnnlab.task.TaskScore.of(metric, r.score().value(), false), false, r.steps(), r.probes(), r.probeSteps(),
                r.initialHealth(), r.finalHealth(), r.seconds());
    }

    @Test
    void aThresholdFamilyIsComparedLevelByLevel() {
        List<RunResult> r = new ArrayList<>();
        AutoThreshold rule = new AutoThreshold(20, 1.0);
        for (int s = 0; s < 2; s++) {
            r.add(FakeRun.of("tanh", 100, s).divergeAt(300 + s).build());
            r.add(FakeRun.of("tanh-clip1", 100, s).norm(2.0).loss(0.05).build());
            r.add(FakeRun.of("tanh-clip5", 100, s).norm(2.0).loss(0.08).build());
            r.add(FakeRun.of(Variants.named("tanh").get().withName("tanh-auto"), 100, s).auto(rule, 0.8 + 0.1 * s).loss(0.06).build());
            r.add(FakeRun.of("lstm", 100, s).build());
        }
        Findings f = findings(r);
        String text = f.thresholds();
        contains(text, "Among the tanh variants (4 clipping levels), without clipping 2 of 2 runs diverged (95% CI 0.34–1; first at step 301)");
        contains(text, "no run diverged with τ ∈ {1, 5, auto} (0 of 2 runs, 95% CI 0–0.66 each)");
        contains(text, "the lowest median final loss came with τ = 1 (0.05); without clipping every run diverged");
        contains(text, "ran from 0% with τ = 5 to 100% with τ = 1");
        contains(text, "chose τ between 0.8 and 0.9");
        assertFalse(text.contains("lstm"), text);
    }

    /** The run with its state measured at the end: max |h| = {@code state}, and the outcome that follows. */
    private static RunResult withState(RunResult r, double state, double testLoss) {
        org.rnnlab.diagnostics.StateMagnitude end = new org.rnnlab.diagnostics.StateMagnitude(new double[] {state},
                new double[] {state / 2}, new double[] {Double.NaN}, new double[] {Double.NaN});
        org.rnnlab.experiment.RunOutcome outcome = org.rnnlab.experiment.RunOutcome.of(r.status(), r.success(),
                r.steps().finalLoss(), testLoss, r.spec().task().baselineLoss(), state, true);
        return new RunResult(r.spec(), r.status(), r.divergedStep(), r.cause(), r.threshold(), r.score(), r.success(), r.steps(),
                r.probes(), r.probeSteps(), r.initialHealth(), r.finalHealth(), r.seconds(), outcome, testLoss, List.of(end), -1,
                r.diagnostics(), r.provenance());
    }

    @Test
    void aClippedRunWhoseStateExplodedIsNamed_clippingBoundedTheStepNotTheState() {
        List<RunResult> r = new ArrayList<>();
        for (int s = 0; s < 2; s++) {
            r.add(FakeRun.of("relu", 50, s).divergeAt(10 + s).build());
            r.add(withState(FakeRun.of("relu-clip", 50, s).loss(1e8).build(), 3e6, 1e9));
        }
        Findings f = findings(r);
        contains(f.explosion(), "Finite but exploded (a hidden state beyond 10000 or a test or training loss beyond 10× the baseline): "
                + "relu-clip (τ = 1) in 2 of 2 seeds at T = 50 (largest |h| 3e6, loss up to 6e9× the baseline). Where those runs clipped, clipping bounded the "
                + "step, not the state.");
        contains(f.thresholds(), "no run diverged with τ ∈ {1}");
        contains(f.thresholds(), "The state or the loss exploded while the runs stayed finite with τ = 1 in 2 of 2 runs: "
                + "clipping bounded the step, not the state.");
        contains(f.thresholds(), "At T = 50 no level got its median final loss below the baseline 0.167; the closest was τ = 1 (1e8)");
        assertFalse(f.thresholds().contains("lowest"), f.thresholds());
        contains(f.overview(), "By outcome: 2 state-exploded and 2 diverged.");
    }

    @Test
    void aLossAboveTheBaselineIsNeverCalledTheLowest() {
        List<RunResult> r = List.of(FakeRun.of("tanh", 20, 0).loss(0.3).build(), FakeRun.of("relu", 20, 0).loss(0.5).build());
        String text = findings(r).loss();
        contains(text, "At T = 20 no variant got below the baseline loss 0.167 (a constant prediction): the closest, tanh, ended at 0.3.");
        assertFalse(text.contains("lowest"), text);
    }

    @Test
    void withoutVariantsDifferingOnlyInClippingThereIsNoThresholdText() {
        assertEquals("", findings(List.of(FakeRun.of("tanh", 10, 0).build(), FakeRun.of("lstm", 10, 0).build())).thresholds());
    }

    @Test
    void theActivationSentencesComputeTheProductsForTheLongestLength() {
        List<RunResult> r = List.of(FakeRun.of("sigmoid", 100, 0).health(1.1, 1.2, -40.0).build(),
                FakeRun.of("tanh", 100, 0).health(1.1, 1.5, -3.0).build());
        String text = findings(r).activations();
        contains(text, "0.25^100 ≈ 6.22e-61");
        contains(text, "0.42^100 ≈ 2.1e-38");
        contains(text, "was 1e-40 for sigmoid and 0.001 for tanh");
        contains(findings(r).tables(), "The spectral radius of W_hh changed most for tanh, T = 100: from 1.1 to 1.5");
        contains(findings(r).tables(), "After training up to 20% of sigmoid's activations were saturated (T = 100).");
    }

    @Test
    void theTablesTextGivesNormRangeClippingAndCost() {
        List<RunResult> r = List.of(FakeRun.of("tanh", 10, 0).norm(0.5).build(), FakeRun.of("tanh-clip1", 10, 0).norm(3).build());
        String text = Findings.of(r, description().withTiming(null, 2.0, 2)).tables();
        contains(text, "Median gradient norms before clipping ran from 0.5 (tanh, T = 10) to 3 (tanh-clip1, T = 10)");
        contains(text, "Share of steps clipped, over the lengths: tanh-clip1 100%");
        contains(text, "The 2 runs took 1.0 s of computing time and the study 2.0 s of wall time on 2 threads");
    }

    @Test
    void everyVariantIsMentioned() {
        List<RunResult> r = new ArrayList<>();
        for (String v : List.of("tanh", "tanh-clip1", "relu", "lstm")) {
            r.add(FakeRun.of(v, 10, 0).timeRatio(0.1, 0.2).build());
            r.add(FakeRun.of(v, 30, 0).timeRatio(0.01, 0.02).divergeAt(v.equals("tanh") ? 40 : -1).build());
        }
        String all = findings(r).all();
        for (String v : List.of("tanh", "tanh-clip1", "relu", "lstm")) {
            contains(all, v + " ");
        }
        contains(findings(r).overview(), "This study trained 8 runs (4 variants × 2 lengths × 1 seed) of up to 100 steps");
        contains(findings(r).overview(), "1 of 8 runs diverged, and none met the success criterion.");
    }
}
