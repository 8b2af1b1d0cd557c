package org.rnnlab.cli;

import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/** The one look of rnnlab's progress bars on a terminal's stderr (train, backtest, studies). */
final class TerminalBar {

    private TerminalBar() {
    }

    /** A bar for {@code task} up to {@code total}, counting in {@code unit} (empty: plain numbers), redrawn every {@code millis} ms. */
    static ProgressBar of(String task, long total, String unit, int millis) {
        ProgressBarBuilder b = new ProgressBarBuilder().setTaskName(task).setInitialMax(total)
                .setStyle(ProgressBarStyle.COLORFUL_UNICODE_BLOCK).setUpdateIntervalMillis(millis)
                .setConsumer(new ConsoleProgressBarConsumer(System.err));
        return (unit.isEmpty() ? b : b.setUnit(unit, 1)).build();
    }
}
