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
 * One run's step metrics as {@code metrics/VARIANT-T{length}-seed{seed}.csv}: step, loss, gradient
 * norm before and after clipping, and whether the step clipped (1 or 0).
 */
final class RunMetricsCsv {

    private RunMetricsCsv() {
    }

    static String fileName(RunResult r) {
        return r.variant() + "-T" + r.length() + "-seed" + r.spec().seed() + ".csv";
    }

    static void write(Path dir, RunResult r) {
        StepSeries s = r.steps();
        AtomicFile.write(dir.resolve(fileName(r)), stream -> {
            PrintWriter out = new PrintWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
            out.print("step,loss,grad_norm_before,grad_norm_after,clipped\n");
            for (int i = 0; i < s.size(); i++) {
                out.print(i + "," + Numbers.exactOrEmpty(s.loss()[i]) + "," + Numbers.exactOrEmpty(s.normBefore()[i]) + ","
                        + Numbers.exactOrEmpty(s.normAfter()[i]) + "," + (s.clipped()[i] ? 1 : 0) + "\n");
            }
            out.flush();
        });
    }
}
