package org.rnnlab.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rnnlab.task.AddingProblem;
import org.rnnlab.train.DivergenceRule;

class DurableStudyTest {

    static List<RunSpec> grid(StudySettings settings) {
        return Grid.compare(List.of(Variants.named("tanh").orElseThrow(), Variants.named("gru").orElseThrow()), List.of(4, 6), 1,
                AddingProblem::new, settings);
    }

    /** The local runner, counting what it was asked to train. */
    static final class Counting implements StudyRunner {
        final List<RunSpec> trained = new ArrayList<>();

        @Override
        public List<RunResult> run(List<RunSpec> specs, Consumer<RunResult> onDone) {
            trained.addAll(specs);
            return new Runner(2).run(specs, onDone);
        }
    }

    @Test
    void aSecondOpen_readsEveryRecordBack_andTrainsNothing(@TempDir Path dir) {
        List<RunSpec> specs = grid(RunnerTest.TINY);
        Counting first = new Counting();
        List<RunResult> trained = DurableStudy.open(dir, specs, "test", false).run(first, r -> { });
        assertEquals(specs.size(), first.trained.size());
        DurableStudy again = DurableStudy.open(dir, specs, "test", false);
        assertEquals(specs.size(), again.reused());
        assertTrue(again.remaining().isEmpty());
        Counting second = new Counting();
        List<RunResult> read = again.run(second, r -> { });
        assertTrue(second.trained.isEmpty(), "nothing trained again: " + second.trained);
        assertEquals(trained, read, "the records read back equal the results");
    }

    @Test
    void eachRecord_isOnDisk_beforeTheRunIsReportedDone(@TempDir Path dir) {
        List<RunSpec> specs = grid(RunnerTest.TINY);
        DurableStudy study = DurableStudy.open(dir, specs, "test", false);
        RunRecords records = new RunRecords(dir, "test");
        List<Boolean> onDisk = new ArrayList<>();
        study.run(new Runner(1), r -> onDisk.add(Files.isRegularFile(records.file(records.id(r.spec())))));
        assertEquals(List.of(true, true, true, true), onDisk);
    }

    @Test
    void aPartlyRecordedStudy_trainsOnlyTheMissingRuns(@TempDir Path dir) throws Exception {
        List<RunSpec> specs = grid(RunnerTest.TINY);
        List<RunResult> all = DurableStudy.open(dir, specs, "test", false).run(new Runner(2), r -> { });
        RunRecords records = new RunRecords(dir, "test");
        Files.delete(records.file(records.id(specs.get(1))));
        Files.delete(records.file(records.id(specs.get(3))));
        Counting runner = new Counting();
        DurableStudy resumed = DurableStudy.open(dir, specs, "test", false);
        assertEquals(2, resumed.reused());
        List<RunResult> results = resumed.run(runner, r -> { });
        assertEquals(List.of(specs.get(1), specs.get(3)), runner.trained);
        for (int i = 0; i < specs.size(); i++) {
            assertEquals(specs.get(i), results.get(i).spec(), "spec order");
            assertEquals(all.get(i).steps(), results.get(i).steps(), "same numbers as the first time: " + specs.get(i).label());
        }
    }

    @Test
    void changedSettings_reuseNothing_andFreshDeletesTheOldRecords(@TempDir Path dir) {
        DurableStudy.open(dir, grid(RunnerTest.TINY), "test", false).run(new Runner(2), r -> { });
        StudySettings moreSteps = new StudySettings(6, 1, 8, 31, 64, 32, 10, DivergenceRule.defaults());
        assertEquals(0, DurableStudy.open(dir, grid(moreSteps), "test", false).reused(), "another step budget");
        assertEquals(0, DurableStudy.open(dir, grid(RunnerTest.TINY), "other-version", false).reused(), "another rnnlab");
        DurableStudy fresh = DurableStudy.open(dir, grid(RunnerTest.TINY), "test", true);
        assertEquals(0, fresh.reused());
        assertEquals(4, fresh.remaining().size());
        assertEquals(0, DurableStudy.open(dir, grid(RunnerTest.TINY), "test", false).reused(), "--fresh deleted them");
    }

