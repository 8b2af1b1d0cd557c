package org.rnnlab.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

import org.rnnlab.forecast.RunSummary;
import org.rnnlab.forecast.TrainingRun;
import org.rnnlab.train.TrainingConfig;
import org.rnnlab.train.TrainingListener;

/** A command's hooks into a training run: lines on stderr under the command's name, its progress and files. */
record StderrHooks(PrintWriter err, String command, Function<TrainingConfig, List<TrainingListener>> progress,
        BiFunction<Path, RunSummary, List<String>> files) implements TrainingRun.Hooks {

    /** Lines only: no progress bar, no extra files. */
    static StderrHooks lines(PrintWriter err, String command) {
        return new StderrHooks(err, command, config -> List.of(), (dir, run) -> List.of());
    }

    @Override
    public List<TrainingListener> listeners(TrainingConfig config) {
        return progress.apply(config);
    }

    @Override
    public List<String> artifacts(Path dir, RunSummary run) {
        return files.apply(dir, run);
    }

    @Override
    public void note(String line) {
        synchronized (err) {
            err.println("rnnlab " + command + ": " + line);
            err.flush();
        }
    }
}
