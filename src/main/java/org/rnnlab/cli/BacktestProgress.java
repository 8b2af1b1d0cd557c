package org.rnnlab.cli;

import java.io.PrintWriter;
import java.util.Locale;

import org.rnnlab.forecast.Backtest;

import me.tongfei.progressbar.ProgressBar;

/**
 * Progress over a backtest's origins on stderr: on a terminal a bar from the first origin
 * forecast on; otherwise a plain line every few seconds (a short backtest prints none).
 */
final class BacktestProgress implements Backtest.Progress, AutoCloseable {

    private static final long INTERVAL_NANOS = 5_000_000_000L;

    private final PrintWriter err;
    private final boolean terminal;
    private final long start = System.nanoTime();
    private ProgressBar bar;
    private long lastLine = start;

    BacktestProgress(PrintWriter err, boolean terminal) {
        this.err = err;
        this.terminal = terminal;
    }

    @Override
    public synchronized void origin(int done, int total) {
        if (terminal) {
            if (bar == null) {
                bar = TerminalBar.of("backtest", total, " origins", 500);
            }
            bar.stepTo(done);
        } else if (System.nanoTime() - lastLine >= INTERVAL_NANOS && done < total) {
            lastLine = System.nanoTime();
            double elapsed = (lastLine - start) / 1e9;
            err.printf(Locale.ROOT, "rnnlab backtest: %d/%d origins (%.0f%%), %.0f s elapsed, about %.0f s left%n", done,
                    total, 100.0 * done / total, elapsed, elapsed * (total - done) / done);
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