    @Test
    void aDamagedRecord_isReported_andTrainedAgain(@TempDir Path dir) throws Exception {
        List<RunSpec> specs = grid(RunnerTest.TINY);
        DurableStudy.open(dir, specs, "test", false).run(new Runner(2), r -> { });
        RunRecords records = new RunRecords(dir, "test");
        Path damaged = records.file(records.id(specs.get(0)));
        Files.writeString(damaged, "{\"format\": \"rnnlab-run\", \"version\": 1, \"id\": \"x\", \"result\": {\"spec\": 7}}");
        Path swapped = records.file(records.id(specs.get(1)));
        Files.copy(records.file(records.id(specs.get(2))), swapped, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        DurableStudy study = DurableStudy.open(dir, specs, "test", false);
        assertEquals(2, study.reused());
        assertEquals(2, study.unreadable().size(), study.unreadable().toString());
        assertTrue(study.unreadable().get(0).startsWith(damaged.toString()), study.unreadable().get(0));
        assertTrue(study.unreadable().get(1).contains("holds the run with identity " + records.id(specs.get(2))),
                study.unreadable().get(1));
        Counting runner = new Counting();
        study.run(runner, r -> { });
        assertEquals(List.of(specs.get(0), specs.get(1)), runner.trained);
        assertEquals(specs.size(), DurableStudy.open(dir, specs, "test", false).reused(), "the new records replaced the damaged");
    }

    @Test
    void identities_changeWithEveryDeterminingInput_andOnlyThen() {
        RunSpec spec = new RunSpec(Variants.named("tanh").orElseThrow(), new AddingProblem(6), 0, RunnerTest.TINY, null);
        String id = RunIdentity.of(spec, "v");
        assertEquals(id, RunIdentity.of(new RunSpec(Variants.named("tanh").orElseThrow(), new AddingProblem(6), 0,
                new StudySettings(6, 1, 8, 30, 64, 32, 10, DivergenceRule.defaults()), null), "v"), "equal specs, equal ids");
        assertTrue(id.matches("[0-9a-f]{" + RunIdentity.HEX_DIGITS + "}"), id);
        Variant tanh = spec.variant();
        List<RunSpec> changed = List.of(
                new RunSpec(tanh, new AddingProblem(6), 1, RunnerTest.TINY, null),
                new RunSpec(tanh, new AddingProblem(7), 0, RunnerTest.TINY, null),
                new RunSpec(tanh, org.rnnlab.task.TaskKind.SINE.create(6), 0, RunnerTest.TINY, null),
                new RunSpec(tanh.withOptimizer(org.rnnlab.optim.OptimizerConfig.of(org.rnnlab.optim.OptimizerKind.MOMENTUM,
                        Variants.RNN_LEARNING_RATE * 1.0000001)), new AddingProblem(6), 0, RunnerTest.TINY, null),
                new RunSpec(tanh.withClipping(org.rnnlab.clip.Clipping.globalNorm(1.0)), new AddingProblem(6), 0, RunnerTest.TINY, null),
                new RunSpec(tanh.withName("tanh2"), new AddingProblem(6), 0, RunnerTest.TINY, null),
                new RunSpec(tanh, new AddingProblem(6), 0, new StudySettings(6, 1, 8, 30, 64, 32, 11, DivergenceRule.defaults()), null),
                new RunSpec(tanh, new AddingProblem(6), 0, new StudySettings(6, 1, 8, 30, 64, 32, 10, new DivergenceRule(1e5, 10)), null),
                new RunSpec(tanh, new AddingProblem(6), 0, RunnerTest.TINY, AutoThreshold.defaults()));
        for (RunSpec c : changed) {
            assertNotEquals(id, RunIdentity.of(c, "v"), c.toString());
        }
        assertNotEquals(id, RunIdentity.of(spec, "w"), "another rnnlab version");
    }
}
