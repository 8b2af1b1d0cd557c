package org.rnnlab.train;

import java.nio.ByteBuffer;
import java.util.zip.CRC32C;

import org.rnnlab.data.Sequences;
import org.rnnlab.model.SequenceModel;
import org.rnnlab.optim.StateRecords;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A {@link Trainer}'s checkpoint: what it is for ({@code "identity"}: the rnnlab version, the model
 * and training configuration, the data's checksums), where the loop is ({@code "position"}), the
 * weights, the step's state (guard, clipping, optimiser, divergence reference), the shuffling
 * generator and order, the best weights, and where the metrics so far end in their journal
 * ({@link MetricsJournal}).
 *
 * <p>Resuming checks the identity first, so a checkpoint from another version or configuration is
 * refused with the first difference, then every part's types and shapes; any problem is one line
 * naming the file and the part.
 */
final class TrainerCheckpoint {

    private final Checkpointing settings;
    private final ObjectNode identity;
    /** Where the metrics rows go, or null when the checkpoint keeps none. */
    private final MetricsJournal journal;

    TrainerCheckpoint(Checkpointing settings, SequenceModel model, Sequences train, Sequences validation,
            TrainingConfig cfg) {
        this.settings = settings;
        this.identity = identity(model, train, validation, cfg);
        this.journal = settings.metrics() == null ? null : new MetricsJournal(MetricsJournal.beside(settings.file().file()));
    }

    static ObjectNode identity(SequenceModel model, Sequences train, Sequences validation, TrainingConfig cfg) {
        ObjectNode o = CheckpointJson.NODES.objectNode();
        o.put("rnnlab_version", rnnlabVersion());
        o.put("model", model.config().toString());
        o.set("training", StateRecords.configJson(cfg));
        o.put("parameters", String.join(",", model.parameters().stream().map(p -> p.name() + p.shapeString()).toList()));
        o.put("train_data", checksum(train));
        o.put("validation_data", validation == null ? "none" : checksum(validation));
        return o;
    }

    void save(Trainer t) {
        ObjectNode o = CheckpointJson.NODES.objectNode();
        o.set("identity", identity);
        o.set("position", t.positionJson());
        o.set("weights", CheckpointJson.weights(t.model().parameters()));
        o.set("step_state", t.trainingStep().toJson());
        o.set("shuffle", t.batches().toJson());
        if (t.best() != null) {
            o.set("best", t.best().toJson());
        }
        if (journal != null) {
            o.set("metrics", journal.append(settings.metrics())); // the rows first, then the checkpoint that counts them
        }
        settings.file().write(o);
    }

    /** Restores the trainer from the checkpoint file if there is one; returns whether there was. */
    boolean resume(Trainer t) {
        CheckpointFile file = settings.file();
        JsonNode root = file.read();
        if (root == null) {
            if (journal != null) {
                journal.start();
            }
            return false;
        }
        try {
            requireSameIdentity(CheckpointJson.object(root, "identity", ""));
            t.restorePosition(CheckpointJson.object(root, "position", ""), "position");
            JsonNode weights = CheckpointJson.object(root, "weights", "");
            CheckpointJson.readWeights(weights, t.model().parameters(), "weights");
            t.trainingStep().restore(CheckpointJson.object(root, "step_state", ""), "step_state");
            t.batches().restore(CheckpointJson.object(root, "shuffle", ""), "shuffle");
            if (t.best() != null) {
                t.best().restore(CheckpointJson.object(root, "best", ""), "best");
            }
            if (journal != null) {
                journal.restore(CheckpointJson.object(root, "metrics", ""), settings.metrics(), t.model().parameters().size(),
                        "metrics");
            }
        } catch (IllegalArgumentException e) {
            throw file.invalid(e.getMessage()).withCause(e);
        }
        return true;
    }

    private void requireSameIdentity(JsonNode saved) {
        String version = saved.path("rnnlab_version").asText();
        String ours = identity.get("rnnlab_version").asText();
        if (!version.equals(ours)) {
            throw new IllegalArgumentException("written by rnnlab " + version + ", this is rnnlab " + ours
                    + "; resume it with that version, or train again without --resume");
        }
        String[][] parts = {{"model", "the model"}, {"parameters", "the model's parameters"},
            {"train_data", "the training windows (data file or preparation options)"},
            {"validation_data", "the validation windows (data file or preparation options)"}};
        for (String[] p : parts) {
            if (!identity.get(p[0]).equals(saved.get(p[0]))) {
                throw new IllegalArgumentException("made for another configuration: " + p[1] + " differ ("
                        + saved.get(p[0]) + " there, " + identity.get(p[0]) + " here); train again without --resume");
            }
        }
        String difference = StateRecords.firstDifference(saved.get("training"), identity.get("training"), "training");
        if (difference != null) {
            throw new IllegalArgumentException("made for another configuration: " + difference
                    + "; train again without --resume");
        }
    }

    /** A CRC-32C of the sequences' inputs and targets, in hex: the same windows give the same text. */
    static String checksum(Sequences s) {
        CRC32C crc = new CRC32C();
        ByteBuffer b = ByteBuffer.allocate(8);
        int targetSteps = s.targetPerStep() ? s.steps() : 1;
        for (int q = 0; q < s.count(); q++) {
            for (int t = 0; t < s.steps(); t++) {
                for (int f = 0; f < s.inputSize(); f++) {
                    crc.update(b.clear().putDouble(0, s.input(q, t, f)).array());
                }
            }
            for (int t = 0; t < targetSteps; t++) {
                for (int o = 0; o < s.targetSize(); o++) {
                    crc.update(b.clear().putDouble(0, s.target(q, t, o)).array());
                }
            }
        }
        return s.count() + "x" + s.steps() + "x" + s.inputSize() + ":" + Long.toHexString(crc.getValue());
    }

    /** rnnlab's version from the jar's manifest, or "development" outside a jar. */
    static String rnnlabVersion() {
        String v = Trainer.class.getPackage().getImplementationVersion();
        return v == null ? "development" : v;
    }
}
