package org.rnnlab.forecast;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.rnnlab.data.PreparedData;
import org.rnnlab.model.SequenceModel;
import org.rnnlab.tensor.Parameter;
import org.rnnlab.train.TrainingResult;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The save rule of a training run: a diverged model never overwrites a good one. model.json is
 * written when the kept weights were validated and are finite, unless the run diverged and a
 * model.json from an earlier run exists, which then stays untouched. A diverged run without an
 * earlier model writes the weights of its best validated epoch.
 */
final class ModelSaving {

    /** Whether model.json was written, and a sentence for people when something is worth saying. */
    record Saved(boolean written, String note) {
    }

    /** Where the weights came from, recorded in the model file's metadata, with the errors behind intervals. */
    record Provenance(Path dataFile, String sha256, long seed, Instant started, List<ConformalIntervals> intervals) {
    }

    private ModelSaving() {
    }

    /**
     * Applies the save rule.
     *
     * @param file   where to write model.json (the staging directory of the run)
     * @param exists whether the run directory holds a model.json from an earlier complete run
     */
    static Saved save(Path file, boolean exists, boolean usable, TrainingResult result, Ensemble net, PreparedData data,
            DataRecipe recipe, Provenance from) {
        boolean diverged = result.outcome().diverged();
        if (!usable) {
            String why = diverged ? "the run diverged (" + result.outcome() + ") before a validation epoch gave weights"
                    + " worth keeping" : "no epoch reached a finite validation loss, so no weights were validated";
            return new Saved(false, "model.json not written: " + why
                    + (exists ? "; the existing model.json was left untouched" : ""));
        }
        if (diverged && exists) {
            return new Saved(false, "model.json not written: the run diverged (" + result.outcome() + "), and the"
                    + " existing model.json, from an earlier run, was left untouched");
        }
        TrainedModel.of(net, data.normalization(), recipe, metadata(result, from)).write(file);
        return new Saved(true, diverged ? "the run diverged (" + result.outcome() + "); model.json holds the weights"
                + " of epoch " + (result.bestEpoch() + 1) + ", the best validation loss before that" : "");
    }

    private static ObjectNode metadata(TrainingResult result, Provenance from) {
        ObjectNode extra = JsonNodeFactory.instance.objectNode();
        ObjectNode t = extra.putObject("training");
        t.put("rnnlab_version", RunJson.rnnlabVersion());
        t.put("started", from.started().toString());
        t.put("data_file", from.dataFile().toString());
        t.put("data_sha256", from.sha256());
        t.put("seed", from.seed());
        t.put("outcome", result.outcome().status().id());
        t.put("epochs", result.epochs());
        if (result.bestEpoch() >= 0) {
            t.put("best_epoch", result.bestEpoch() + 1);
        }
        RunJson.number(t, "best_validation_loss", result.bestValidationLoss());
        if (!from.intervals().isEmpty()) {
            extra.set("intervals", IntervalsJson.toJson(from.intervals()));
        }
        return extra;
    }

    /** Whether every weight is finite. */
    static boolean finite(SequenceModel net) {
        for (Parameter p : net.parameters()) {
            for (double v : p.value().data) {
                if (!Double.isFinite(v)) {
                    return false;
                }
            }
        }
        return true;
    }
}
