package org.rnnlab.experiment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.rnnlab.task.AddingProblem;
import org.rnnlab.train.DivergenceRule;

class RunnerTest {

    static final StudySettings TINY = new StudySettings(6, 1, 8, 30, 64, 32, 10, DivergenceRule.defaults());

    @Test
    void results_doNotDependOnTheThreadCount() {
        List<RunSpec> specs = Grid.compare(List.of(Variants.named("tanh").orElseThrow(), Variants.named("lstm").orElseThrow()),
                List.of(5, 8), 2, AddingProblem::new, TINY);
        List<RunResult> one = Runner.run(specs, 1, r -> { });
        List<RunResult> two = Runner.run(specs, 2, r -> { });
        assertEquals(specs.size(), one.size());
        for (int i = 0; i < specs.size(); i++) {
            assertEquals(specs.get(i), one.get(i).spec(), "results come back in spec order");
            assertArrayEquals(one.get(i).steps().loss(), two.get(i).steps().loss(), one.get(i).spec().label());
            assertArrayEquals(one.get(i).steps().normBefore(), two.get(i).steps().normBefore());
            assertEquals(one.get(i).score(), two.get(i).score());
        }
    }

    @Test
    void onDone_hearsOfEveryRun_onTheCallingThread_oneAtATime() {
        List<RunSpec> specs = Grid.compare(List.of(Variants.named("tanh").orElseThrow()), List.of(4, 5, 6), 2,
                AddingProblem::new, TINY);
        Thread caller = Thread.currentThread();
        List<RunSpec> heard = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        StudyRunner runner = new Runner(2);
        List<RunResult> results = runner.run(specs, r -> {
            heard.add(r.spec());
            threads.add(Thread.currentThread());
        });
        assertEquals(specs.size(), heard.size());
        assertTrue(heard.containsAll(specs));
        assertTrue(threads.stream().allMatch(t -> t == caller), "every call on the calling thread");
        assertEquals(specs, results.stream().map(RunResult::spec).toList(), "results in spec order");
    }

    @Test
    void variantsOfACellType_startFromTheSameWeightsOnTheSameData() {
        List<RunSpec> specs = Grid.compare(List.of(Variants.named("tanh").orElseThrow(),
                Variants.named("tanh-clip1").orElseThrow()), List.of(6), 1, AddingProblem::new, TINY);
        List<RunResult> records = Runner.run(specs, 1, r -> { });
        // the same start: the first step's loss and gradient norm are identical; clipping differs only afterwards
        assertEquals(records.get(0).steps().loss()[0], records.get(1).steps().loss()[0], 0.0);
        assertEquals(records.get(0).steps().normBefore()[0], records.get(1).steps().normBefore()[0], 0.0);
    }

    @Test
    void aDivergingRun_isRecordedWithItsStepAndCause_andTheOtherRunsStillComplete() {
        Variant exploding = Variants.named("relu").orElseThrow().withName("relu-hot")
                .withRecurrentInit(org.rnnlab.init.InitKind.ORTHOGONAL.create(1.5))
                .withOptimizer(org.rnnlab.optim.OptimizerConfig.of(org.rnnlab.optim.OptimizerKind.SGD, 100.0));
        List<RunSpec> specs = Grid.compare(List.of(exploding, Variants.named("lstm").orElseThrow()), List.of(20), 1,
                AddingProblem::new, TINY);
        List<RunResult> records = Runner.run(specs, 2, r -> { });
        assertTrue(records.get(0).diverged(), records.get(0).status() + " " + records.get(0).cause());
        assertTrue(records.get(0).divergedStep() >= 0 && !records.get(0).cause().isEmpty());
        assertTrue(!records.get(0).success(), "a diverged run never counts as a success");
        assertEquals(RunResult.Status.COMPLETED, records.get(1).status());
    }

    @Test
    void autoThreshold_isFactorTimesTheMedianOfTheUnclippedProbeSteps() {
        RunSpec spec = new RunSpec(Variants.named("tanh").orElseThrow(), new AddingProblem(6), 0, TINY,
                new AutoThreshold(5, 2.0));
        RunResult auto = RunExecutor.execute(spec);
        RunSpec unclipped = new RunSpec(Variants.named("tanh").orElseThrow(), new AddingProblem(6), 0,
                new StudySettings(6, 1, 8, 5, 64, 32, 10, DivergenceRule.defaults()), null);
        RunResult probe = RunExecutor.execute(unclipped);
        assertEquals(2.0 * probe.steps().medianNormBefore(), auto.threshold(), 1e-12);
    }
}
