package org.rnnlab.train;

import java.io.PrintWriter;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import org.rnnlab.io.AtomicFile;
import org.rnnlab.optim.StateRecords;
import org.rnnlab.model.SequenceModel;
import org.rnnlab.text.Numbers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;

/**
 * Keeps every step's and epoch's metrics of a run in memory and writes them as {@code metrics.csv}:
 * one row per optimisation step with {@code step_1based, epoch_1based, loss, grad_norm_before, grad_norm_after,
 * clipped, skipped, learning_rate, seconds}, {@code validation_loss} on the last step of each epoch
 * (empty elsewhere), {@code clip_threshold} (the threshold the clipping rule applied at the step:
 * τ, AutoClip's chosen τ, c or AGC's λ) and {@code clipped_share} (the share of the rule's units
 * it clipped), then one {@code grad_norm:NAME} and one {@code update_ratio:NAME} column per
 * parameter. Steps and epochs count from 1, as the headers say. Numbers are exact ({@link Numbers#exact}: NaN and the infinities
 * as {@code nan}, {@code inf} and {@code -inf}).
 */
public final class MetricsRecorder implements TrainingListener {

    private final List<StepMetrics> steps = new ArrayList<>();
    private final List<EpochMetrics> epochs = new ArrayList<>();
    private List<String> parameterNames = List.of();

    @Override
    public void onStart(List<String> names, long plannedSteps) {
        this.parameterNames = List.copyOf(names);
    }

    @Override
    public void onStep(StepMetrics metrics, SequenceModel model) {
        steps.add(metrics);
    }

    @Override
    public void onEpoch(EpochMetrics metrics) {
        epochs.add(metrics);
    }

    public List<StepMetrics> steps() {
        return Collections.unmodifiableList(steps);
    }

    public List<EpochMetrics> epochs() {
        return Collections.unmodifiableList(epochs);
    }

    public List<String> parameterNames() {
        return parameterNames;
    }

    /**
     * One step's metrics as a JSON array, for the checkpoints' journal ({@link MetricsJournal}):
     * {@code step, epoch, loss, before, after, clipped, skipped, learning rate, seconds}, the
     * parameters' norms and ratios (two arrays), then the clipping rule's applied threshold and
     * clipped share; numbers to the bit.
     */
    static ArrayNode stepRow(StepMetrics m) {
        ArrayNode row = CheckpointJson.NODES.arrayNode();
        row.add(m.step()).add(m.epoch());
        for (double v : new double[] {m.loss(), m.gradNormBefore(), m.gradNormAfter()}) {
            row.add(StateRecords.number(v));
        }
        return row.add(m.clipped()).add(m.skipped()).add(StateRecords.number(m.learningRate()))
                .add(StateRecords.number(m.seconds())).add(CheckpointJson.doubles(m.gradNorms()))
                .add(CheckpointJson.doubles(m.updateRatios())).add(StateRecords.number(m.threshold()))
                .add(StateRecords.number(m.clippedShare()));
    }

    /** One epoch's metrics as a JSON array: {@code epoch, steps, train loss, validation loss, improved, seconds}. */
    static ArrayNode epochRow(EpochMetrics m) {
        return CheckpointJson.NODES.arrayNode().add(m.epoch()).add(m.steps()).add(StateRecords.number(m.trainLoss()))
                .add(StateRecords.number(m.validationLoss())).add(m.improved()).add(StateRecords.number(m.seconds()));
    }

