package org.rnnlab.forecast;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;

import org.rnnlab.data.PreparedData;
import org.rnnlab.data.TimeSeriesTable;
import org.rnnlab.model.ModelConfig;
import org.rnnlab.provenance.Provenance;
import org.rnnlab.train.TrainingConfig;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * {@code run.json} of a training run, from its {@link RunSummary}: format and versions, the
 * caller's arguments and options, the data (file hash, columns, split, windows, transforms and how
 * they were chosen), the model, the outcome, the test errors, the files written and the timings.
 */
final class TrainingRecord {

    private TrainingRecord() {
    }

    static ObjectNode of(RunSummary run, ObjectNode invocation, String sha, Instant started) {
        ObjectNode record = JsonNodeFactory.instance.objectNode();
        record.put("format", "rnnlab-run");
        record.put("version", 1);
        record.put("command", "train");
        record.put("rnnlab_version", RunJson.rnnlabVersion());
        record.put("java", System.getProperty("java.version"));
        record.put("cores", Runtime.getRuntime().availableProcessors());
        record.put("started", started.toString());
        record.set("provenance", Provenance.current().toJson());
        record.setAll(invocation.deepCopy());
        record.set("data", data(run.data(), sha, run.season()));
        run.fitted().choice().ifPresent(c -> record.set("transform_choice", c.toJson()));
        record.set("ensemble", ensemble(run.fitted()));
        record.set("model", model(run.net().config(), run.net().parameterCount(), run.config()));
        record.set("result", RunJson.result(run.result()));
        run.evaluation().ifPresent(e -> record.set("test", EvaluationJson.of(e)));
        ObjectNode files = record.putObject("files");
        files.set("written", RunJson.JSON.valueToTree(run.written()));
        files.put("model_note", run.modelNote().isEmpty() ? "written by this run" : run.modelNote());
        ObjectNode timings = record.putObject("seconds");
        RunSummary.Timings t = run.seconds();
        timings.put("load", t.load());
        timings.put("prepare", t.prepare());
        timings.put("train", t.train());
        timings.put("train_every_network", run.fitted().totalSeconds());
        timings.put("evaluate", t.evaluate());
        timings.put("write", t.write());
        timings.put("total", t.total());
        return record;
    }

    /** {"members": 3, "refit": true, "seeds": [...], "best_epochs": [...], "refit_epochs": [...]}. */
    private static ObjectNode ensemble(Fitted f) {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.put("members", f.ensemble().size());
        o.put("refit", !f.refitEpochs().isEmpty());
        var seeds = o.putArray("seeds");
        var best = o.putArray("best_epochs");
        for (Fitted.Member m : f.members()) {
            seeds.add(m.seed());
            if (m.result().bestEpoch() >= 0) {
                best.add(m.result().bestEpoch() + 1);
            } else {
                best.addNull();
            }
        }
        var refit = o.putArray("refit_epochs");
        f.refitEpochs().forEach(refit::add);
        return o;
    }

    private static ObjectNode data(PreparedData data, String sha, int season) {
        TimeSeriesTable table = data.table();
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.put("file", table.source().map(Path::toString).orElse(""));
        o.put("sha256", sha);
        o.put("rows", table.rows());
        o.set("features", RunJson.JSON.valueToTree(table.featureNames()));
        o.set("targets", RunJson.JSON.valueToTree(table.targetNames()));
        o.put("time_column", table.timeColumn().orElse(null));
        o.put("time_column_reason", table.timeColumnReason().orElse(null));
        table.timeAxis().ifPresent(a -> o.put("frequency", a.frequency().name().toLowerCase(Locale.ROOT))
                .put("step", a.step()).put("gaps", a.gaps()));
        if (season > 0) {
            o.put("season", season);
        }
        o.put("transforms", data.options().transforms().label());
        o.put("window", data.options().windows().window());
        ObjectNode w = o.putObject("windows");
        w.put("train", data.train().count());
        w.put("validation", data.validation().count());
        w.put("test", data.test().count());
        ObjectNode rows = o.putObject("split_rows");
        rows.put("train_end", data.split().trainEnd());
        rows.put("validation_end", data.split().validationEnd());
        return o;
    }

    private static ObjectNode model(ModelConfig c, long parameters, TrainingConfig config) {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.put("cell", c.cell().id());
        o.put("activation", c.activation().label());
        o.put("input_size", c.inputSize());
        o.put("hidden_size", c.hiddenSize());
        o.put("num_layers", c.layers());
        o.put("output_size", c.outputSize());
        o.put("task", c.task().id());
        o.put("norm", c.norm().id());
        o.put("highway_steps", c.highway());
        o.put("parameters", parameters);
        o.put("optimizer", config.optimizer().kind().id());
        o.put("clipping", config.clipping().label());
        o.put("nonfinite", config.nonFinite().label());
        o.put("bptt", config.bptt().toString());
        return o;
    }
}
