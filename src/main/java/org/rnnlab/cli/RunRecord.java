package org.rnnlab.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HexFormat;

import org.rnnlab.data.ColumnRef;
import org.rnnlab.data.SplitFractions;
import org.rnnlab.data.Transforms;
import org.rnnlab.io.AtomicFile;
import org.rnnlab.train.TrainingResult;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Pieces of {@code run.json}, the record of a training run: every option with its effective value,
 * the data file's SHA-256, the outcome; and writing it.
 */
final class RunRecord {

    static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private RunRecord() {
    }

    /** Every option of the command with its value (defaults included), keyed by its long name without dashes. */
    static ObjectNode options(CommandSpec spec) {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        for (OptionSpec option : spec.options()) {
            if (option.usageHelp() || option.versionHelp() || option.longestName().equals("--debug")) {
                continue;
            }
            put(o, option.longestName().replaceFirst("^--", ""), option.getValue());
        }
        return o;
    }

    /** The hex SHA-256 of a file's bytes. */
    static String sha256(Path file) {
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

    /** The outcome and counts of a training run; epochs are 1-based as people count them. */
    static ObjectNode result(TrainingResult r) {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.put("outcome", r.outcome().status().id());
        if (r.outcome().step() >= 0) {
            o.put("outcome_step", r.outcome().step());
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

    /** Writes {@code run.json} atomically. */
    static void write(Path file, ObjectNode record) {
        AtomicFile.write(file, out -> JSON.writeValue(out, record));
    }

    static String pretty(ObjectNode o) {
        try {
            return JSON.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static void number(ObjectNode o, String key, double v) {
        if (Double.isFinite(v)) {
            o.put(key, v);
        } else {
            o.putNull(key);
        }
    }

    private static void put(ObjectNode o, String key, Object v) {
        if (v == null) {
            o.putNull(key);
        } else if (v instanceof Boolean b) {
            o.put(key, b);
        } else if (v instanceof Integer || v instanceof Long) {
            o.put(key, ((Number) v).longValue());
        } else if (v instanceof Number n) {
            number(o, key, n.doubleValue());
        } else if (v instanceof Enum<?> e) {
            o.put(key, Options.lower(e));
        } else if (v instanceof Collection<?> c) {
            ArrayNode a = o.putArray(key);
            c.forEach(x -> a.add(text(x)));
        } else {
            o.put(key, text(v));
        }
    }

    private static String text(Object v) {
        if (v instanceof ColumnRef ref) {
            return ref.name() != null ? ref.name() : Integer.toString(ref.index());
        }
        if (v instanceof SplitFractions s) {
            return s.train() + "," + s.validation() + "," + s.test();
        }
        if (v instanceof Transforms t) {
            return t.log() && t.diff() ? "log,diff" : t.log() ? "log" : t.diff() ? "diff" : "none";
        }
        if (v instanceof Enum<?> e) {
            return Options.lower(e);
        }
        return String.valueOf(v);
    }
}
