package org.rnnlab.forecast;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.rnnlab.io.AtomicFile;
import org.rnnlab.train.TrainingResult;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The JSON pieces of a run's records ({@code run.json}): the mapper, file hashes, outcomes, atomic writing. */
public final class RunJson {

    /** Indented output, as people read run.json. */
    public static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private RunJson() {
    }

    /** rnnlab's version from the jar's manifest (the build's project version), or "development" outside a jar. */
    public static String rnnlabVersion() {
        String v = RunJson.class.getPackage().getImplementationVersion();
        return v == null ? "development" : v;
    }

    /** The hex SHA-256 of a file's bytes. */
    public static String sha256(Path file) {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            byte[] buffer = new byte[1 << 16];
            while (in.read(buffer) >= 0) {
                // the digest stream sees every byte
            }
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK lacks SHA-256", e);
        }
    }

    /** The outcome and counts of a training run; steps and epochs are 1-based as people count them. */
    public static ObjectNode result(TrainingResult r) {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.put("outcome", r.outcome().status().id());
        if (r.outcome().step() >= 0) {
            o.put("outcome_step_1based", r.outcome().step() + 1);
        }
        o.put("outcome_cause", r.outcome().cause());
        o.put("steps", r.steps());
        o.put("epochs", r.epochs());
        if (r.bestEpoch() >= 0) {
            o.put("best_epoch", r.bestEpoch() + 1);
        } else {
            o.putNull("best_epoch");
        }
        number(o, "best_validation_loss", r.bestValidationLoss());
        number(o, "final_batch_loss", r.finalLoss());
        o.put("clipped_steps", r.clippedSteps());
        o.put("clipped_share", r.clippedShare());
        o.put("skipped_steps", r.skippedSteps());
        o.put("seconds", r.seconds());
        return o;
    }

    /** Writes a JSON record atomically. */
    public static void write(Path file, ObjectNode record) {
        AtomicFile.write(file, out -> JSON.writeValue(out, record));
    }

    /** The record as indented text. */
    public static String pretty(ObjectNode o) {
        try {
            return JSON.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Puts a finite number, or null for NaN and infinities (which JSON cannot hold). */
    public static void number(ObjectNode o, String key, double v) {
        if (Double.isFinite(v)) {
            o.put(key, v);
        } else {
            o.putNull(key);
        }
    }
}
