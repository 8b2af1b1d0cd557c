package org.rnnlab.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

import org.rnnlab.model.SequenceModel;
import org.rnnlab.train.EpochMetrics;
import org.rnnlab.train.StepMetrics;
import org.rnnlab.train.TrainingListener;
import org.rnnlab.train.TrainingResult;

import me.tongfei.progressbar.ProgressBar;

/**
 * Training progress on stderr: epoch, step, the epoch's mean loss so far, the last validation loss,
 * the epoch's mean gradient norm, the share of its steps that were clipped, and the time left
 * (assuming every planned epoch runs; early stopping ends sooner). On a terminal a progress bar
 * redraws in place; otherwise (a log file, a pipe) a plain line is printed every few seconds.
 */
final class TrainingProgress implements TrainingListener {

    private final PrintWriter err;
    private final boolean terminal;
    private final long intervalNanos;
    private final int epochs;
    private ProgressBar bar;
    private long planned;
    private long start;
    private long lastLine;
    private int epoch;
    private int epochSteps;
    private double lossSum;
    private double normSum;
    private int clipped;
    private double validation = Double.NaN;
    private long step;

    /**
     * @param terminal        stderr is a terminal: draw a bar
     * @param intervalSeconds seconds between plain lines
     * @param epochs          the planned epochs
     */
    TrainingProgress(PrintWriter err, boolean terminal, double intervalSeconds, int epochs) {
        this.err = err;
        this.terminal = terminal;
        this.intervalNanos = (long) (intervalSeconds * 1e9);
        this.epochs = epochs;
    }

    @Override
    public void onStart(List<String> parameterNames, long plannedSteps) {
        planned = plannedSteps;
        start = System.nanoTime();
        lastLine = start;
        if (terminal) {
            bar = TerminalBar.of("train", plannedSteps, "", 250);
        }
    }

    @Override
    public void onResume(long atStep, int atEpoch, boolean finished) {
        err.println("rnnlab train: " + (finished ? "the checkpoint holds the finished training (" + atStep
                + " steps); nothing left to train" : "continuing from the checkpoint after step " + atStep + " of "
                + planned + " (epoch " + (atEpoch + 1) + ")"));
        err.flush();
        step = atStep;
    }

    @Override
    public void onStep(StepMetrics m, SequenceModel model) {
        if (m.epoch() != epoch) {
            epoch = m.epoch();
            epochSteps = 0;
            lossSum = 0;
            normSum = 0;
            clipped = 0;
        }
        epochSteps++;
        lossSum += m.loss();
        normSum += m.gradNormBefore();
        clipped += m.clipped() ? 1 : 0;
        step = m.step() + 1;
        if (bar != null) {
            bar.stepTo(step);
            bar.setExtraMessage(compact());
        } else if (System.nanoTime() - lastLine >= intervalNanos) {
            printLine();
        }
    }

    @Override
    public void onEpoch(EpochMetrics m) {
        validation = m.validationLoss();
        if (bar != null) {
            bar.setExtraMessage(compact());
        }
    }

    @Override
    public void onEnd(TrainingResult result) {
        if (bar != null) {
            bar.close();
            bar = null;
        }
    }

    private void printLine() {
        lastLine = System.nanoTime();
        err.println("rnnlab train: " + summary());
        err.flush();
    }

    /** The bar's message, short enough for an 80-column terminal: "ep 3/300 loss 0.0123 val 0.0150 |g| 0.53 clip 12%". */
    private String compact() {
        String validationText = Double.isNaN(validation) ? "" : String.format(Locale.ROOT, " val %.3g", validation);
        return String.format(Locale.ROOT, "ep %d/%d loss %.3g%s |g| %.2g clip %.0f%%", epoch + 1, epochs,
                lossSum / Math.max(epochSteps, 1), validationText, normSum / Math.max(epochSteps, 1),
                100.0 * clipped / Math.max(epochSteps, 1));
    }

    /** "epoch 3/300, step 120/9000 (1%), loss 0.0123, validation 0.0150, grad norm 0.53, clipped 12%, about 0:03:10 left". */
    private String summary() {
        StringBuilder s = new StringBuilder();
        s.append("epoch ").append(epoch + 1).append('/').append(epochs);
        s.append(String.format(Locale.ROOT, ", step %d/%d (%.0f%%)", step, planned, 100.0 * step / Math.max(planned, 1)));
        s.append(String.format(Locale.ROOT, ", loss %.4g", lossSum / Math.max(epochSteps, 1)));
        if (!Double.isNaN(validation)) {
            s.append(String.format(Locale.ROOT, ", validation %.4g", validation));
        }
        s.append(String.format(Locale.ROOT, ", grad norm %.3g, clipped %.0f%%", normSum / Math.max(epochSteps, 1),
                100.0 * clipped / Math.max(epochSteps, 1)));
        if (step > 0) {
            double elapsed = (System.nanoTime() - start) / 1e9;
            long left = Math.round(elapsed / step * (planned - step));
            s.append(", ").append(clock(Duration.ofSeconds((long) elapsed))).append(" elapsed, about ")
                    .append(clock(Duration.ofSeconds(left))).append(" left at most");
        }
        return s.toString();
    }

    private static String clock(Duration d) {
        return String.format(Locale.ROOT, "%d:%02d:%02d", d.toHours(), d.toMinutesPart(), d.toSecondsPart());
    }
}
