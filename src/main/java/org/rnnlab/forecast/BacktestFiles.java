package org.rnnlab.forecast;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.rnnlab.io.AtomicFile;
import org.rnnlab.text.Numbers;

/**
 * A backtest's files: {@code backtest.csv}, one row per target × origin × step ahead (actual,
 * the model's forecast and intervals, every baseline), and {@code summary.md}, the tables of
 * {@link BacktestScores} with the sentences that say what they mean.
 */
public final class BacktestFiles {

    private BacktestFiles() {
    }

    /** Writes both files atomically into {@code dir}; returns their names. */
    public static List<String> write(Path dir, BacktestScores scores, String modelName) {
        AtomicFile.writeString(dir.resolve("backtest.csv"), csv(scores.result()));
        AtomicFile.writeString(dir.resolve("summary.md"), BacktestSummary.markdown(scores, modelName));
        return List.of("backtest.csv", "summary.md");
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
