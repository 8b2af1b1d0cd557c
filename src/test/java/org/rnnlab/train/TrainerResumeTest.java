package org.rnnlab.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rnnlab.cell.CellType;
import org.rnnlab.clip.Clipping;
import org.rnnlab.data.Sequences;
import org.rnnlab.error.InputException;
import org.rnnlab.model.Initialization;
import org.rnnlab.model.ModelConfig;
import org.rnnlab.model.SequenceModel;
import org.rnnlab.optim.OptimizerConfig;
import org.rnnlab.optim.OptimizerKind;
import org.rnnlab.optim.Schedule;

/**
 * A training interrupted at any step (here by an exception from a listener, as a kill would stop it)
 * and resumed from its checkpoint ends bit-identical to one that ran through: the same metrics (but
 * the wall-clock column), weights and result. A checkpoint that does not belong to the training is
 * refused with the reason.
 */
class TrainerResumeTest {

    @TempDir
    Path dir;

    private static final Sequences TRAIN = Fixtures.sineWindows(10, 6);
    private static final Sequences VALIDATION = Fixtures.noise(4, 6, 9);

    /** Adam with warm-up, clipping that acts, shuffling, and early stopping: every kind of state a checkpoint keeps. */
    private static TrainingConfig config(double lr) {
        return TrainingConfig.defaults().withEpochs(6).withBatchSize(3).withSeed(5).withPatience(3)
                .withOptimizer(OptimizerConfig.of(OptimizerKind.ADAM, lr).withSchedule(new Schedule.Warmup(4,
                        new Schedule.Constant(lr)))).withClipping(Clipping.globalNorm(0.05));
    }

    private static SequenceModel gru() {
        return SequenceModel.create(ModelConfig.of(CellType.GRU, 1, 5, 1), Initialization.pytorchDefault(11));
    }

    /** What a run leaves: metrics.csv without its seconds column, the weights' bits and the result but its time. */
    private record Ended(String metrics, String weights, String result) {
    }

    private static final class Killed extends RuntimeException {
        Killed() {
            super("killed");
        }
    }

    private Ended train(TrainingConfig cfg, Checkpointing checkpointing, MetricsRecorder metrics, long killAtStep)
            throws IOException {
        SequenceModel model = gru();
        TrainingListener killer = new TrainingListener() {
            @Override
            public void onStep(StepMetrics m, SequenceModel net) {
                if (m.step() == killAtStep) {
                    throw new Killed();
                }
            }
        };
        TrainingResult r = Trainer.fit(model, TRAIN, VALIDATION, cfg, List.of(metrics, killer), checkpointing);
        Path csv = dir.resolve("metrics-" + System.nanoTime() + ".csv");
        metrics.writeCsv(csv);
        String rows = Files.readAllLines(csv).stream().map(line -> {
            List<String> cells = Arrays.asList(line.split(",", -1));
            return String.join(",", cells.subList(0, 8)) + "," + String.join(",", cells.subList(9, cells.size()));
        }).collect(Collectors.joining("\n"));
        String weights = model.parameters().stream().map(p -> p.name() + Arrays.toString(Arrays.stream(p.value().data)
                .mapToLong(Double::doubleToRawLongBits).toArray())).collect(Collectors.joining("\n"));
        String result = r.outcome() + " " + r.steps() + " " + r.epochs() + " " + Double.doubleToRawLongBits(r.finalLoss())
                + " " + r.bestValidationLoss() + " " + r.bestEpoch() + " " + r.skippedSteps() + " " + r.clippedSteps();
        return new Ended(rows, weights, result);
    }

    private Ended uninterrupted() throws IOException {
        return train(config(0.02), Checkpointing.none(), new MetricsRecorder(), -1);
    }

    private Ended killedAndResumed(double everySeconds, long killAt, String name) throws IOException {
        CheckpointFile file = new CheckpointFile(dir.resolve(name + ".json"));
        MetricsRecorder before = new MetricsRecorder();
        assertThrows(Killed.class, () -> train(config(0.02), new Checkpointing(file, everySeconds, before), before,
                killAt));
        assertTrue(file.exists(), "no checkpoint before step " + killAt);
        MetricsRecorder metrics = new MetricsRecorder();
        return train(config(0.02), new Checkpointing(file, everySeconds, metrics), metrics, -1);
    }

