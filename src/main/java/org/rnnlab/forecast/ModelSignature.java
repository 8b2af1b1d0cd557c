package org.rnnlab.forecast;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.rnnlab.data.PrepareOptions;
import org.rnnlab.data.WindowOptions;
import org.rnnlab.model.ModelConfigJson;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * What makes two forecasters' errors alike, everything but their seeds and epochs: the network's
 * configuration (cell, activation, sizes, layers, norm, highway, loss; the model file's
 * {@code "config"} keys), the window, the rows ahead it predicts, its transforms, and how many
 * networks it averages. A backtest records the signature of each model it trained in its
 * {@code run.json}; {@code forecast --interval-backtest} takes a backtest's errors only when every
 * model there has the forecasting model's signature, since the errors of another window, network or
 * recipe say little about this model's.
 *
 * @param fields the signature as flat JSON fields, in a fixed order
 */
public record ModelSignature(ObjectNode fields) {

    public ModelSignature {
        if (fields == null || !fields.isObject()) {
            throw new IllegalArgumentException("a model signature needs its fields");
        }
        fields = fields.deepCopy();
    }

    /** The signature of a network (or ensemble) trained on windows cut by {@code prepare}. */
    public static ModelSignature of(Ensemble ensemble, PrepareOptions prepare) {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.setAll(ModelConfigJson.toJson(ensemble.config()));
        WindowOptions w = prepare.windows();
        o.put("window", w.window());
        o.put("horizon", w.horizon());
        o.put("transforms", prepare.transforms().label());
        o.put("networks", ensemble.size());
        return new ModelSignature(o);
    }

    /** The signature of a saved model. */
    public static ModelSignature of(TrainedModel model) {
        return of(model.ensemble(), model.recipe().prepare());
    }

    /**
     * How this signature differs from {@code other}'s, one phrase per field, as {@code "window 24
     * (the model's: 12)"}; empty when they are alike. A field one of them lacks differs too.
     */
    public List<String> differences(ModelSignature other) {
        List<String> out = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = fields.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> f = it.next();
            JsonNode theirs = other.fields.get(f.getKey());
            if (!f.getValue().equals(theirs)) {
                out.add(f.getKey() + " " + text(f.getValue()) + " (the model's: " + text(theirs) + ")");
            }
        }
        for (Iterator<String> it = other.fields.fieldNames(); it.hasNext();) {
            String name = it.next();
            if (!fields.has(name)) {
                out.add(name + " none (the model's: " + text(other.fields.get(name)) + ")");
            }
        }
        return out;
    }

    /** The fields, as a copy (the signature stays as it was made). */
    @Override
    public ObjectNode fields() {
        return fields.deepCopy();
    }

    /** The fields as a new JSON object, as run.json holds them. */
    public ObjectNode toJson() {
        return fields.deepCopy();
    }

    private static String text(JsonNode v) {
        return v == null || v.isNull() ? "none" : v.isTextual() ? v.asText() : v.toString();
    }
}
