package org.rnnlab.report;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.rnnlab.experiment.RunResult;
import org.rnnlab.experiment.StepSeries;
import org.rnnlab.io.AtomicFile;
import org.rnnlab.text.Numbers;

/**
 * One run's step metrics as {@code metrics/VARIANT-T{length}-seed{seed}.csv}: the step (counted
 * from 1), loss, gradient norm before and after clipping, whether the step clipped (1 or 0), the
 * threshold the clipping rule applied (τ, AutoClip's chosen τ, c, AGC's λ; {@code nan} when none)
 * and the share of its units it clipped. Numbers as {@code results.csv} writes them
 * ({@link Numbers#exact}: {@code nan}, {@code inf}, {@code -inf}).
 */
final class RunMetricsCsv {

    private RunMetricsCsv() {
    }

    static String fileName(RunResult r) {
        return r.variant() + "-T" + r.length() + "-seed" + r.spec().seed() + ".csv";
    }

    static final String HEADER = "step_1based,loss,grad_norm_before,grad_norm_after,clipped,clip_threshold,clipped_unit_share";

    static void write(Path dir, RunResult r) {
        StepSeries s = r.steps();
        AtomicFile.write(dir.resolve(fileName(r)), stream -> {
            PrintWriter out = new PrintWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
            out.print(HEADER + "\n");
            for (int i = 0; i < s.size(); i++) {
                out.print((i + 1) + "," + Numbers.exact(s.loss()[i]) + "," + Numbers.exact(s.normBefore()[i]) + ","
                        + Numbers.exact(s.normAfter()[i]) + "," + (s.clipped()[i] ? 1 : 0) + "," + Numbers.exact(s.threshold()[i])
                        + "," + Numbers.exact(s.clippedUnits()[i]) + "\n");
            }
            out.flush();
        });
    }
}
