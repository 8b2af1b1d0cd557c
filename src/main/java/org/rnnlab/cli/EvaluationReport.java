package org.rnnlab.cli;

import java.io.PrintWriter;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

import org.rnnlab.forecast.Accuracy;
import org.rnnlab.forecast.Evaluation;
import org.rnnlab.forecast.EvaluationJson;
import org.rnnlab.text.Numbers;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** An {@link Evaluation} as a table for people and as JSON for machines (shared by train and evaluate). */
final class EvaluationReport {

    private EvaluationReport() {
    }

    /**
     * The JSON form: {@code {"part": "test", "windows": 10, "season": 12, "targets": {"passengers":
     * {"model": {"rmse": .., "mae": .., "smape": .., "count": ..}, "persistence": {...}, ...}}}}.
     */
    static ObjectNode toJson(Evaluation e) {
        return EvaluationJson.of(e);
    }

    /**
     * The table: one block per target, one row per method, the model's row marked, and a line on
     * whether the model beats every baseline.
     */
    static void printTable(PrintWriter out, Evaluation e, String modelName) {
        Set<String> targets = new LinkedHashSet<>();
        e.rows().forEach(r -> targets.add(r.target()));
        for (String target : targets) {
            out.printf(Locale.ROOT, "%-24s %12s %12s %9s%n", target + ", " + e.part() + " part", "RMSE", "MAE", "sMAPE %");
            double best = Double.POSITIVE_INFINITY;
            String bestName = "";
            for (Evaluation.Row r : e.rows()) {
                if (!r.target().equals(target)) {
                    continue;
                }
                Accuracy a = r.accuracy();
                String name = label(r.method(), e, modelName);
                out.printf(Locale.ROOT, "%-24s %12s %12s %9s%n", name, fmt(a.rmse()), fmt(a.mae()),
                        Double.isNaN(a.smape()) ? Numbers.MISSING : String.format(Locale.ROOT, "%.2f", a.smape()));
                if (!r.method().equals(Evaluation.MODEL) && a.rmse() < best) {
                    best = a.rmse();
                    bestName = name.trim();
                }
            }
            double model = e.row(target, Evaluation.MODEL).map(r -> r.accuracy().rmse()).orElse(Double.NaN);
            if (Double.isFinite(model) && Double.isFinite(best)) {
                double percent = 100 * Math.abs(model - best) / best;
                out.printf(Locale.ROOT, "%s RMSE is %s%% %s than the best baseline (%s).%n", modelName,
                        String.format(Locale.ROOT, percent < 1 ? "%.2f" : "%.1f", percent),
                        model <= best ? "lower" : "higher", bestName);
            }
        }
        if (e.season().isEmpty()) {
            out.println("(seasonal naive left out: no season detected from the time column; give --season P)");
        }
    }

    private static String label(String method, Evaluation e, String modelName) {
        return switch (method) {
            case Evaluation.MODEL -> modelName;
            case Evaluation.PERSISTENCE -> "persistence";
            case Evaluation.SEASONAL_NAIVE -> "seasonal naive (" + e.season().getAsInt() + ")";
            case Evaluation.TRAINING_MEAN -> "training mean";
            default -> method;
        };
    }

    /** Five significant digits, enough to tell a model from a baseline: 57.516, 0.0018432. */
    static String fmt(double v) {
        return Numbers.readable(v, 5);
    }
}
