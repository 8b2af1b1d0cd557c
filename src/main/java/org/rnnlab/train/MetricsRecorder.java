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
import org.rnnlab.model.SequenceModel;
import org.rnnlab.text.Numbers;

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
