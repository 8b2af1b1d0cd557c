package org.rnnlab.cli;

import java.io.PrintWriter;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.rnnlab.forecast.Accuracy;
import org.rnnlab.forecast.Evaluation;
import org.rnnlab.forecast.EvaluationJson;
import org.rnnlab.forecast.RmseRatio;
import org.rnnlab.text.Numbers;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** An {@link Evaluation} as a table for people and as JSON for machines (shared by train and evaluate). */
final class EvaluationReport {

    /** One table row: name, RMSE, MAE, sMAPE %, MASE. */
    /** A row of the table; its first column is 24 wide, or as wide as its longest entry. */
    private static final String ROW = "%-24s %12s %12s %9s %7s%n";

    private EvaluationReport() {
    }

    /**
     * The JSON form: {@code {"part": "test", "windows": 10, "season": 12, "mase_lag": 12,
     * "mase_scales": {"passengers": ..}, "targets": {"passengers": {"model": {"rmse": .., "mae": ..,
     * "smape": .., "mase": .., "count": ..}, "persistence": {...}, ...}}}}; undefined numbers are null.
     */
    static ObjectNode toJson(Evaluation e) {
        return EvaluationJson.of(e);
    }

    /**
     * The table: one block per target, one row per method, the model's row marked, a line on
     * whether the model beats every baseline, and a line where MASE is undefined.
     */
    static void printTable(PrintWriter out, Evaluation e, String modelName) {
        Set<String> targets = new LinkedHashSet<>();
        e.rows().forEach(r -> targets.add(r.target()));
        for (String target : targets) {
            String heading = target + ", " + e.part() + " part";
            int width = e.rows().stream().filter(r -> r.target().equals(target))
                    .mapToInt(r -> label(r.method(), e, modelName).length()).max().orElse(0);
            String row = ROW.replace("24", Integer.toString(Math.max(24, Math.max(width, heading.length()))));
            out.printf(Locale.ROOT, row, heading, "RMSE", "MAE", "sMAPE %", "MASE");
            double best = Double.POSITIVE_INFINITY;
            String bestName = "";
            for (Evaluation.Row r : e.rows()) {
                if (!r.target().equals(target)) {
                    continue;
                }
                Accuracy a = r.accuracy();
                String name = label(r.method(), e, modelName);
                out.printf(Locale.ROOT, row, name, fmt(a.rmse()), fmt(a.mae()), Numbers.fixed(a.smape(), 2),
                        Numbers.fixed(a.mase(), a.mase() >= 100 ? 1 : 3));
                if (!r.method().equals(Evaluation.MODEL) && a.rmse() < best) {
                    best = a.rmse();
                    bestName = name.trim();
                }
            }
            double model = e.row(target, Evaluation.MODEL).map(r -> r.accuracy().rmse()).orElse(Double.NaN);
            if (Double.isFinite(model) && Double.isFinite(best)) {
                out.println(comparison(modelName, model, best, bestName, e.part()) + sureness(e.leads().get(target),
                        e.part()));
            }
            maseNote(e, target).ifPresent(out::println);
        }
        if (e.season().isEmpty()) {
            out.println("(seasonal naive left out: no season from the time column, or one longer than the series;"
                    + " give --season P)");
        }
    }

    /**
     * "lstm RMSE is 55.3% lower than the best baseline (seasonal naive (12))." A baseline with
     * RMSE 0 leaves no percentage to give, so the sentence says the baseline is exact instead.
     */
    static String comparison(String modelName, double model, double best, String bestName, String part) {
        if (best == 0) {
            return String.format(Locale.ROOT, "%s RMSE is %s, %s the best baseline (%s): the baseline is exact on this"
                    + " %s part.", modelName, model == 0 ? "0" : fmt(model), model == 0 ? "as low as" : "higher than",
                    bestName, part);
        }
        double percent = 100 * Math.abs(model - best) / best;
        return String.format(Locale.ROOT, "%s RMSE is %s%% %s than the best baseline (%s).", modelName,
                String.format(Locale.ROOT, percent < 1 ? "%.2f" : "%.1f", percent), model <= best ? "lower" : "higher",
                bestName);
    }

    /**
     * " (95% interval: 71–83% lower, batch means over 7 groups of test rows)", from the interval of
     * the RMSE ratio; empty without one.
     */
    static String sureness(RmseRatio lead, String part) {
        if (lead == null || lead.range() == null) {
            return "";
        }
        double lo = 100 * (1 - lead.range().upper()), hi = 100 * (1 - lead.range().lower());
        String range = lo >= 0 ? String.format(Locale.ROOT, "%.0f–%.0f%% lower", lo, hi)
                : hi <= 0 ? String.format(Locale.ROOT, "%.0f–%.0f%% higher", -hi, -lo)
                : String.format(Locale.ROOT, "from %.0f%% lower to %.0f%% higher", hi, -lo);
        return String.format(Locale.ROOT, " 95%% interval: %s (batch means over %d groups of %s rows).", range,
                lead.groups(), part);
    }

    /** Why MASE is n/a for a target, if it is. */
    private static Optional<String> maseNote(Evaluation e, String target) {
        double scale = e.maseScales().getOrDefault(target, Double.NaN);
        int m = e.maseLag();
        if (scale > 0 && Double.isFinite(scale)) {
            return Optional.empty();
        }
        return Optional.of("(MASE n/a for " + target + ": " + (scale == 0
                ? "its training part repeats itself at lag " + m + ", so the in-sample naive error MASE is scaled by"
                        + " is 0)"
                : "its training part has no two rows " + m + " apart to take the in-sample naive error from)"));
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
