package org.rnnlab.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.rnnlab.error.InputException;
import org.rnnlab.experiment.DurableStudy;
import org.rnnlab.experiment.RunResult;
import org.rnnlab.experiment.RunSpec;
import org.rnnlab.io.DirectoryLock;
import org.rnnlab.io.Manifest;
import org.rnnlab.report.ReportOptions;
import org.rnnlab.report.StudyDescription;
import org.rnnlab.report.StudyDirectory;
import org.rnnlab.report.StudyReport;
import org.rnnlab.tensor.Kernels;
import org.rnnlab.text.Plural;

import picocli.CommandLine.Model.CommandSpec;

/**
 * Runs a study's runs with progress, durably (each finished run's record goes into {@code OUT/runs/}
 * at once, and runs recorded by an earlier invocation are read back), writes its report, and
 * prints where it is.
 */
final class StudyRun {

    private StudyRun() {
    }

    static int execute(CommandSpec spec, StudyArgs args, List<RunSpec> runs, StudyDescription description, Path out) {
        // one process at a time in a study directory; its report files are listed in manifest.tsv last
        try (DirectoryLock lock = DirectoryLock.inside(out, "rnnlab " + spec.name())) {
            if (lock.tookOver() != null) {
                spec.commandLine().getErr().println("rnnlab " + spec.name() + ": " + out + ": " + lock.tookOver());
            }
            int code = executeLocked(spec, args, runs, description, out);
            Manifest.write(out, reportFiles(out));
            return code;
        }
    }

    /** The files of a study directory but its run records, its lock and its manifest, sorted. */
    static List<String> reportFiles(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).map(f -> dir.relativize(f).toString().replace('\\', '/'))
                    .filter(n -> !n.startsWith("runs/") && !n.equals(".rnnlab.lock") && !n.equals(Manifest.FILE_NAME))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir + ": " + e.getMessage(), e);
        }
    }

    private static int executeLocked(CommandSpec spec, StudyArgs args, List<RunSpec> runs, StudyDescription description,
            Path out) {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter stdout = spec.commandLine().getOut();
        int threads = args.threads();
        List<RunResult> records;
        Instant started = Instant.now();
        long t0;
        int reused;
        StudyDescription begun;
        DurableStudy study;
        String version;
        try (RunnerArgs.Chosen runner = args.runner.open(threads, args.threads != null, args.data != null)) {
            threads = runner.parallelism();
            // the kernel is part of a run's identity: records of another kernel are not reused
            version = Version.current() + " kernel " + Kernels.bitsLabel();
            study = DurableStudy.open(out, runs, version, args.fresh);
            study.unreadable().forEach(m -> err.printf("rnnlab %s: training again: %s%n", spec.name(), m));
            StudyDescription described = description.withCommandLine(commandLine(spec));
            int workers = threads;
            // a continued study keeps its first start and adds up the wall time of its invocations
            begun = StudyDirectory.previous(out, study.ids()).filter(e -> !args.fresh).filter(e -> e.started() != null)
                    .map(e -> described.withTiming(e.started(), e.seconds(), workers))
                    .orElse(described.withTiming(started, Double.NaN, workers));
            StudyDirectory.writeStudy(out, begun, study.ids(), version);
            List<RunSpec> remaining = study.remaining();
            reused = study.reused();
            err.printf(Locale.ROOT, "rnnlab %s: %s (%s), %d steps each, on %s; report in %s%s%n", spec.name(),
                    Plural.of(runs.size(), "run"), description.task(), args.steps, runner.where(), out,
                    reused == 0 ? "" : "; " + reused + " reused from " + out.resolve("runs") + ", "
                            + remaining.size() + " to train");
            err.flush();
            t0 = System.nanoTime();
            boolean terminal = ((Main) spec.commandLine().getParent().getCommand()).stderrIsTerminal;
            try (StudyProgress progress = new StudyProgress(err, terminal, spec.name(), remaining, reused, threads)) {
                records = study.run(runner, progress);
            }
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        double before = Double.isFinite(begun.seconds()) ? begun.seconds() : 0.0;
        StudyDescription done = begun.withTiming(begun.started(), before + seconds, threads);
        StudyDirectory.writeStudy(out, done, study.ids(), version);
        StudyReport.write(out, done, records, new ReportOptions(!args.noRunMetrics, false));
        StudyProvenance.write(out.resolve(StudyProvenance.FILE), records);
        printSummary(stdout, records, reused, seconds);
        stdout.printf("Report: %s%n", out.resolve("index.html"));
        return 0;
    }

    /** {@code report --from DIR}: the report of a study directory from its records alone. */
    static int rebuild(CommandSpec spec, Path from, Path out, boolean noRunMetrics) {
        for (var option : spec.commandLine().getParseResult().matchedOptions()) {
            String name = option.longestName();
            if (!List.of("--from", "--out", "--no-run-metrics", "--debug").contains(name)) {
                throw InputException.of(name + " does not apply with --from: the study's records decide its runs and settings");
            }
        }
        StudyDirectory.Loaded study = StudyDirectory.load(from);
        try (DirectoryLock lock = DirectoryLock.inside(out, "rnnlab report --from")) {
            StudyReport.write(out, study.description(), study.records(), new ReportOptions(!noRunMetrics, false));
            Manifest.write(out, reportFiles(out));
        }
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.printf(Locale.ROOT, "%s read from %s; nothing trained.%n", Plural.of(study.records().size(), "run record"),
                from.resolve("runs"));
        stdout.printf("Report: %s%n", out.resolve("index.html"));
        return 0;
    }

    static void printSummary(PrintWriter stdout, List<RunResult> records, int reused, double seconds) {
        long diverged = records.stream().filter(RunResult::diverged).count();
        long failed = records.stream().filter(RunResult::failed).count();
        long success = records.stream().filter(RunResult::success).count();
        stdout.printf(Locale.ROOT, "%s%s in %.0f s: %d succeeded, %d diverged%s.%n", Plural.of(records.size(), "run"),
                reused == 0 ? "" : " (" + reused + " reused)", seconds, success, diverged,
                failed > 0 ? ", " + failed + " failed (see results.csv)" : "");
    }

    private static String commandLine(CommandSpec spec) {
        List<String> argv = spec.commandLine().getParseResult().originalArgs();
        return "rnnlab " + String.join(" ", argv);
    }
}
