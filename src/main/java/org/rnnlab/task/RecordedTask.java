package org.rnnlab.task;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.rnnlab.data.Sequences;
import org.rnnlab.data.Windows;
import org.rnnlab.loss.LossKind;
import org.rnnlab.model.SequenceModel;
import org.rnnlab.model.TaskShape;

/**
 * A task known from a study's records only: what a report needs of it (name, sizes, baseline,
 * criterion) and a fingerprint of its data, but no sequences. A CSV series is recorded this way, so
 * a study directory can be reported on without the file; it cannot be trained or scored again.
 *
 * @param name         the task's name in reports
 * @param steps        sequence length T
 * @param inputSize    input features
 * @param outputSize   the head's outputs
 * @param shape        many-to-one or many-to-many
 * @param loss         the training loss
 * @param baselineLoss the trivial predictor's loss (NaN if none)
 * @param baselineText the baseline in words
 * @param successText  the success criterion in words
 * @param dataSha256   SHA-256 of the sequences the task trained and was scored on
 */
public record RecordedTask(String name, int steps, int inputSize, int outputSize, TaskShape shape, LossKind loss,
        double baselineLoss, String baselineText, String successText, String dataSha256) implements Task {

    public RecordedTask {
        if (name == null || name.isBlank() || shape == null || loss == null) {
            throw new IllegalArgumentException("a recorded task needs its name, shape and loss");
        }
        if (steps < 1 || inputSize < 1 || outputSize < 1) {
            throw new IllegalArgumentException("recorded task " + name + ": steps, inputSize and outputSize must be >= 1, got "
                    + steps + ", " + inputSize + ", " + outputSize);
        }
    }

    /** The record of a CSV series: its description and the SHA-256 of its windows (inputs and targets of every part). */
    public static RecordedTask of(CsvSeriesTask task) {
        return new RecordedTask(task.name(), task.steps(), task.inputSize(), task.outputSize(), task.shape(), task.loss(),
                task.baselineLoss(), task.baselineText(), task.successText(), sha256(task));
    }

    @Override
    public TaskData data(int trainCount, int testCount, long seed) {
        throw new IllegalStateException("task " + name + " is known from its record only and cannot be trained again");
    }

    @Override
    public TaskScore score(SequenceModel model, Sequences test) {
        throw new IllegalStateException("task " + name + " is known from its record only and cannot be scored again");
    }

    private static String sha256(CsvSeriesTask task) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update((task.prepared().options().toString() + "\n").getBytes(StandardCharsets.UTF_8));
            for (Windows w : new Windows[] {task.prepared().train(), task.prepared().validation(), task.prepared().test()}) {
                digest.update((byte) (w.isEmpty() ? 0 : 1));
                if (!w.isEmpty()) {
                    update(digest, w.sequences());
                }
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    private static void update(MessageDigest digest, Sequences s) {
        ByteBuffer b = ByteBuffer.allocate(Double.BYTES * Math.max(s.inputSize(), s.targetSize()) + 4 * Integer.BYTES);
        b.putInt(s.count()).putInt(s.steps()).putInt(s.inputSize()).putInt(s.targetSize());
        digest.update(b.array(), 0, b.position());
        for (int n = 0; n < s.count(); n++) {
            for (int t = 0; t < s.steps(); t++) {
                b.clear();
                for (int f = 0; f < s.inputSize(); f++) {
                    b.putDouble(s.input(n, t, f));
                }
                digest.update(b.array(), 0, b.position());
                if (s.targetPerStep() || t == s.steps() - 1) {
                    b.clear();
                    for (int o = 0; o < s.targetSize(); o++) {
                        b.putDouble(s.target(n, t, o));
                    }
                    digest.update(b.array(), 0, b.position());
                }
            }
        }
    }
}
