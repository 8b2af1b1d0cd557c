package org.rnnlab.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.Consumer;

import org.rnnlab.experiment.RunResult;

import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Progress over a study's runs on stderr: runs done, how many diverged, the last one finished, and
 * the time left. On a terminal a bar redraws in place; otherwise a plain line is printed every few
 * seconds. Called from the runner's worker threads.
 */
final class StudyProgress implements Consumer<RunResult>, AutoCloseable {

    private final PrintWriter err;
    private final String task;
    private final int total;
    private final double totalCost;
    private double doneCost;
    private final long start = System.nanoTime();
    private final long intervalNanos;
    private ProgressBar bar;
    private int done;
    private int diverged;
    private long lastLine = start;

    StudyProgress(PrintWriter err, boolean terminal, String task, java.util.List<org.rnnlab.experiment.RunSpec> runs) {
        this.err = err;
        this.task = task;
        this.total = runs.size();
        this.totalCost = runs.stream().mapToDouble(org.rnnlab.experiment.RunSpec::cost).sum();
        this.intervalNanos = 5_000_000_000L;
        if (terminal) {
            bar = new ProgressBarBuilder().setTaskName(task).setInitialMax(total).setStyle(ProgressBarStyle.COLORFUL_UNICODE_BLOCK)
                    .setUpdateIntervalMillis(500).setConsumer(new ConsoleProgressBarConsumer(System.err)).setUnit(" runs", 1)
                    .build();
        }
    }

    @Override
    public synchronized void accept(RunResult r) {
        done++;
        doneCost += r.spec().cost();
        diverged += r.diverged() ? 1 : 0;
        String last = String.format(Locale.ROOT, "%d diverged; last: %s %s", diverged, r.spec().label(),
                r.diverged() ? "diverged at step " + (r.divergedStep() + 1) : r.status());
        if (bar != null) {
            bar.stepTo(done);
            bar.setExtraMessage(last);
        } else if (System.nanoTime() - lastLine >= intervalNanos || done == total) {
            lastLine = System.nanoTime();
            double elapsed = (lastLine - start) / 1e9;
            // runs start longest first, so time left follows the estimated cost, not the count
            err.printf(Locale.ROOT, "rnnlab %s: %d/%d runs (%.0f%%), %s, %.0f s elapsed, about %.0f s left%n", task, done, total,
                    100.0 * done / total, last, elapsed, elapsed / doneCost * (totalCost - doneCost));
            err.flush();
        }
    }

    @Override
    public synchronized void close() {
        if (bar != null) {
            bar.close();
            bar = null;
        }
    }
}
