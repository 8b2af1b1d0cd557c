package org.rnnlab.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.rnnlab.experiment.RunResult;
import org.rnnlab.io.AtomicFile;

/**
 * Writes a study's report into one directory:
 *
 * <ul>
 * <li>{@code index.html} — findings, charts and tables on one page that opens from disk;</li>
 * <li>{@code summary.md} — the same in Markdown;</li>
 * <li>{@code results.csv} — one row per run;</li>
 * <li>{@code charts/*.png} (and {@code *.svg} on request) — the charts;</li>
 * <li>{@code metrics/*.csv} — each run's step metrics, unless turned off for large grids.</li>
 * </ul>
 *
 * The page also lists {@code runs/} when the directory is a durable study's ({@link StudyDirectory}).
 *
 * Charts and metrics left in {@code charts/} and {@code metrics/} by an earlier report are removed
 * first, so the directory describes this study only. Every file is written atomically.
 */
public final class StudyReport {

    private StudyReport() {
    }

    /** Writes the report and returns the path of its {@code index.html}. */
    public static Path write(Path dir, StudyDescription description, List<RunResult> records, ReportOptions options) {
        if (dir == null || description == null || options == null) {
            throw new IllegalArgumentException("dir, description and options are required");
        }
        StudyGrid grid = new StudyGrid(records);
        List<ThresholdFamilies.Family> families = ThresholdFamilies.of(grid);
        clean(dir.resolve(ReportCharts.DIR), ".png", ".svg");
        clean(dir.resolve("metrics"), ".csv");
        ReportCharts.write(dir, grid, description, families, options.svg());
        ResultsCsv.write(dir.resolve("results.csv"), grid);
        List<String[]> files = new ArrayList<>();
        files.add(new String[] {"results.csv", "one row per run"});
        files.add(new String[] {"summary.md", "this report in Markdown"});
        if (options.runMetrics()) {
            Path metrics = dir.resolve("metrics");
            grid.records().stream().filter(r -> !r.failed()).forEach(r -> RunMetricsCsv.write(metrics, r));
            files.add(new String[] {"metrics/", "step metrics of every run"});
        }
        if (Files.isRegularFile(dir.resolve(StudyDirectory.FILE))) {
            files.add(new String[] {StudyDirectory.FILE, "the study's description and the order of its runs"});
            files.add(new String[] {"runs/", "one record per run; rnnlab report --from rebuilds this report from them"});
        }
        List<Section> sections = new ReportSections(grid, description, families, options.svg()).build();
        AtomicFile.writeString(dir.resolve("summary.md"), MarkdownSummary.render(description.title(), sections));
        Path index = dir.resolve("index.html");
        AtomicFile.writeString(index, HtmlPage.render(description.title(), sections, files));
        return index;
    }

    /** Deletes the files with these endings directly inside {@code dir}, if it exists. */
    private static void clean(Path dir, String... endings) {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir)) {
            for (Path f : files) {
                String name = f.getFileName().toString();
                for (String e : endings) {
                    if (name.endsWith(e) && Files.isRegularFile(f)) {
                        Files.delete(f);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot clear old report files in " + dir + ": " + e.getMessage(), e);
        }
    }
}
