package org.rnnlab.forecast;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.rnnlab.error.InputException;
import org.rnnlab.io.AtomicFile;
import org.rnnlab.io.StagedDirectory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The start of a run, kept with its checkpoints ({@code checkpoints/arguments.json}): the command line
 * that {@code --resume} repeats, the working directory its relative paths are from, and the time the run started, which a resumed run keeps, so its
 * model.json is the same as an uninterrupted run's.
 *
 * @param started   when the run (not the resumption) started
 * @param resumedAt when it was resumed, or null for a new run
 */
record RunStart(Instant started, Instant resumedAt) {

    static final String FILE = "arguments.json";

    /** Writes the start of a new run, or reads the start of the run that {@code durability} resumes. */
    static RunStart record(Path checkpoints, TrainingRun.Durability durability) {
        Path file = checkpoints.resolve(FILE);
        if (durability.resume()) {
            return new RunStart(read(file).started, Instant.now());
        }
        Instant now = Instant.now();
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.set("arguments", RunJson.JSON.valueToTree(durability.arguments()));
        o.put("started", now.toString());
        o.put("working_directory", Path.of("").toAbsolutePath().toString()); // relative paths in the arguments are from here
        AtomicFile.writeDurably(file, out -> RunJson.JSON.writeValue(out, o));
        return new RunStart(now, null);
    }

    /**
     * Forgets a run refused for its input or options: a new run's whole checkpoint directory goes
     * (its trainings are this run's, and a resume would only be refused again, so it must not block
     * the corrected command); a resumed run keeps the checkpoints it continued from
     * ({@link #forgetIfUntrained}), since its refusal may be of a data file changed since, which the
     * user can put back.
     */
    static void forgetRefused(Path checkpoints, boolean resuming) {
        if (checkpoints == null) {
            return;
        }
        if (resuming) {
            forgetIfUntrained(checkpoints);
            return;
        }
        try (var entries = Files.walk(checkpoints)) {
            for (Path p : entries.sorted(java.util.Comparator.reverseOrder()).toList()) {
                if (!p.equals(checkpoints)) {
                    Files.deleteIfExists(p);
                }
            }
        } catch (java.nio.file.NoSuchFileException e) {
            // nothing was recorded
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot delete the checkpoints of the refused run in " + checkpoints
                    + ": " + e.getMessage(), e);
        }
    }

    /**
     * Deletes the start of a run that was refused before any training saved a checkpoint (no file
     * under the checkpoint directory but this record, empty directories aside), so a refused run
     * leaves nothing that asks to be resumed; a run with saved checkpoints keeps its record.
     */
    static void forgetIfUntrained(Path checkpoints) {
        if (checkpoints == null) {
            return;
        }
        Path record = checkpoints.resolve(FILE);
        try (var entries = Files.walk(checkpoints)) {
            if (entries.filter(Files::isRegularFile).allMatch(record::equals)) {
                Files.deleteIfExists(checkpoints.resolve(FILE));
            }
        } catch (java.nio.file.NoSuchFileException e) {
            // nothing was recorded
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot delete " + checkpoints.resolve(FILE) + ": " + e.getMessage(), e);
        }
    }

    /**
     * What run.json says under {@code "resumed"}: {@code false}, or when and from which step the run
     * continued ({@code {"at": TIME, "from_step": 40, "trainings": {"train": 40}}}; a training absent from
     * "trainings" had saved no checkpoint and started again from step 0).
     */
    JsonNode resumedJson(Checkpoints checkpoints) {
        if (resumedAt == null) {
            return JsonNodeFactory.instance.booleanNode(false);
        }
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        Map<String, Long> resumed = checkpoints.resumed();
        o.put("at", resumedAt.toString());
        o.put("from_step", Math.max(0, checkpoints.firstStep()));
        ObjectNode each = o.putObject("trainings");
        resumed.forEach(each::put);
        return o;
    }

    /** The arguments of the interrupted run in {@code DIR.incomplete}, for {@code train --resume DIR}. */
    static List<String> storedArguments(Path dir) {
        return read(storedFile(dir)).arguments;
    }

    /** The working directory the interrupted run started in; empty when its checkpoints do not say. */
    static Optional<Path> storedWorkingDirectory(Path dir) {
        return read(storedFile(dir)).workingDirectory;
    }

    private static Path storedFile(Path dir) {
        Path file = StagedDirectory.stagingOf(dir).resolve(StagedDirectory.CHECKPOINTS).resolve(FILE);
        if (!Files.exists(file)) {
            throw InputException.of("--resume " + dir + ": no interrupted run to continue (" + file + " does not exist)"
                    + (Files.isDirectory(dir) ? "; " + dir + " holds a complete run" : ""));
        }
        return file;
    }

    private record Stored(List<String> arguments, Instant started, Optional<Path> workingDirectory) {
    }

    private static Stored read(Path file) {
        JsonNode root;
        try {
            root = RunJson.JSON.readTree(file.toFile());
        } catch (java.io.IOException e) {
            throw InputException.inFile(file, "not readable as the start of a run (" + e.getMessage().lines()
                    .findFirst().orElse("") + "); delete the directory to start over").withCause(e);
        }
        JsonNode args = root == null ? null : root.get("arguments");
        if (args == null || !args.isArray()) {
            throw InputException.inFile(file, "no \"arguments\" list; delete the directory to start over");
        }
        List<String> list = new ArrayList<>();
        args.forEach(a -> list.add(a.asText()));
        try {
            JsonNode wd = root.get("working_directory");
            return new Stored(list, Instant.parse(root.path("started").asText()),
                    wd == null || !wd.isTextual() ? Optional.empty() : Optional.of(Path.of(wd.asText())));
        } catch (DateTimeParseException e) {
            throw InputException.inFile(file, "\"started\" is not a time (" + root.path("started") + ")");
        }
    }
}
