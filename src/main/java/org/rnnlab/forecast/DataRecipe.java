package org.rnnlab.forecast;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;

import org.rnnlab.data.ColumnRef;
import org.rnnlab.data.CsvOptions;
import org.rnnlab.data.Delimiter;
import org.rnnlab.data.MissingValuePolicy;
import org.rnnlab.data.PrepareOptions;
import org.rnnlab.data.Scaling;
import org.rnnlab.data.SplitFractions;
import org.rnnlab.data.TimeSeriesTable;
import org.rnnlab.data.Transforms;
import org.rnnlab.data.WindowOptions;
import org.rnnlab.error.InputException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * How a model's windows were made from a CSV file, so that the same windows can be made again
 * from the same file (to evaluate) or from a longer one (to forecast): how the file was read, with
 * the columns resolved to their names, and how it was split, transformed, scaled and cut.
 *
 * <p>Stored in the {@code "metadata"} object of a model file:
 *
 * <pre>
 * "data":    {"header": true, "delimiter": "auto", "decimal_comma": false, "missing": "error",
 *             "time_column": "month", "features": ["passengers"], "targets": ["passengers"]},
 * "windows": {"window": 12, "horizon": 1, "stride": 1, "many_to_many": false},
 * "split":   {"train": 0.7, "validation": 0.15, "test": 0.15},
 * "scaling": "zscore", "transforms": ["log", "sdiff"], "seasonal_lag": 12, "season": 12
 * </pre>
 *
 * @param csv     how to read the file, with the time, feature and target columns named
 * @param prepare windows, split, scaling and transforms
 * @param season  the season length for the seasonal-naive baseline, or 0 when there is none
 */
public record DataRecipe(CsvOptions csv, PrepareOptions prepare, int season) {

    public DataRecipe {
        if (csv == null || prepare == null) {
            throw new IllegalArgumentException("a data recipe needs CSV and prepare options");
        }
        if (season < 0) {
            throw new IllegalArgumentException("season must be >= 1, or 0 for none, got " + season);
        }
    }

    /**
     * The recipe of a loaded table: the CSV options with the columns the loader chose written out
     * by name, so that defaults ("the last column") cannot resolve differently on another file.
     */
    public static DataRecipe of(CsvOptions used, TimeSeriesTable table, PrepareOptions prepare, int season) {
        CsvOptions csv = table.timeColumn().map(name -> used.withTimeColumn(ColumnRef.byName(name)))
                .orElseGet(used::withoutTimeColumn)
                .withFeatures(refs(table.featureNames()))
                .withTargets(refs(table.targetNames()))
                .withDayFirst(table.dayFirst().orElse(null));
        return new DataRecipe(csv, prepare, season);
    }

    /** The season, if there is one. */
    public OptionalInt seasonLength() {
        return season > 0 ? OptionalInt.of(season) : OptionalInt.empty();
    }

    /** The same recipe with a split that puts every row in the training part (every window of a file). */
    public DataRecipe wholeSeries() {
        return new DataRecipe(csv, prepare.withSplit(new SplitFractions(1, 0, 0)), season);
    }

    /** Writes the recipe's fields into {@code target}. */
    public void writeTo(ObjectNode target) {
        ObjectNode data = target.putObject("data");
        data.put("header", csv.header());
        data.put("delimiter", lower(csv.delimiter()));
        data.put("decimal_comma", csv.decimalComma());
        data.put("missing", lower(csv.missingValues()));
        if (csv.dayFirst() != null) {
            data.put("day_first", csv.dayFirst()); // how the training file's spreadsheet dates read
        }
        if (csv.timeColumn() == null) {
            data.putNull("time_column");
        } else {
            data.put("time_column", csv.timeColumn().name());
        }
        csv.features().forEach(ref -> data.withArray("features").add(ref.name()));
        csv.targets().forEach(ref -> data.withArray("targets").add(ref.name()));
        WindowOptions w = prepare.windows();
        ObjectNode windows = target.putObject("windows");
        windows.put("window", w.window());
        windows.put("horizon", w.horizon());
        windows.put("stride", w.stride());
        windows.put("many_to_many", w.manyToMany());
        ObjectNode split = target.putObject("split");
        split.put("train", prepare.split().train());
        split.put("validation", prepare.split().validation());
        split.put("test", prepare.split().test());
        target.put("scaling", lower(prepare.scaling()));
        var transforms = target.putArray("transforms");
        prepare.transforms().names().forEach(transforms::add);
        if (prepare.transforms().seasonal()) {
            target.put("seasonal_lag", prepare.transforms().seasonalLag());
        }
        if (season > 0) {
            target.put("season", season);
        } else {
            target.putNull("season");
        }
    }

    /** The recipe as a new JSON object. */
    public ObjectNode toJson() {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        writeTo(o);
        return o;
    }

