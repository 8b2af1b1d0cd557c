package org.rnnlab.forecast;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.rnnlab.io.AtomicFile;
import org.rnnlab.text.Numbers;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A backtest's files: {@code backtest.csv}, one row per target × origin × step ahead (actual,
 * the model's forecast and intervals, every baseline), and {@code summary.md}, the tables of
 * {@link BacktestScores} with the sentences that say what they mean, and {@code run.json}, what was
 * run: the data file and its hash, the origins, the steps ahead, the levels, and each model's
 * {@link ModelSignature}, by which {@code forecast --interval-backtest} checks that the backtest's
 * errors are of a model like its own.
 */
public final class BacktestFiles {

    private BacktestFiles() {
    }

    /** The name of the record of what was run. */
    public static final String RUN_JSON = "run.json";

    /** Writes the three files atomically into {@code dir}; returns their names. */
    public static List<String> write(Path dir, BacktestScores scores, String modelName, BacktestPlan plan) {
        AtomicFile.writeString(dir.resolve("backtest.csv"), csv(scores.result()));
        AtomicFile.writeString(dir.resolve("summary.md"), BacktestSummary.markdown(scores, modelName));
        RunJson.write(dir.resolve(RUN_JSON), runJson(scores.result(), plan));
        return List.of("backtest.csv", "summary.md", RUN_JSON);
    }

    static ObjectNode runJson(BacktestResult r, BacktestPlan plan) {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.put("command", "backtest");
        o.put("rnnlab_version", RunJson.rnnlabVersion());
        o.put("data_file", plan.training().dataFile().toString());
        o.put("data_sha256", RunJson.sha256(plan.training().dataFile()));
        o.put("seed", plan.training().seed());
        ArrayNode origins = o.putArray("origins");
        for (int row : r.origins()) {
            origins.add(r.rowLabels().get(row));
        }
        ArrayNode ahead = o.putArray("ahead");
        for (int a : r.ahead()) {
            ahead.add(a);
        }
        o.put("refit_every", plan.refitEvery());
        ArrayNode levels = o.putArray("levels");
        for (double l : r.levels()) {
            levels.add(l);
        }
        ArrayNode models = o.putArray("models");
        for (int m = 0; m < r.models().size(); m++) {
            int first = 0;
            while (r.trainedAt()[first] != m) {
                first++;
            }
            ObjectNode model = models.addObject();
            model.put("first_origin", r.rowLabels().get(r.origins()[first]));
            model.set("signature", r.models().get(m).fields());
        }
        RunJson.number(o, "seconds", r.seconds());
        return o;
    }

    static String csv(BacktestResult r) {
        StringBuilder out = new StringBuilder("target,origin,ahead,row_label,model_number,actual,"
                + String.join(",", BacktestResult.METHODS));
        for (double level : r.levels()) {
            String p = ForecastBands.percent(level);
            out.append(",lower_").append(p).append(",upper_").append(p);
        }
        out.append('\n');
        for (BacktestResult.Point p : r.points()) {
            List<String> cells = new ArrayList<>();
            cells.add(quote(r.targets().get(p.target())));
            cells.add(quote(r.rowLabels().get(r.origins()[p.origin()])));
            cells.add(Integer.toString(r.ahead()[p.step()]));
            cells.add(quote(r.rowLabels().get(p.row())));
            cells.add(Integer.toString(r.trainedAt()[p.origin()] + 1));
            cells.add(Numbers.exactOrEmpty(p.actual()));
            for (double f : p.forecast()) {
                cells.add(Numbers.exactOrEmpty(f));
            }
            for (int l = 0; l < r.levels().length; l++) {
                cells.add(Numbers.exactOrEmpty(p.lower()[l]));
                cells.add(Numbers.exactOrEmpty(p.upper()[l]));
            }
            out.append(String.join(",", cells)).append('\n');
        }
        return out.toString();
    }

    private static String quote(String s) {
        return s.contains(",") || s.contains("\"") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }

}