    @Test
    void killedAfterAnEpochsCheckpoint_orInTheMiddleOfAnEpoch_resumesToTheSameBits() throws IOException {
        Ended expected = uninterrupted();
        assertTrue(expected.result().startsWith("stopped_early") || expected.result().startsWith("completed"),
                expected.result());
        // 4 steps per epoch: step 4 is the first of epoch 1 (after epoch 0's checkpoint), 9 is the middle of epoch 2
        for (long killAt : new long[] {4, 9, 13}) {
            Ended perEpoch = killedAndResumed(Double.POSITIVE_INFINITY, killAt, "epochs-" + killAt);
            assertEquals(expected, perEpoch, "checkpoints per epoch, killed at step " + killAt);
            Ended everyStep = killedAndResumed(1e-9, killAt, "steps-" + killAt);
            assertEquals(expected, everyStep, "a checkpoint after every step, killed at step " + killAt);
        }
    }

    @Test
    void resumingAFinishedTraining_trainsNoMoreAndGivesTheSameResult() throws IOException {
        Ended expected = uninterrupted();
        CheckpointFile file = new CheckpointFile(dir.resolve("done.json"));
        MetricsRecorder first = new MetricsRecorder();
        assertEquals(expected, train(config(0.02), new Checkpointing(file, Double.POSITIVE_INFINITY, first), first, -1));
        MetricsRecorder again = new MetricsRecorder();
        assertEquals(expected, train(config(0.02), new Checkpointing(file, Double.POSITIVE_INFINITY, again), again, -1));
    }

    @Test
    void rowsAppendedAfterTheLastCheckpoint_areCutOffOnResume_andEveryRowIsInTheJournalOnce() throws IOException {
        Ended expected = uninterrupted();
        CheckpointFile file = new CheckpointFile(dir.resolve("j.json"));
        MetricsRecorder before = new MetricsRecorder();
        assertThrows(Killed.class, () -> train(config(0.02), new Checkpointing(file, Double.POSITIVE_INFINITY, before),
                before, 9));
        Path journal = MetricsJournal.beside(file.file());
        assertEquals(dir.resolve("j.metrics.jsonl"), journal);
        // what a kill between a journal's append and its checkpoint's rename leaves: rows no checkpoint counts, one cut short
        String row = Files.readAllLines(journal).get(0);
        Files.writeString(journal, row + "\n" + row.substring(0, row.length() / 2), StandardOpenOption.APPEND);
        MetricsRecorder metrics = new MetricsRecorder();
        assertEquals(expected, train(config(0.02), new Checkpointing(file, Double.POSITIVE_INFINITY, metrics), metrics, -1));
        List<String> lines = Files.readAllLines(journal);
        assertEquals(metrics.steps().size() + metrics.epochs().size(), lines.size(), "each step and epoch row once");
        assertEquals(metrics.steps().size(), lines.stream().filter(l -> l.startsWith("{\"step\":[")).count());
    }

    @Test
    void aCheckpointAfterEveryStep_appendsEachRowOnce() throws IOException {
        CheckpointFile file = new CheckpointFile(dir.resolve("every.json"));
        MetricsRecorder metrics = new MetricsRecorder();
        assertEquals(uninterrupted(), train(config(0.02), new Checkpointing(file, 1e-9, metrics), metrics, -1));
        assertEquals(metrics.steps().size() + metrics.epochs().size(),
                Files.readAllLines(MetricsJournal.beside(file.file())).size());
    }

    @Test
    void aJournalLeftWithoutItsCheckpoint_isStartedAfresh() throws IOException {
        Ended expected = uninterrupted();
        CheckpointFile file = new CheckpointFile(dir.resolve("fresh.json"));
        MetricsRecorder first = new MetricsRecorder();
        train(config(0.02), new Checkpointing(file, Double.POSITIVE_INFINITY, first), first, -1);
        Files.delete(file.file());
        MetricsRecorder again = new MetricsRecorder();
        assertEquals(expected, train(config(0.02), new Checkpointing(file, Double.POSITIVE_INFINITY, again), again, -1));
        assertEquals(again.steps().size() + again.epochs().size(),
                Files.readAllLines(MetricsJournal.beside(file.file())).size());
    }

