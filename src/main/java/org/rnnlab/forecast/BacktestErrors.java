package org.rnnlab.forecast;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.rnnlab.data.TimeSeriesTable;
import org.rnnlab.error.InputException;
import org.rnnlab.text.Plural;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A forecast's held-out errors taken from a finished backtest of the same series
 * ({@code backtest.csv}): the forecaster's errors from the backtest's origins, per step ahead,
 * which lie nearer the end of the file than the model's validation part. They join the model's
 * validation errors in the backtest's own sliding window ({@link ResidualPool}), read at the last
 * row of the file, so the forecast's intervals are the ones the backtest's next origin would have
 * used: per step, the newest errors, as many as the validation part gave or the highest level (of
 * the forecast's and the backtest's) needs.
 *
 * <p>The backtest must be of this series: each of its rows names the row it scored by time label
 * (or line) and its actual value, and both must be found, equal, in the data file; a recursive
 * backtest (steps 1 … H) only, since a direct one scores the last step alone. Each of the backtest's
 * models must have the forecasting model's {@link ModelSignature} (network, window, horizon,
 * transforms, as its {@code run.json} records them); a backtest directory without one (from
 * an rnnlab before backtests recorded them) is taken unchecked, and {@link Pooled#checked} says so.
 */
public final class BacktestErrors {

    private static final List<String> COLUMNS = List.of("target", "ahead", "row_label", "actual", "model");

    /**
     * The pooled errors.
     *
     * @param intervals the errors per target
     * @param read      how many errors of the backtest joined the pool
     * @param checked   whether the backtest's models were checked against the forecasting model's
     *                  signature (false: its directory has no run.json)
     */
    public record Pooled(List<ConformalIntervals> intervals, int read, boolean checked) {
    }

    private BacktestErrors() {
    }

    /**
     * The validation errors {@code validation} (one per target of {@code table}) slid forward
     * through the errors of the backtest in {@code source} (its directory or its backtest.csv), whose
     * models must have the signature {@code model}, for intervals at {@code levels}.
     */
    public static Pooled pooled(Path source, TimeSeriesTable table, List<ConformalIntervals> validation,
            ModelSignature model, double[] levels) {
        Path csv = Files.isDirectory(source) ? source.resolve("backtest.csv") : source;
        Map<String, List<Integer>> rows = new HashMap<>(); // date-times may repeat (the clock going back an hour)
        for (int r = 0; r < table.rows(); r++) {
            rows.computeIfAbsent(Backtest.label(table, r), l -> new ArrayList<>()).add(r);
        }
        List<BacktestResult.Point> points = new ArrayList<>();
        TreeSet<Integer> aheads = new TreeSet<>();
        try (Reader in = Files.newBufferedReader(csv);
                CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
            for (String column : COLUMNS) {
                if (!parser.getHeaderMap().containsKey(column)) {
                    throw InputException.at(csv, 1, "not the backtest.csv of rnnlab backtest: it has no column \""
                            + column + "\"");
                }
            }
            for (CSVRecord record : parser) {
                BacktestResult.Point p = point(csv, record, parser.getHeaderMap(), table, rows);
                if (p != null) {
                    points.add(p);
                    aheads.add(p.step() + 1);
                }
            }
        } catch (NoSuchFileException e) {
            throw InputException.inFile(csv, "no such file; give the directory of an rnnlab backtest of this series");
        } catch (IOException | java.io.UncheckedIOException e) {
            throw InputException.inFile(csv, "cannot read it: " + e.getMessage()).withCause(e);
        }
        if (!aheads.isEmpty() && aheads.last() != aheads.size()) {
            throw InputException.inFile(csv, "its forecasts are " + Plural.of(aheads.size(), "step") + " ahead up to "
                    + aheads.last() + ", not every step from 1: a direct backtest scores its last step only and cannot give each step's"
                    + " errors; give a recursive backtest (without --direct)");
        }
        JsonNode run = checkModels(csv.resolveSibling(BacktestFiles.RUN_JSON), model);
        JsonNode recorded = run == null ? JsonNodeFactory.instance.arrayNode() : run.path("levels");
        double[] all = java.util.Arrays.copyOf(levels, levels.length + recorded.size()); // the forecast's and the backtest's
        for (int l = levels.length; l < all.length; l++) {
            all[l] = recorded.get(l - levels.length).asDouble();
        }
        ResidualPool pool = new ResidualPool(validation, table.targetColumns().length, all);
        pool.add(points);
        return new Pooled(pool.at(table.rows() - 1), points.size(), run != null);
    }

    /** Refuses a backtest whose run.json names a model unlike {@code model}; its run.json, or null when it has none. */
    private static JsonNode checkModels(Path runJson, ModelSignature model) {
        if (!Files.isRegularFile(runJson)) {
            return null;
        }
        JsonNode root;
        try {
            root = RunJson.JSON.readTree(runJson.toFile());
        } catch (IOException e) {
            throw InputException.inFile(runJson, "cannot read it as JSON: " + e.getMessage()).withCause(e);
        }
        JsonNode models = root.path("models");
        if (!"backtest".equals(root.path("command").asText()) || !models.isArray()) {
            throw InputException.inFile(runJson, "not the run.json of rnnlab backtest: it has no \"command\":"
                    + " \"backtest\" with its \"models\"");
        }
        for (int m = 0; m < models.size(); m++) {
            JsonNode signature = models.get(m).path("signature");
            if (!signature.isObject()) {
                throw InputException.inFile(runJson, "model " + (m + 1) + " has no \"signature\" object");
            }
            List<String> differences = new ModelSignature((ObjectNode) signature).differences(model);
            if (!differences.isEmpty()) {
                throw InputException.inFile(runJson, "the backtest's model " + (m + 1) + " (from origin "
                        + models.get(m).path("first_origin").asText("?") + ") is not like the forecasting model: "
                        + String.join(", ", differences) + "; give a backtest run with the model's options (a"
                        + " backtest resolves a default window and recipe on the rows up to each origin, so give them:"
                        + " " + model.options() + "), or leave --interval-backtest out");
            }
        }
        return root;
    }

    /** One row of the backtest as a point of the pool, or null when it has no forecast. */
    private static BacktestResult.Point point(Path csv, CSVRecord record, Map<String, Integer> header,
            TimeSeriesTable table, Map<String, List<Integer>> rows) {
        long line = record.getRecordNumber() + 1;
        if (!record.isConsistent()) {
            throw InputException.at(csv, line, "expected " + header.size() + " fields as in the header, found "
                    + record.size() + ": not a backtest.csv as rnnlab backtest writes it");
        }
        int target = table.targetNames().indexOf(record.get("target"));
        if (target < 0) {
            throw InputException.at(csv, line, header.get("target") + 1, "the backtest's target \"" + record.get("target")
                    + "\" is not one the model predicts " + table.targetNames());
        }
        List<Integer> candidates = rows.get(record.get("row_label"));
        if (candidates == null) {
            throw InputException.at(csv, line, header.get("row_label") + 1, "row \"" + record.get("row_label")
                    + "\" is not in the data file: the backtest is of another series");
        }
        double actual = number(csv, record, header, "actual", line);
        int column = table.targetColumns()[target];
        int row = candidates.stream().filter(r -> Double.compare(table.value(r, column), actual) == 0).findFirst()
                .orElse(candidates.get(0));
        double expected = table.value(row, column);
        if (Double.compare(actual, expected) != 0) {
            throw InputException.at(csv, line, header.get("actual") + 1, "the actual value " + actual + " at "
                    + record.get("row_label") + " is not the data file's " + expected
                    + ": the backtest is of another series, or of another version of this one");
        }
        String model = record.get("model");
        int ahead;
        try {
            ahead = Integer.parseInt(record.get("ahead"));
        } catch (NumberFormatException e) {
            ahead = 0;
        }
        if (ahead < 1 || ahead > row) {
            throw InputException.at(csv, line, header.get("ahead") + 1, "ahead must be a step from 1 to the row's"
                    + " position, got " + record.get("ahead"));
        }
        if (model.isEmpty()) {
            return null;
        }
        double forecast = number(csv, record, header, "model", line);
        return new BacktestResult.Point(target, 0, ahead - 1, row, actual, new double[] {forecast}, new double[0],
                new double[0]);
    }

    private static double number(Path csv, CSVRecord record, Map<String, Integer> header, String column, long line) {
        String text = record.get(column);
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw InputException.at(csv, line, header.get(column) + 1, "\"" + text + "\" in column " + column
                    + " is not a number");
        }
    }
}
