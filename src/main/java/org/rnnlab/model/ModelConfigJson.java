package org.rnnlab.model;

import org.rnnlab.activation.Activation;
import org.rnnlab.activation.ActivationKind;
import org.rnnlab.cell.CellType;
import org.rnnlab.cell.Norm;
import org.rnnlab.loss.LossKind;
import org.rnnlab.name.Named;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The {@code "config"} object of a model file, with snake_case keys as PyTorch users write them.
 * {@code "norm"} is {@code "none"} or {@code "layer"}; a file without it (written before layer
 * normalisation existed) has none. {@code "highway"} (the steps of the linear autoregressive term)
 * is written only when there is one; a file without it has none.
 */
public final class ModelConfigJson {

    private ModelConfigJson() {
    }

    /** The configuration as the model file's {@code "config"} object. */
    public static ObjectNode toJson(ModelConfig c) {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.put("cell", c.cell().id());
        putActivation(o, "activation", c.activation());
        o.put("input_size", c.inputSize());
        o.put("hidden_size", c.hiddenSize());
        o.put("num_layers", c.layers());
        o.put("output_size", c.outputSize());
        o.put("task", c.task().id());
        o.put("loss", c.loss().id());
        putActivation(o, "output_activation", c.outputActivation());
        o.put("forget_bias", c.forgetBias());
        o.put("norm", c.norm().id());
        if (c.highway() > 0) {
            o.put("highway", c.highway());
        }
        return o;
    }

    static ModelConfig fromJson(JsonNode o) {
        if (!o.isObject()) {
            throw new IllegalArgumentException("missing \"config\" object");
        }
        String cellId = text(o, "cell");
        CellType cell = Named.byId(CellType.class, cellId).orElseThrow(() -> new IllegalArgumentException(
                "unknown cell \"" + cellId + "\"; expected one of " + String.join(", ", Named.ids(CellType.class))));
        return new ModelConfig(cell, activation(o, "activation"), integer(o, "input_size"), integer(o, "hidden_size"),
                integer(o, "num_layers"), integer(o, "output_size"),
                Named.byId(TaskShape.class, text(o, "task")).orElseThrow(() -> new IllegalArgumentException(
                        "unknown task \"" + o.path("task").asText() + "\"; expected many_to_one or many_to_many")),
                Named.byId(LossKind.class, text(o, "loss")).orElseThrow(() -> new IllegalArgumentException(
                        "unknown loss \"" + o.path("loss").asText() + "\"; expected mse, cross_entropy or bce")),
                activation(o, "output_activation"), o.path("forget_bias").asDouble(1.0), norm(o),
                o.has("highway") ? integer(o, "highway") : 0);
    }

    private static Norm norm(JsonNode o) {
        JsonNode v = o.get("norm");
        if (v == null) {
            return Norm.NONE;
        }
        return Named.byId(Norm.class, v.asText()).orElseThrow(() -> new IllegalArgumentException(
                "unknown norm \"" + v.asText() + "\"; expected one of " + String.join(", ", Named.ids(Norm.class))));
    }

    private static void putActivation(ObjectNode o, String key, Activation a) {
        o.put(key, a.kind().id());
        if (a.kind().hasParameter()) {
            o.put(key + "_" + a.kind().parameterName(), a.parameter());
        }
    }

    private static Activation activation(JsonNode o, String key) {
        String id = text(o, key);
        ActivationKind kind = Named.byId(ActivationKind.class, id).orElseThrow(() -> new IllegalArgumentException(
                "unknown " + key + " \"" + id + "\""));
        if (!kind.hasParameter()) {
            return kind.create();
        }
        JsonNode p = o.get(key + "_" + kind.parameterName());
        return kind.create(p == null ? kind.defaultParameter() : p.asDouble());
    }

    private static String text(JsonNode o, String key) {
        JsonNode v = o.get(key);
        if (v == null || !v.isTextual()) {
            throw new IllegalArgumentException("\"" + key + "\" is missing or not a string");
        }
        return v.asText();
    }

    private static int integer(JsonNode o, String key) {
        JsonNode v = o.get(key);
        if (v == null || !v.canConvertToInt() || !v.isIntegralNumber()) {
            throw new IllegalArgumentException("\"" + key + "\" is missing or not an integer");
        }
        return v.asInt();
    }
}
