package org.rnnlab.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.rnnlab.error.InputException;
import org.rnnlab.experiment.RecordJson;
import org.rnnlab.experiment.RunRecords;
import org.rnnlab.experiment.RunResult;
import org.rnnlab.io.AtomicFile;

/**
 * A study directory as records: {@code study.json} holds the study's description and the
 * identities of its runs in the study's order, {@code runs/<id>.json} each finished run
 * ({@link RunRecords}). The report is a pure function of these files: {@link #load} and
 * {@link StudyReport#write} rebuild index.html, summary.md, results.csv and the charts without
 * training ({@code rnnlab report --from DIR}).
 */
public final class StudyDirectory {

    /** The study's file inside its directory. */
    public static final String FILE = "study.json";
    static final String FORMAT = "rnnlab-study";
    static final int VERSION = 1;

    private StudyDirectory() {
    }

    /** A study read back: its description and every run's record, in the study's order. */
    public record Loaded(StudyDescription description, List<RunResult> records) {
    }

    /** Writes {@code study.json} atomically: the description and the run identities in order. */
    public static void writeStudy(Path dir, StudyDescription description, List<String> runIds, String version) {
        ObjectNode study = RecordJson.MAPPER.createObjectNode();
        study.put("format", FORMAT);
        study.put("version", VERSION);
        study.put("rnnlab", version);
        study.set("description", RecordJson.MAPPER.valueToTree(description));
        ArrayNode runs = study.putArray("runs");
        runIds.forEach(runs::add);
        AtomicFile.write(dir.resolve(FILE), out -> RecordJson.MAPPER.writerWithDefaultPrettyPrinter().writeValue(out, study));
    }

    /**
     * Reads the study in {@code dir}.
     *
     * @throws InputException naming the file when {@code study.json} or a record is missing or
     *                        unreadable, and how many runs are missing when the study is unfinished
     */
    public static Loaded load(Path dir) {
        Path file = dir.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            throw InputException.inFile(file, "no study here; a study directory is the --out of 'rnnlab report', 'compare' "
                    + "or 'sweep'");
        }
        JsonNode study;
        StudyDescription description;
        try {
            study = RecordJson.MAPPER.readTree(file.toFile());
            if (!FORMAT.equals(study.path("format").asText()) || study.path("version").asInt() != VERSION) {
                throw InputException.inFile(file, "not a study file of format " + FORMAT + " version " + VERSION);
            }
            description = RecordJson.MAPPER.treeToValue(study.path("description"), StudyDescription.class);
        } catch (IOException | IllegalArgumentException e) {
            throw InputException.inFile(file, "unreadable study file: " + firstLine(e));
        }
        RunRecords records = new RunRecords(dir, study.path("rnnlab").asText("development"));
        List<RunResult> results = new ArrayList<>();
        int missing = 0;
        for (JsonNode id : study.path("runs")) {
            Optional<RunResult> r;
            try {
                r = records.read(id.asText());
            } catch (IllegalStateException e) {
                throw InputException.of(e.getMessage());
            }
            if (r.isPresent()) {
                results.add(r.get());
            } else {
                missing++;
            }
        }
        if (missing > 0) {
            throw InputException.inFile(file, missing + " of " + study.path("runs").size() + " runs have no record yet; run the"
                    + " study's command again to finish it" + (description.commandLine().isEmpty() ? ""
                    : " (" + description.commandLine() + ")"));
        }
        return new Loaded(description, results);
    }

    /**
     * The description in {@code dir}'s {@code study.json} if it exists, is readable and lists exactly
     * {@code runIds}: the same study, started earlier. Empty otherwise.
     */
    public static Optional<StudyDescription> previous(Path dir, List<String> runIds) {
        Path file = dir.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            JsonNode study = RecordJson.MAPPER.readTree(file.toFile());
            List<String> ids = new ArrayList<>();
            study.path("runs").forEach(id -> ids.add(id.asText()));
            return ids.equals(runIds) ? Optional.of(RecordJson.MAPPER.treeToValue(study.path("description"),
                    StudyDescription.class)) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // not the same study: it is simply written anew
        }
    }

    private static String firstLine(Exception e) {
        String m = String.valueOf(e.getMessage());
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }
}
