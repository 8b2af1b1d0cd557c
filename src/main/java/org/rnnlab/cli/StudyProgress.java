package org.rnnlab.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import org.rnnlab.experiment.RunResult;
import org.rnnlab.experiment.RunSpec;
import org.rnnlab.experiment.StudyClock;

import me.tongfei.progressbar.ProgressBar;

/**
 * Progress over a study's runs on stderr: runs trained of those to train, how many were reused
 * from earlier records, how many diverged, the last one finished, and the time left weighted by
 * each run's expected cost ({@link StudyClock}). On a terminal a bar redraws in place; otherwise a
 * plain line is printed every few seconds.
 */
final class StudyProgress implements Consumer<RunResult>, AutoCloseable {

    private static final long INTERVAL_NANOS = 5_000_000_000L;

    private final PrintWriter err;
    private final String task;
    private final int total;
    private final int reused;
    private final StudyClock clock;
    private final long start = System.nanoTime();
    private ProgressBar bar;
    private int done;
    private int diverged;
    private long lastLine = start;

    StudyProgress(PrintWriter err, boolean terminal, String task, List<RunSpec> runs, int reused, int threads) {
        this.err = err;
        this.task = task;
        this.total = runs.size();
        this.reused = reused;
        this.clock = new StudyClock(runs, threads);
        if (terminal && total > 0) {
            bar = TerminalBar.of(task, total, " runs", 500);
        }
    }

    @Override
    public synchronized void accept(RunResult r) {
        done++;
        clock.finished(r);
        diverged += r.diverged() ? 1 : 0;
        String last = String.format(Locale.ROOT, "%d diverged; last: %s %s", diverged, r.spec().label(),
                r.diverged() ? "diverged at step " + (r.divergedStep() + 1) : r.status());
        if (bar != null) {
            bar.stepTo(done);
            bar.setExtraMessage(last + left());
        } else if (System.nanoTime() - lastLine >= INTERVAL_NANOS || done == total) {
            lastLine = System.nanoTime();
            err.printf(Locale.ROOT, "rnnlab %s: %d/%d runs (%.0f%%)%s, %s, %.0f s elapsed%s%n", task, done, total,
                    100.0 * done / total, reused == 0 ? "" : ", " + reused + " reused", last, (lastLine - start) / 1e9, left());
            err.flush();
        }
    }

    private String left() {
        double s = clock.secondsLeft();
        return Double.isNaN(s) || done == total ? "" : String.format(Locale.ROOT, ", about %.0f s left", s);
    }

    @Override
    public synchronized void close() {
        if (bar != null) {
            bar.close();
            bar = null;
        }
    }
}
