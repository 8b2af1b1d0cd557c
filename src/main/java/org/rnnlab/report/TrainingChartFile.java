package org.rnnlab.report;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.jfree.chart.JFreeChart;
import org.rnnlab.clip.Clipping;
import org.rnnlab.data.PrepareOptions;
import org.rnnlab.forecast.RunSummary;
import org.rnnlab.model.ModelConfig;
import org.rnnlab.model.SequenceModel;
import org.rnnlab.text.Numbers;
import org.rnnlab.train.MetricsRecorder;
import org.rnnlab.train.TrainingConfig;
import org.rnnlab.train.TrainingResult;

/**
 * The training chart of a run directory ({@value #FILE_NAME}, 1200 × 800): {@link TrainingCharts}
 * titled with what was trained on what, and subtitled with the windows, the optimiser, the clipping
 * and how training ended.
 */
public final class TrainingChartFile {

    public static final String FILE_NAME = "training.png";

    private TrainingChartFile() {
    }

    /**
     * Writes training.png (and training.svg when {@code svg}) of a finished training run into {@code dir}.
     *
     * @param data the CSV file the run trained on (its name goes into the title)
     * @return the names of the files written
     */
    public static List<String> write(Path dir, boolean svg, RunSummary run, Path data) {
        return write(dir, svg, run.net(), data, run.data().options(), run.config(), run.result(), run.metrics());
    }

    /** Writes training.png (and training.svg) of one network's training; returns the names of the files written. */
    public static List<String> write(Path dir, boolean svg, SequenceModel net, Path data, PrepareOptions prepare,
            TrainingConfig config, TrainingResult result, MetricsRecorder metrics) {
        ModelConfig c = net.config();
        String title = String.format(Locale.ROOT, "Training %s (hidden %d%s) on %s", c.cell().id().toUpperCase(Locale.ROOT),
                c.hiddenSize(), c.layers() > 1 ? " x " + c.layers() + " layers" : "", data.getFileName());
        Clipping clipping = config.clipping();
        String subtitle = String.format(Locale.ROOT, "window %d, horizon %d%s; %s lr %s, batch %d, clipping %s%s; %s",
                prepare.windows().window(), prepare.windows().horizon(),
                prepare.windows().manyToMany() ? " (many-to-many)" : "", config.optimizer().kind().id(),
                Numbers.readable(config.optimizer().schedule().rate(0)), config.batchSize(), clipping.label(),
                config.bptt().isFull() ? "" : ", BPTT truncated to " + config.bptt().truncation() + " steps",
                summary(result));
        double threshold = clipping.mode() == Clipping.Mode.GLOBAL_NORM ? clipping.threshold() : Double.NaN;
        JFreeChart chart = TrainingCharts.of(title, subtitle, metrics.steps(), metrics.epochs(),
                "MSE of scaled targets", threshold, clipping.mode() == Clipping.Mode.AUTOCLIP, result.bestEpoch());
        return ChartWriter.write(chart, 1200, 800, dir.resolve(FILE_NAME), svg).stream()
                .map(file -> file.getFileName().toString()).toList();
    }

    /** "stopped early after 142 epochs; kept epoch 112 (validation loss 0.308); 59% of steps clipped". */
    private static String summary(TrainingResult r) {
        String kept = r.bestEpoch() >= 0 ? "; kept epoch " + (r.bestEpoch() + 1) + " (validation loss "
                + Numbers.readable(r.bestValidationLoss()) + ")" : "";
        return String.format(Locale.ROOT, "%s%s; %.0f%% of steps clipped", r.outcomePhrase(), kept, 100 * r.clippedShare());
    }
}
