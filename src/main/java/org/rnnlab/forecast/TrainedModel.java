package org.rnnlab.forecast;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.rnnlab.data.CellException;
import org.rnnlab.data.CsvLoader;
import org.rnnlab.data.CsvOptions;
import org.rnnlab.data.MissingColumnException;
import org.rnnlab.data.Normalization;
import org.rnnlab.data.PreparedData;
import org.rnnlab.data.TimeSeriesTable;
import org.rnnlab.error.InputException;
import org.rnnlab.model.ModelFile;
import org.rnnlab.model.SequenceModel;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A model trained on a CSV series, with what it takes to apply it to a file: the normalization
 * fitted in training (the model file's {@code "normalization"} slot, written by Jackson) and the
 * {@link DataRecipe} (in its {@code "metadata"} slot, next to any other facts of the run).
 *
 * @param model         the network with its weights
 * @param normalization transforms and scaling fitted on the training part
 * @param recipe        how the windows were made
 * @param metadata      the whole metadata object of the file (the recipe's fields and others)
 */
public record TrainedModel(Ensemble ensemble, Normalization normalization, DataRecipe recipe, ObjectNode metadata) {

    /** The name of the model file in a run directory. */
    public static final String FILE_NAME = "model.json";

    private static final ObjectMapper JSON = new ObjectMapper();

    public TrainedModel {
        if (ensemble == null || normalization == null || recipe == null || metadata == null) {
            throw new IllegalArgumentException("a trained model needs its model, normalization, recipe and metadata");
        }
    }

    /** The network (an ensemble's first member): its configuration is every member's. */
    public SequenceModel model() {
        return ensemble.members().get(0);
    }

    /** A trained model whose metadata holds the recipe and the given extra fields (may be null). */
    public static TrainedModel of(SequenceModel model, Normalization normalization, DataRecipe recipe,
            ObjectNode extra) {
        return of(Ensemble.of(model), normalization, recipe, extra);
    }

    /** An ensemble's trained model; see {@link #of(SequenceModel, Normalization, DataRecipe, ObjectNode)}. */
    public static TrainedModel of(Ensemble model, Normalization normalization, DataRecipe recipe,
            ObjectNode extra) {
        ObjectNode metadata = JsonNodeFactory.instance.objectNode();
        recipe.writeTo(metadata);
        if (extra != null) {
            metadata.setAll(extra);
        }
        return new TrainedModel(model, normalization, recipe, metadata);
    }

    /**
     * Per target, the validation forecast errors that prediction intervals rest on; empty for a
     * model file without them (written before intervals existed, or trained without a validation part).
     */
    public List<ConformalIntervals> intervals() {
        return IntervalsJson.fromJson(metadata, normalization.targets().size());
    }

    /** Writes the model file atomically. */
    public void write(Path file) {
        ModelFile.write(file, ensemble.members(), JSON.valueToTree(normalization), metadata);
    }

    /**
     * Reads a model file, or the {@code model.json} of a run directory. A file without a
     * normalization or a recipe (one not written by {@code rnnlab train}) is an
     * {@link InputException} saying so.
     */
    public static TrainedModel read(Path fileOrDirectory) {
        Path file = resolve(fileOrDirectory);
        ModelFile.Contents contents = ModelFile.read(file);
        if (contents.normalization() == null) {
            throw InputException.inFile(file, "the model file has no \"normalization\" (how its data was scaled); it was"
                    + " not written by 'rnnlab train', so it cannot be applied to a CSV file");
        }
        Normalization normalization;
        try {
            normalization = JSON.treeToValue(contents.normalization(), Normalization.class);
        } catch (Exception e) {
            Throwable cause = e.getCause() instanceof IllegalArgumentException ? e.getCause() : e;
            throw InputException.inFile(file, "\"normalization\" is malformed: " + firstLine(cause.getMessage()))
                    .withCause(e);
        }
        DataRecipe recipe = DataRecipe.fromJson(contents.metadata(), file);
        JsonNode metadata = contents.metadata();
        return new TrainedModel(new Ensemble(contents.members()), normalization, recipe, (ObjectNode) metadata);
    }

    /** {@code path} itself, or {@code path/model.json} when it is a directory. */
    public static Path resolve(Path fileOrDirectory) {
        if (Files.isDirectory(fileOrDirectory)) {
            Path file = fileOrDirectory.resolve(FILE_NAME);
            if (!Files.exists(file)) {
                throw InputException.inFile(fileOrDirectory, "the directory has no " + FILE_NAME + "; give a run"
                        + " directory written by 'rnnlab train', or the model file itself");
            }
            return file;
        }
        return fileOrDirectory;
    }

    /** Loads a CSV file the way this model's training file was loaded (same columns, by name). */
    public TimeSeriesTable load(Path csv) {
        try {
            return CsvLoader.load(csv, recipe.csv());
        } catch (MissingColumnException e) {
            CsvOptions c = recipe.csv();
            String time = c.timeColumn() == null ? "none" : c.timeColumn().toString();
            throw e.withAdvice("the model reads the columns it was trained with, by name (time " + time + ", features "
                    + c.features() + ", target " + c.targets() + "): give a file with these columns");
        } catch (CellException e) {
            throw e.withAdvice(switch (e.remedy()) {
                case MISSING_VALUE_POLICY -> "fill it in or remove the row: the model reads files with the"
                        + " missing-value policy it was trained with (" + recipe.csv().missingValues().name()
                        .toLowerCase(java.util.Locale.ROOT) + "; one trained with --missing drop, ffill or interpolate"
                        + " repairs missing values)";
                case DECIMAL_COMMA -> "give the numbers with decimal points, as the model's training file had them (a"
                        + " model trained with --decimal-comma reads decimal commas)";
                case DATE_ORDER -> "the model reads dates in the order its training file's were read: give them in"
                        + " that order";
            });
        }
    }

    /** The table's windows as in training, split by the recipe, scaled with the stored normalization. */
    public PreparedData prepare(TimeSeriesTable table) {
        return prepare(table, recipe);
    }

    /** Every window of the table (no split), scaled with the stored normalization. */
    public PreparedData prepareWhole(TimeSeriesTable table) {
        return prepare(table, recipe.wholeSeries());
    }

    private PreparedData prepare(TimeSeriesTable table, DataRecipe how) {
        try {
            return PreparedData.prepareWith(table, how.prepare(), normalization);
        } catch (IllegalArgumentException e) {
            String detail = "the loaded columns " + table.columns() + " (targets " + table.targetNames() + ") are not"
                    + " those the model was trained on, " + normalization.columns() + " (targets "
                    + normalization.targets() + "); give a file with the model's columns";
            throw table.source().map(f -> InputException.inFile(f, detail)).orElseGet(() -> InputException.of(detail))
                    .withCause(e);
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
