package org.rnnlab.experiment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.rnnlab.io.AtomicFile;

/**
 * The finished runs of a study, one file each: {@code runs/<id>.json} in the study directory holds
 * {@code {"format": "rnnlab-run", "version": 1, "id": ..., "rnnlab": ..., "result": {...}}}, the
 * whole {@link RunResult} (spec, outcome, score, every step's loss and norms, probes, health) in
 * {@link RecordJson}. Each file is written atomically as its run finishes, so a study killed at any
 * moment leaves complete records of the runs it finished and nothing half-written.
 */
public final class RunRecords {

    /** The records' directory inside a study directory. */
    public static final String DIR = "runs";
    static final String FORMAT = "rnnlab-run";
    static final int VERSION = 1;

    private final Path dir;
    private final String version;

    /**
     * The records of the study in {@code studyDir}.
     *
     * @param version the rnnlab version that writes new records (part of every identity)
     */
    public RunRecords(Path studyDir, String version) {
        if (studyDir == null || version == null || version.isBlank()) {
            throw new IllegalArgumentException("a study directory and an rnnlab version are required");
        }
        this.dir = studyDir.resolve(DIR);
        this.version = version;
    }

    /** The identity of {@code spec} under this version. */
    public String id(RunSpec spec) {
        return RunIdentity.of(spec, version);
    }

    public Path file(String id) {
        return dir.resolve(id + ".json");
    }

    /** Writes the record of a finished run atomically. */
    public void write(String id, RunResult result) {
        ObjectNode record = RecordJson.MAPPER.createObjectNode();
        record.put("format", FORMAT);
        record.put("version", VERSION);
        record.put("id", id);
        record.put("rnnlab", version);
        record.set("result", RecordJson.MAPPER.valueToTree(result));
        AtomicFile.write(file(id), out -> RecordJson.MAPPER.writeValue(out, record));
    }

    /**
     * The record with this identity, or empty when there is none.
     *
     * @throws IllegalStateException when the file exists but is not a record of this identity (the
     *                               message names the file and what is wrong)
     */
    public Optional<RunResult> read(String id) {
        Path file = file(id);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        JsonNode record;
        try {
            record = RecordJson.MAPPER.readTree(file.toFile());
        } catch (IOException e) {
            throw new IllegalStateException(file + ": not a run record (" + firstLine(e) + ")", e);
        }
        if (record == null || !FORMAT.equals(record.path("format").asText()) || record.path("version").asInt() != VERSION) {
            throw new IllegalStateException(file + ": not a run record of format " + FORMAT + " version " + VERSION);
        }
        RunResult result;
        try {
            result = RecordJson.MAPPER.treeToValue(record.path("result"), RunResult.class);
        } catch (IOException | IllegalArgumentException e) {
            throw new IllegalStateException(file + ": unreadable result (" + firstLine(e) + ")", e);
        }
        String written = RunIdentity.of(result.spec(), record.path("rnnlab").asText());
        if (!id.equals(record.path("id").asText()) || !id.equals(written)) {
            throw new IllegalStateException(file + ": holds the run with identity " + written + ", not " + id);
        }
        return Optional.of(result);
    }

    /** Deletes every record; returns how many there were. */
    public int clear() {
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        int n = 0;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*.json")) {
            for (Path f : files) {
                Files.delete(f);
                n++;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete the run records in " + dir + ": " + e.getMessage(), e);
        }
        return n;
    }

    private static String firstLine(Exception e) {
        String m = String.valueOf(e.getMessage());
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }
}