    @Test
    void aShortMissingOrEditedJournal_isOneLineNamingItAndWhatIsWrong() throws IOException {
        CheckpointFile file = new CheckpointFile(dir.resolve("k.json"));
        Path journal = MetricsJournal.beside(file.file());
        MetricsRecorder recorder = new MetricsRecorder();
        Trainer.fit(gru(), TRAIN, VALIDATION, config(0.02).withEpochs(1), List.of(recorder),
                new Checkpointing(file, 1e9, recorder));
        String whole = Files.readString(journal);
        int length = whole.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
        java.util.function.Supplier<String> refused = () -> assertThrows(InputException.class, () -> Trainer.fit(gru(), TRAIN,
                VALIDATION, config(0.02).withEpochs(1), List.of(), new Checkpointing(file, 1e9, new MetricsRecorder())))
                .getMessage();

        Files.writeString(journal, whole.substring(0, 40));
        assertEquals(journal + ": holds 40 bytes where its checkpoint counts " + length
                + "; delete the checkpoints to train from the start", refused.get());
        Files.delete(journal);
        assertEquals(journal + ": not found, but its checkpoint needs it; delete the checkpoints to train from the start",
                refused.get());
        Files.writeString(journal, whole.replaceFirst("\\{\"step\":", "{\"stop\":"));
        assertEquals(journal + ":1: expected {\"step\": [...]} or {\"epoch\": [...]}", refused.get());
        Files.writeString(journal, whole.replaceFirst("\\{\"step\":\\[0,", "{\"step\":[0;"));
        String broken = refused.get();
        assertTrue(broken.startsWith(journal + ":1:") && broken.endsWith("; delete the checkpoints to train from the start"),
                broken);
        Files.writeString(journal, whole.replaceFirst(",false,", ",\"no!\","));  // the same length: a string for the flag "skipped"
        assertEquals(journal + ":1: step[6]: expected true or false", refused.get());
    }

    private InputException refusal(CheckpointFile file, TrainingConfig cfg) {
        return assertThrows(InputException.class,
                () -> Trainer.fit(gru(), TRAIN, VALIDATION, cfg, List.of(), new Checkpointing(file, 1e9, null)));
    }

    @Test
    void aCheckpointOfAnotherConfiguration_isRefusedNamingTheDifference() throws IOException {
        CheckpointFile file = new CheckpointFile(dir.resolve("c.json"));
        Trainer.fit(gru(), TRAIN, VALIDATION, config(0.02).withEpochs(1), List.of(), new Checkpointing(file, 1e9, null));
        InputException e = refusal(file, config(0.03).withEpochs(1));
        assertEquals(file.file() + ": made for another configuration: training.optimizer.schedule.after.rate: 0.02 there,"
                + " 0.03 here; train again without --resume", e.getMessage());
        InputException data = assertThrows(InputException.class, () -> Trainer.fit(gru(), Fixtures.sineWindows(11, 6),
                VALIDATION, config(0.02).withEpochs(1), List.of(), new Checkpointing(file, 1e9, null)));
        assertTrue(data.getMessage().startsWith(file.file() + ": made for another configuration: the training windows"
                + " (data file or preparation options) differ (\"10x6x1:"), data.getMessage());
    }

    @Test
    void aCheckpointOfAnotherVersion_isRefusedWithBothVersions() throws IOException {
        CheckpointFile file = new CheckpointFile(dir.resolve("v.json"));
        Trainer.fit(gru(), TRAIN, VALIDATION, config(0.02).withEpochs(1), List.of(), new Checkpointing(file, 1e9, null));
        Files.writeString(file.file(), Files.readString(file.file()).replace("\"rnnlab_version\":\"development\"",
                "\"rnnlab_version\":\"0.0.9\""));
        assertEquals(file.file() + ": written by rnnlab 0.0.9, this is rnnlab development; resume it with that version,"
                + " or train again without --resume", refusal(file, config(0.02).withEpochs(1)).getMessage());
    }

    @Test
    void aTruncatedOrEditedCheckpoint_isOneLineNamingTheFileAndWhatIsWrong() throws IOException {
        CheckpointFile file = new CheckpointFile(dir.resolve("t.json"));
        Trainer.fit(gru(), TRAIN, VALIDATION, config(0.02).withEpochs(1), List.of(), new Checkpointing(file, 1e9, null));
        String whole = Files.readString(file.file());
        Files.writeString(file.file(), whole.substring(0, whole.length() / 2));
        InputException truncated = refusal(file, config(0.02).withEpochs(1));
        assertTrue(truncated.getMessage().startsWith(file.file() + ":1:"), truncated.getMessage());
        assertTrue(truncated.getMessage().contains(": not a complete checkpoint ("), truncated.getMessage());
        assertTrue(truncated.getMessage().endsWith("); delete it to train from the start"), truncated.getMessage());
        assertFalse(truncated.getMessage().contains("\n"));

        Files.writeString(file.file(), whole.replaceFirst("\"next_batch\":0", "\"next_batch\":\"x\""));
        assertEquals(file.file() + ": position.next_batch: expected an integer in [0, 3], found \"x\"",
                refusal(file, config(0.02).withEpochs(1)).getMessage());

        Files.writeString(file.file(), whole.replaceFirst("\"format\":\"rnnlab-checkpoint\"", "\"format\":\"other\""));
        assertEquals(file.file() + ": not an rnnlab checkpoint (\"format\" is not \"rnnlab-checkpoint\")",
                refusal(file, config(0.02).withEpochs(1)).getMessage());
    }
}
