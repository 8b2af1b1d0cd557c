package org.rnnlab.train;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

import org.rnnlab.error.InputException;
import org.rnnlab.io.FileStreams;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The metrics rows of a training's checkpoints, appended to a file beside the checkpoint
 * ({@code train.metrics.jsonl} next to {@code train.json}) as they come: one JSON object per line,
 * {@code {"step": [...]}} ({@link MetricsRecorder#stepRow}) or {@code {"epoch": [...]}}
 * ({@link MetricsRecorder#epochRow}). Each checkpoint appends only the rows since the one before
 * and records the journal's length and row counts, so the metrics cost a checkpoint what they
 * cost the training, where writing every row into every checkpoint grew with the square of the
 * steps (on a default training of the sunspot series, checkpoints took 16 % of the time).
 *
 * <p>Resuming reads the rows within the recorded length and cuts off the rest: rows written after
 * the last checkpoint (a kill, or a full disk, between the append and the checkpoint's rename)
 * belong to steps the resumed training runs again.
 */
final class MetricsJournal {

    private static final ObjectMapper JSON = CheckpointFile.JSON; // numbers as the checkpoint writes them

    private final Path file;
    private long bytes;
    private int stepsWritten;
    private int epochsWritten;

    MetricsJournal(Path file) {
        this.file = file;
    }

    /** The journal beside a checkpoint file: {@code NAME.metrics.jsonl} for {@code NAME.json}. */
    static Path beside(Path checkpoint) {
        String name = checkpoint.getFileName().toString();
        String base = name.endsWith(".json") ? name.substring(0, name.length() - 5) : name;
        return checkpoint.resolveSibling(base + ".metrics.jsonl");
    }

    /** A training that starts from nothing: an older journal, without its checkpoint, goes. */
    void start() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + file + ": " + e.getMessage(), e);
        }
        bytes = 0;
        stepsWritten = 0;
        epochsWritten = 0;
    }

    /** Appends the rows not yet written; returns what the checkpoint records of the journal. */
    ObjectNode append(MetricsRecorder metrics) {
        List<StepMetrics> steps = metrics.steps();
        List<EpochMetrics> epochs = metrics.epochs();
        StringBuilder lines = new StringBuilder();
        try {
            for (StepMetrics m : steps.subList(stepsWritten, steps.size())) {
                lines.append(JSON.writeValueAsString(JSON.createObjectNode().set("step", MetricsRecorder.stepRow(m))))
                        .append('\n');
            }
            for (EpochMetrics m : epochs.subList(epochsWritten, epochs.size())) {
                lines.append(JSON.writeValueAsString(JSON.createObjectNode().set("epoch", MetricsRecorder.epochRow(m))))
                        .append('\n');
            }
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot encode a metrics row: " + e.getOriginalMessage(), e);
        }
        byte[] encoded = lines.toString().getBytes(StandardCharsets.UTF_8);
        try {
            Files.createDirectories(file.toAbsolutePath().getParent()); // as its checkpoint's writer does
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + file.getParent() + ": " + e.getMessage(), e);
        }
        try (OutputStream out = new BufferedOutputStream(FileStreams.append(file), 1 << 16)) {
            out.write(encoded); // even none: the journal exists once a checkpoint counts on it
        } catch (IOException e) {
            throw FileStreams.writeFailure(file, e);
        }
        bytes += encoded.length;
        stepsWritten = steps.size();
        epochsWritten = epochs.size();
        ObjectNode record = JSON.createObjectNode();
        record.put("journal", file.getFileName().toString());
        record.put("bytes", bytes);
        record.put("steps", stepsWritten);
        record.put("epochs", epochsWritten);
        return record;
    }

    /**
     * Restores {@code metrics} from the journal's first {@code record.bytes} bytes, which must hold
     * exactly the recorded numbers of step and epoch rows of a run on {@code parameters} parameters,
     * and cuts the journal there. A journal that does not match is bad input naming it.
     */
    void restore(JsonNode record, MetricsRecorder metrics, int parameters, String where) {
        long length = CheckpointJson.integer(record, "bytes", where, 0, Long.MAX_VALUE);
        long steps = CheckpointJson.integer(record, "steps", where, 0, Integer.MAX_VALUE);
        long epochs = CheckpointJson.integer(record, "epochs", where, 0, Integer.MAX_VALUE);
        List<StepMetrics> stepRows = new ArrayList<>();
        List<EpochMetrics> epochRows = new ArrayList<>();
        String[] lines = read(length).split("\n", -1);
        for (int i = 0; i < lines.length - 1; i++) { // the text ends with a line break: the last piece is empty
            readLine(lines[i], i + 1, parameters, stepRows, epochRows);
        }
        if (stepRows.size() != steps || epochRows.size() != epochs) {
            throw InputException.inFile(file, "holds " + stepRows.size() + " step and " + epochRows.size() + " epoch rows"
                    + " where its checkpoint counts " + steps + " and " + epochs + "; delete the checkpoints to train from the start");
        }
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.truncate(length);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot cut " + file + " back to its checkpoint: " + e.getMessage(), e);
        }
        metrics.restore(stepRows, epochRows);
        bytes = length;
        stepsWritten = stepRows.size();
        epochsWritten = epochRows.size();
    }

    /** The journal's first {@code length} bytes, which must end a line. */
    private String read(long length) {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes((int) Math.min(length, Integer.MAX_VALUE));
        } catch (java.nio.file.NoSuchFileException e) {
            throw InputException.inFile(file, "not found, but its checkpoint needs it; delete the checkpoints to train"
                    + " from the start").withCause(e);
        } catch (IOException e) {
            throw InputException.inFile(file, "cannot read: " + e.getMessage()).withCause(e);
        }
        if (head.length < length || length > 0 && head[head.length - 1] != '\n') {
            throw InputException.inFile(file, "holds " + head.length + " bytes where its checkpoint counts " + length
                    + "; delete the checkpoints to train from the start");
        }
        return new String(head, StandardCharsets.UTF_8);
    }

    private void readLine(String line, int number, int parameters, List<StepMetrics> steps, List<EpochMetrics> epochs) {
        JsonNode row;
        try {
            row = JSON.readTree(line);
        } catch (JsonProcessingException e) {
            var loc = e.getLocation();
            throw InputException.at(file, number, loc == null ? 1 : loc.getColumnNr(), "not a metrics row ("
                    + e.getOriginalMessage() + "); delete the checkpoints to train from the start").withCause(e);
        }
        try {
            if (row != null && row.has("step")) {
                steps.add(MetricsRecorder.readStep(row.get("step"), parameters, "step"));
            } else if (row != null && row.has("epoch")) {
                epochs.add(MetricsRecorder.readEpoch(row.get("epoch"), "epoch"));
            } else {
                throw new IllegalArgumentException("expected {\"step\": [...]} or {\"epoch\": [...]}");
            }
        } catch (IllegalArgumentException e) {
            throw InputException.at(file, number, e.getMessage()).withCause(e);
        }
    }
}