    /** A step's metrics from {@link #stepRow} of a run on {@code parameters} parameters; {@code at} names the row in errors. */
    static StepMetrics readStep(JsonNode r, int parameters, String at) {
        CheckpointJson.requireArray(r, 13, at);
        double[] norms = new double[parameters], ratios = new double[parameters];
        CheckpointJson.readDoubles(r.get(9), norms, at + "[9]");
        CheckpointJson.readDoubles(r.get(10), ratios, at + "[10]");
        return new StepMetrics(CheckpointJson.integer(r.get(0), at + "[0]", 0, Long.MAX_VALUE),
                (int) CheckpointJson.integer(r.get(1), at + "[1]", 0, Integer.MAX_VALUE),
                StateRecords.toDouble(r.get(2), at + "[2]"), StateRecords.toDouble(r.get(3), at + "[3]"),
                StateRecords.toDouble(r.get(4), at + "[4]"), flag(r.get(5), at + "[5]"), flag(r.get(6), at + "[6]"),
                StateRecords.toDouble(r.get(7), at + "[7]"), norms, ratios, StateRecords.toDouble(r.get(8), at + "[8]"),
                StateRecords.toDouble(r.get(11), at + "[11]"), StateRecords.toDouble(r.get(12), at + "[12]"));
    }

    /** An epoch's metrics from {@link #epochRow}. */
    static EpochMetrics readEpoch(JsonNode r, String at) {
        CheckpointJson.requireArray(r, 6, at);
        return new EpochMetrics((int) CheckpointJson.integer(r.get(0), at + "[0]", 0, Integer.MAX_VALUE),
                CheckpointJson.integer(r.get(1), at + "[1]", 0, Long.MAX_VALUE), StateRecords.toDouble(r.get(2), at + "[2]"),
                StateRecords.toDouble(r.get(3), at + "[3]"), flag(r.get(4), at + "[4]"),
                StateRecords.toDouble(r.get(5), at + "[5]"));
    }

    /** Replaces the metrics by those of a checkpoint, read back from its journal. */
    void restore(List<StepMetrics> savedSteps, List<EpochMetrics> savedEpochs) {
        steps.clear();
        epochs.clear();
        steps.addAll(savedSteps);
        epochs.addAll(savedEpochs);
    }

    private static boolean flag(JsonNode n, String where) {
        if (n == null || !n.isBoolean()) {
            throw new IllegalArgumentException(where + ": expected true or false");
        }
        return n.booleanValue();
    }

    /** Writes {@code metrics.csv} atomically. */
    public void writeCsv(Path file) {
        AtomicFile.write(file, stream -> {
            PrintWriter out = new PrintWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
            StringBuilder header = new StringBuilder(
                    "step_1based,epoch_1based,loss,grad_norm_before,grad_norm_after,clipped,skipped,learning_rate,seconds,validation_loss,"
                    + "clip_threshold,clipped_share");
            parameterNames.forEach(n -> header.append(",grad_norm:").append(n));
            parameterNames.forEach(n -> header.append(",update_ratio:").append(n));
            out.println(header);
            int e = 0;
            for (StepMetrics m : steps) {
                while (e < epochs.size() && epochs.get(e).steps() <= m.step()) {
                    e++;
                }
                boolean lastOfEpoch = e < epochs.size() && epochs.get(e).steps() == m.step() + 1;
                StringBuilder row = new StringBuilder();
                row.append(m.step() + 1).append(',').append(m.epoch() + 1).append(',').append(Numbers.exact(m.loss())).append(',')
                        .append(Numbers.exact(m.gradNormBefore())).append(',').append(Numbers.exact(m.gradNormAfter()))
                        .append(',').append(m.clipped() ? 1 : 0).append(',').append(m.skipped() ? 1 : 0).append(',')
                        .append(Numbers.exact(m.learningRate())).append(',')
                        .append(String.format(Locale.ROOT, "%.4f", m.seconds()))
                        .append(',').append(lastOfEpoch ? Numbers.exact(epochs.get(e).validationLoss()) : "")
                        .append(',').append(Numbers.exact(m.threshold())).append(',').append(Numbers.exact(m.clippedShare()));
                for (double v : m.gradNorms()) {
                    row.append(',').append(Numbers.exact(v));
                }
                for (double v : m.updateRatios()) {
                    row.append(',').append(Numbers.exact(v));
                }
                out.println(row);
            }
            out.flush();
        });
    }
}
