package org.rnnlab.report;

import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.rnnlab.diagnostics.StateMagnitude;
import org.rnnlab.experiment.RunResult;
import org.rnnlab.io.AtomicFile;
import org.rnnlab.text.Numbers;

/**
 * {@code results.csv}: one row per run, in the study's order. {@code outcome} is what the run
 * achieved (solved, learned, baseline, state-exploded, diverged, failed; see
 * {@link org.rnnlab.experiment.RunOutcome}), {@code status} how its training ended (completed,
 * diverged, failed), followed by the measures behind the outcome: final training loss, test loss on
 * the probe batch, the task's baseline loss and the ratio of the two, and the forward state at the
 * end (max |h| and mean ‖h_t‖ of the top layer, the same of c for the LSTM; the largest over the
 * layers in {@code max_abs_state}). Steps count from 1 ({@code diverged_step_1based}; {@code steps_to_success_1based}
 * is the number of steps trained when a probe first met the task's criterion, so also the 1-based
 * number of the last of them). Every number
 * is written in full precision ({@link Numbers#exact}), and every value that is not a finite number
 * the same way: {@code nan}, {@code inf} or {@code -inf}; a cell is empty only where the column does
 * not apply (no divergence step for a run that did not diverge, no score for a failed run). The
 * diagnostics' columns follow ({@link DiagnosticColumns}). Nothing in it depends on the machine's
 * speed, so a study resumed after a crash writes the same bytes as an uninterrupted one; the runs'
 * wall times go to {@code timings.csv}.
 */
final class ResultsCsv {

    static final String[] HEADER = {"variant", "length", "seed", "outcome", "status", "diverged_step_1based", "final_loss",
        "test_loss", "baseline_loss", "test_loss_to_baseline", "best_loss", "test_metric", "test_value",
        "test_secondary_metric", "test_secondary_value", "success", "steps_to_success_1based", "max_abs_state",
        "max_abs_h", "mean_h_norm", "max_abs_c", "mean_c_norm", "median_grad_norm", "clipped_share", "clipped_unit_share",
        "clipping", "threshold", "median_applied_threshold", "auto_threshold", "cause"};

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
                    List<Object> row = row(r);
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

    private static List<Object> row(RunResult r) {
        var score = r.score();
        double baseline = r.spec().task().baselineLoss();
        StateMagnitude end = r.finalState();
        List<Object> row = new ArrayList<>();
        row.add(r.variant());
        row.add(r.length());
        row.add(r.spec().seed());
        row.add(r.outcome());
        row.add(r.status());
        row.add(r.divergedStep() < 0 ? "" : String.valueOf(r.divergedStep() + 1));
        row.add(n(r.steps().finalLoss()));
        row.add(n(r.testLoss()));
        row.add(n(baseline));
        row.add(n(r.testLoss() / baseline));
        row.add(n(r.steps().bestLoss()));
        row.add(score == null ? "" : score.metric());
        row.add(score == null ? "" : n(score.value()));
        row.add(score == null ? "" : score.secondaryName());
        row.add(score == null || score.secondaryName().isEmpty() ? "" : n(score.secondary()));
        row.add(r.success());
        row.add(r.stepsToSuccess() < 0 ? "" : String.valueOf(r.stepsToSuccess()));
        row.add(end == null ? n(Double.NaN) : n(end.largest()));
        row.add(end == null ? n(Double.NaN) : n(top(end.maxAbsHidden())));
        row.add(end == null ? n(Double.NaN) : n(top(end.meanHiddenNorm())));
        row.add(end == null ? n(Double.NaN) : n(top(end.maxAbsCell())));
        row.add(end == null ? n(Double.NaN) : n(top(end.meanCellNorm())));
        row.add(n(r.steps().medianNormBefore()));
        row.add(n(r.steps().clippedShare()));
        row.add(n(r.steps().meanClippedUnits()));
        row.add(r.spec().auto() != null ? "auto" : r.spec().variant().clipping().label());
        row.add(n(r.threshold()));
        row.add(n(r.steps().medianThreshold()));
        row.add(r.spec().auto() != null);
        row.add(r.cause() == null ? "" : r.cause());
        return row;
    }

    private static double top(double[] perLayer) {
        return perLayer.length == 0 ? Double.NaN : perLayer[perLayer.length - 1];
    }

    private static String n(double x) {
        return Numbers.exact(x);
    }
}
