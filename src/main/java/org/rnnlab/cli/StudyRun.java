package org.rnnlab.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.rnnlab.experiment.RunResult;
import org.rnnlab.experiment.RunSpec;
import org.rnnlab.report.ReportOptions;
import org.rnnlab.report.StudyDescription;
import org.rnnlab.report.StudyReport;
import org.rnnlab.text.Plural;

import picocli.CommandLine.Model.CommandSpec;

/** Runs a study's runs with progress, writes its report, and prints where it is. */
final class StudyRun {

    private StudyRun() {
    }

    static int execute(CommandSpec spec, StudyArgs args, List<RunSpec> runs, StudyDescription description, Path out) {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter stdout = spec.commandLine().getOut();
        int threads = args.threads();
        List<RunResult> records;
        Instant started = Instant.now();
        long t0 = System.nanoTime();
        try (RunnerArgs.Chosen runner = args.runner.open(threads, args.threads != null, args.data != null)) {
            err.printf(Locale.ROOT, "rnnlab %s: %s (%s), %d steps each, on %s; report in %s%n", spec.name(),
                    Plural.of(runs.size(), "run"), description.task(), args.steps, runner.where(), out);
            err.flush();
            boolean terminal = ((Main) spec.commandLine().getParent().getCommand()).stderrIsTerminal;
            try (StudyProgress progress = new StudyProgress(err, terminal, spec.name(), runs)) {
                records = runner.run(runs, progress);
            }
            threads = runner.parallelism();
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        StudyDescription done = description.withCommandLine(commandLine(spec)).withTiming(started, seconds, threads);
        StudyReport.write(out, done, records, new ReportOptions(!args.noRunMetrics, false));
        StudyProvenance.write(out.resolve(StudyProvenance.FILE), records);
        long diverged = records.stream().filter(RunResult::diverged).count();
        long failed = records.stream().filter(RunResult::failed).count();
        long success = records.stream().filter(RunResult::success).count();
        stdout.printf(Locale.ROOT, "%s in %.0f s: %d succeeded, %d diverged%s.%n", Plural.of(records.size(), "run"), seconds,
                success, diverged, failed > 0 ? ", " + failed + " failed (see results.csv)" : "");
        stdout.printf("Report: %s%n", out.resolve("index.html"));
        return 0;
    }

    private static String commandLine(CommandSpec spec) {
        List<String> argv = spec.commandLine().getParseResult().originalArgs();
        return "rnnlab " + String.join(" ", argv);
    }
}
