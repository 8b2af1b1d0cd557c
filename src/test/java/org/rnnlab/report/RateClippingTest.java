package org.rnnlab.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.rnnlab.clip.Clipping;
import org.rnnlab.experiment.RunResult;
import org.rnnlab.experiment.Variant;
import org.rnnlab.experiment.Variants;
import org.rnnlab.optim.Schedule;
import org.rnnlab.task.AddingProblem;

class RateClippingTest {

    private static Variant at(double rate, double tau) {
        Variant tanh = Variants.named("tanh").get();
        return tanh.withName("tanh-lr" + rate + (Double.isNaN(tau) ? "-none" : "-tau-" + tau))
                .withOptimizer(tanh.optimizer().withSchedule(new Schedule.Constant(rate)))
                .withClipping(Double.isNaN(tau) ? Clipping.none() : Clipping.globalNorm(tau));
    }

    /** Two seeds of a variant; the first {@code diverged} of them diverge. */
    private static List<RunResult> runs(Variant v, int diverged, double loss) {
        List<RunResult> out = new ArrayList<>();
        for (int seed = 0; seed < 2; seed++) {
            FakeRun run = FakeRun.of(v, 10, seed).loss(loss);
            out.add((seed < diverged ? run.divergeAt(50) : run).build());
        }
        return out;
    }

    private static List<RunResult> study() {
        List<RunResult> all = new ArrayList<>();
        all.addAll(runs(at(0.01, Double.NaN), 0, 0.1));
        all.addAll(runs(at(0.01, 1.0), 0, 0.1));
        all.addAll(runs(at(0.1, Double.NaN), 1, 0.1));
        all.addAll(runs(at(0.1, 1.0), 0, 5.0));
        all.addAll(runs(at(1.0, Double.NaN), 2, 0.1));
        all.addAll(runs(at(1.0, 1.0), 1, 0.1));
        return all;
    }

    @Test
    void saysWhichRatesStayedFiniteOnlyWithClipping_andWhichWithoutAndWhichNever() {
        Section s = RateClipping.section(new StudyGrid(study())).orElseThrow();
        String baseline = org.rnnlab.text.Numbers.readable(new AddingProblem(10).baselineLoss());
        assertEquals("Across every length and seed, a learning rate counts as finite at a clipping level when none of its runs "
                + "diverged. Stayed finite only with clipping: η = 0.1 (unclipped: 1 of 2 runs diverged; finite with τ = 1, "
                + "though its median final loss 5 stayed more than 10% above the baseline " + baseline + "). Stayed finite without clipping: "
                + "η = 0.01. Diverged at least once at every clipping level: η = 1.", s.findings());
        Table t = s.tables().get(0);
        assertEquals(List.of("learning rate", "none", "τ = 1"), t.header());
        assertEquals(List.of("0.01", "0/2, 0.1", "0/2, 0.1"), t.rows().get(0));
        assertEquals(List.of("1", "2/2", "1/2, 0.1"), t.rows().get(2));
    }

    @Test
    void aStudyWithOneLearningRate_hasNoSuchSection() {
        List<RunResult> one = new ArrayList<>(runs(at(0.1, Double.NaN), 1, 0.1));
        one.addAll(runs(at(0.1, 1.0), 0, 0.1));
        assertTrue(RateClipping.section(new StudyGrid(one)).isEmpty());
    }
}
