package org.rnnlab.report;

import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.rnnlab.experiment.RunResult;
import org.rnnlab.io.AtomicFile;

/**
 * {@code results.csv}: one row per run, in the study's order. Numbers are written in full
 * precision, a missing number as an empty cell; {@code outcome} is completed, diverged or failed.
 */
final class ResultsCsv {

    static final String[] HEADER = {"variant", "length", "seed", "outcome", "diverged_step", "final_loss", "best_loss",
        "test_metric", "test_value", "test_secondary_metric", "test_secondary_value", "success", "median_grad_norm",
        "clipped_share", "threshold", "auto_threshold", "seconds", "cause"};

    private ResultsCsv() {
    }

    static void write(Path file, StudyGrid grid) {
        AtomicFile.write(file, stream -> {
            Writer w = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
            try (CSVPrinter out = new CSVPrinter(w, CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get())) {
                out.printRecord((Object[]) HEADER);
                for (RunResult r : grid.records()) {
                    var score = r.score();
                    out.printRecord(r.variant(), r.length(), r.spec().seed(), r.status(),
                            r.divergedStep() < 0 ? "" : String.valueOf(r.divergedStep()), num(r.steps().finalLoss()),
                            num(r.steps().bestLoss()), score == null ? "" : score.metric(), score == null ? "" : num(score.value()),
                            score == null ? "" : score.secondaryName(), score == null ? "" : num(score.secondary()), r.success(),
                            num(r.steps().medianNormBefore()), num(r.steps().clippedShare()), num(r.threshold()),
                            r.spec().auto() != null, num(r.seconds()), r.cause() == null ? "" : r.cause());
                }
                out.flush();
            }
        });
    }

    /** A double in full precision, empty when NaN. */
    static String num(double x) {
        return Double.isNaN(x) ? "" : Double.toString(x);
    }
}