    /**
     * Reads a recipe from a model file's metadata; a missing or malformed field is an
     * {@link InputException} naming the file and the field.
     */
    public static DataRecipe fromJson(JsonNode metadata, Path file) {
        if (metadata == null || !metadata.isObject() || !metadata.path("data").isObject()) {
            throw InputException.inFile(file, "the model file has no \"metadata\" describing its data (window, columns,"
                    + " split); it was not written by 'rnnlab train', so it cannot be applied to a CSV file");
        }
        try {
            JsonNode data = metadata.path("data");
            CsvOptions csv = CsvOptions.defaults()
                    .withDelimiter(Delimiter.valueOf(text(data, "delimiter").toUpperCase(Locale.ROOT)))
                    .withDecimalComma(bool(data, "decimal_comma"))
                    .withMissingValues(MissingValuePolicy.valueOf(text(data, "missing").toUpperCase(Locale.ROOT)));
            if (!bool(data, "header")) {
                csv = new CsvOptions(false, csv.delimiter(), csv.decimalComma(), null, false, List.of(), List.of(),
                        csv.missingValues(), null);
            }
            JsonNode time = data.get("time_column");
            csv = time == null || time.isNull() ? csv.withoutTimeColumn()
                    : csv.withTimeColumn(ColumnRef.byName(time.asText()));
            csv = csv.withFeatures(refs(names(data, "features"))).withTargets(refs(names(data, "targets")));
            JsonNode dayFirst = data.get("day_first");
            csv = dayFirst != null && dayFirst.isBoolean() ? csv.withDayFirst(dayFirst.asBoolean()) : csv;
            JsonNode w = metadata.path("windows");
            WindowOptions windows = new WindowOptions(integer(w, "window"), integer(w, "horizon"),
                    integer(w, "stride"), bool(w, "many_to_many"));
            JsonNode s = metadata.path("split");
            SplitFractions split = new SplitFractions(number(s, "train"), number(s, "validation"), number(s, "test"));
            Scaling scaling = Scaling.valueOf(text(metadata, "scaling").toUpperCase(Locale.ROOT));
            List<String> transformNames = names(metadata, "transforms");
            for (String name : transformNames) {
                if (!List.of("log", "sdiff", "diff").contains(name)) {
                    throw new IllegalArgumentException("\"transforms\" holds \"" + name + "\"; known: log, sdiff, diff");
                }
            }
            int lag = transformNames.contains("sdiff") ? integer(metadata, "seasonal_lag") : 0;
            Transforms transforms = new Transforms(transformNames.contains("log"), transformNames.contains("diff"), lag);
            JsonNode season = metadata.get("season");
            int seasonLength = season == null || season.isNull() ? 0 : season.asInt();
            return new DataRecipe(csv, new PrepareOptions(windows, split, scaling, transforms), seasonLength);
        } catch (IllegalArgumentException e) {
            throw InputException.inFile(file, "metadata: " + e.getMessage()).withCause(e);
        }
    }

    private static ColumnRef[] refs(List<String> names) {
        return names.stream().map(ColumnRef::byName).toArray(ColumnRef[]::new);
    }

    private static String lower(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT);
    }

    private static String text(JsonNode o, String key) {
        JsonNode v = o.get(key);
        if (v == null || !v.isTextual()) {
            throw new IllegalArgumentException("\"" + key + "\" is missing or not a string");
        }
        return v.asText();
    }

    private static boolean bool(JsonNode o, String key) {
        JsonNode v = o.get(key);
        if (v == null || !v.isBoolean()) {
            throw new IllegalArgumentException("\"" + key + "\" is missing or not true/false");
        }
        return v.asBoolean();
    }

    private static int integer(JsonNode o, String key) {
        JsonNode v = o.get(key);
        if (v == null || !v.isIntegralNumber() || !v.canConvertToInt()) {
            throw new IllegalArgumentException("\"" + key + "\" is missing or not an integer");
        }
        return v.asInt();
    }

    private static double number(JsonNode o, String key) {
        JsonNode v = o.get(key);
        if (v == null || !v.isNumber()) {
            throw new IllegalArgumentException("\"" + key + "\" is missing or not a number");
        }
        return v.asDouble();
    }

    private static List<String> names(JsonNode o, String key) {
        JsonNode v = o.get(key);
        if (v == null || !v.isArray()) {
            throw new IllegalArgumentException("\"" + key + "\" is missing or not a list of names");
        }
        List<String> names = new ArrayList<>();
        for (JsonNode n : v) {
            if (!n.isTextual()) {
                throw new IllegalArgumentException("\"" + key + "\" holds " + n + ", not a name");
            }
            names.add(n.asText());
        }
        return names;
    }
}
