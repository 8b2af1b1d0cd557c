package org.rnnlab.train;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import org.rnnlab.error.InputException;
import org.rnnlab.io.AtomicFile;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One training's checkpoint file: {@code {"format": "rnnlab-checkpoint", "version": 2, ...}} written
 * atomically ({@link AtomicFile}), so a kill during the write leaves the previous checkpoint. It is
 * not forced to the disk: forcing it and its journal at every epoch's end made a default training of
 * the airline series 7–22 % slower (five pairs); after a power cut, a checkpoint that did not reach the
 * disk whole, or a journal shorter than it says, is refused in one line naming the file. A file that
 * is not valid JSON or not a checkpoint is an {@link InputException} naming the file and what is
 * wrong (exit code 2 on the command line).
 */
public final class CheckpointFile {

    public static final String FORMAT = "rnnlab-checkpoint";
    /** 2: the metrics rows moved to a journal beside the checkpoint ({@link MetricsJournal}). */
    public static final int VERSION = 2;
    /**
     * Numbers written by Jackson's Schubfach writer (Giulietti 2020): the shortest decimal that
     * reads back to the same bits, as {@code Double.toString} gives, at a fraction of its cost, which
     * dominated every checkpoint's writing on JDK 17.
     */
    static final ObjectMapper JSON = new ObjectMapper(JsonFactory.builder()
            .enable(StreamWriteFeature.USE_FAST_DOUBLE_WRITER).build());

    private final Path file;

    public CheckpointFile(Path file) {
        if (file == null) {
            throw new IllegalArgumentException("a checkpoint needs a file");
        }
        this.file = file;
    }

    public Path file() {
        return file;
    }

    public boolean exists() {
        return Files.exists(file);
    }

    /** Writes the checkpoint completely or not at all. */
    void write(ObjectNode checkpoint) {
        checkpoint.put("format", FORMAT);
        checkpoint.put("version", VERSION);
        AtomicFile.write(file, out -> JSON.writeValue(new BufferedOutputStream(out, 1 << 16), checkpoint));
    }

    /** The checkpoint, or null when there is none; its content is checked by the reader of each part. */
    JsonNode read() {
        JsonNode root;
        try (InputStream in = Files.newInputStream(file)) {
            root = JSON.readTree(in);
        } catch (NoSuchFileException e) {
            return null;
        } catch (JsonProcessingException e) {
            var loc = e.getLocation();
            String what = "not a complete checkpoint (" + e.getOriginalMessage() + "); delete it to train from the start";
            throw (loc == null ? InputException.inFile(file, what)
                    : InputException.at(file, loc.getLineNr(), loc.getColumnNr(), what)).withCause(e);
        } catch (IOException e) {
            throw InputException.inFile(file, "cannot read: " + e.getMessage()).withCause(e);
        }
        if (root == null || !root.isObject() || !FORMAT.equals(root.path("format").asText())) {
            throw InputException.inFile(file, "not an rnnlab checkpoint (\"format\" is not \"" + FORMAT + "\")");
        }
        if (root.path("version").asInt(-1) != VERSION) {
            throw InputException.inFile(file, "checkpoint format version " + root.path("version")
                    + " is not supported; this rnnlab reads version " + VERSION);
        }
        return root;
    }

    /**
     * Checks, before any work, that the file is a whole checkpoint of this format, written by this
     * rnnlab version; whether it fits the training is checked when the training resumes from it.
     */
    public void requireReadable() {
        JsonNode root = read();
        if (root == null) {
            return;
        }
        String version = root.path("identity").path("rnnlab_version").asText();
        if (!version.equals(TrainerCheckpoint.rnnlabVersion())) {
            throw invalid("written by rnnlab " + version + ", this is rnnlab " + TrainerCheckpoint.rnnlabVersion()
                    + "; resume it with that version, or train again without --resume");
        }
    }

    /** A problem with the content of this checkpoint, as bad input naming the file. */
    InputException invalid(String detail) {
        return InputException.inFile(file, detail);
    }

    @Override
    public String toString() {
        return file.toString();
    }
}
