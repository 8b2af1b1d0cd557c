package org.rnnlab.report;

import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.rnnlab.experiment.RunResult;
import org.rnnlab.io.AtomicFile;
import org.rnnlab.text.Numbers;

/**
 * {@code results.csv}: one row per run, in the study's order. Numbers are written in full
 * precision, a missing number as an empty cell ({@link Numbers#exactOrEmpty}); {@code outcome} is
 * completed, diverged or failed. The diagnostics' columns follow ({@link DiagnosticColumns}).
 * Nothing in it depends on the machine's speed, so a study resumed after a crash writes the same
 * bytes as an uninterrupted one; the runs' wall times go to {@code timings.csv}.
 */
final class ResultsCsv {

    static final String[] HEADER = {"variant", "length", "seed", "outcome", "diverged_step", "final_loss", "best_loss",
        "test_metric", "test_value", "test_secondary_metric", "test_secondary_value", "success", "median_grad_norm",
        "clipped_share", "threshold", "auto_threshold", "cause"};

    /** {@code timings.csv}: each run's wall time, kept apart so results.csv depends on the runs' specs alone. */
    static final String[] TIMINGS_HEADER = {"variant", "length", "seed", "seconds"};

    private ResultsCsv() {
    }

    static void write(Path file, StudyGrid grid) {
        AtomicFile.write(file, stream -> {
            Writer w = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
            try (CSVPrinter out = new CSVPrinter(w, CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get())) {
                int layers = DiagnosticColumns.deepest(grid);
                List<Object> header = new ArrayList<>(List.of((Object[]) HEADER));
                header.addAll(DiagnosticColumns.header(layers));
                out.printRecord(header);
                for (RunResult r : grid.records()) {
                    var score = r.score();
                    List<Object> row = new ArrayList<>(List.of(r.variant(), r.length(), r.spec().seed(), r.status(),
                            r.divergedStep() < 0 ? "" : String.valueOf(r.divergedStep()),
                            Numbers.exactOrEmpty(r.steps().finalLoss()), Numbers.exactOrEmpty(r.steps().bestLoss()),
                            score == null ? "" : score.metric(), score == null ? "" : Numbers.exactOrEmpty(score.value()),
                            score == null ? "" : score.secondaryName(),
                            score == null ? "" : Numbers.exactOrEmpty(score.secondary()), r.success(),
                            Numbers.exactOrEmpty(r.steps().medianNormBefore()), Numbers.exactOrEmpty(r.steps().clippedShare()),
                            Numbers.exactOrEmpty(r.threshold()), r.spec().auto() != null,
                            r.cause() == null ? "" : r.cause()));
                    row.addAll(DiagnosticColumns.values(r, layers));
                    out.printRecord(row);
                }
                out.flush();
            }
        });
    }

    static void writeTimings(Path file, StudyGrid grid) {
        AtomicFile.write(file, stream -> {
            Writer w = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
            try (CSVPrinter out = new CSVPrinter(w, CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get())) {
                out.printRecord((Object[]) TIMINGS_HEADER);
                for (RunResult r : grid.records()) {
                    out.printRecord(r.variant(), r.length(), r.spec().seed(), Numbers.exactOrEmpty(r.seconds()));
                }
                out.flush();
            }
        });
    }
}
