package org.rnnlab.forecast;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.rnnlab.data.PrepareOptions;
import org.rnnlab.data.WindowOptions;
import org.rnnlab.model.ModelConfigJson;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * What a forecaster's errors depend on most, as a model file records it: the network's
 * configuration (cell, activation, sizes, layers, norm, highway, loss; the model file's
 * {@code "config"} keys), the window, the rows ahead it predicts and its transforms. A backtest
 * records the signature of each model it trained in its {@code run.json};
 * {@code forecast --interval-backtest} takes a backtest's errors only when every model there has
 * the forecasting model's signature, since the errors of another window, network or recipe say
 * little about this model's. Not in it: seeds, epochs, the optimiser and its settings, the
 * scaling, the split, and how many networks an ensemble kept (members that diverge are left out,
 * so that count varies between runs of the same options).
 *
 * @param fields the signature as flat JSON fields, in a fixed order
 */
public record ModelSignature(ObjectNode fields) {

    /** Fields that spell out {@code "transforms"} for {@link #options}, compared through it. */
    private static final java.util.Set<String> DERIVED = java.util.Set.of("transform_names", "seasonal_lag");

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
        if (prepare.transforms().seasonal()) {
            o.put("seasonal_lag", prepare.transforms().seasonalLag());
        }
        ArrayNode names = o.putArray("transform_names");
        prepare.transforms().names().forEach(names::add);
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
            if (DERIVED.contains(f.getKey())) {
                continue;
            }
            JsonNode theirs = other.fields.get(f.getKey());
            if (!f.getValue().equals(theirs)) {
                out.add(f.getKey() + " " + text(f.getValue()) + " (the model's: " + text(theirs) + ")");
            }
        }
        for (Iterator<String> it = other.fields.fieldNames(); it.hasNext();) {
            String name = it.next();
            if (!fields.has(name) && !DERIVED.contains(name)) {
                out.add(name + " none (the model's: " + text(other.fields.get(name)) + ")");
            }
        }
        return out;
    }

    /**
     * The options that ask for this signature's window and transforms, which a backtest would
     * otherwise resolve on the rows up to each origin ({@code "--window 12 --transform log,diff"}).
     */
    public String options() {
        StringBuilder b = new StringBuilder("--window ").append(fields.path("window").asText());
        List<String> names = new ArrayList<>();
        fields.path("transform_names").forEach(n -> names.add(n.asText()));
        b.append(" --transform ").append(names.isEmpty() ? "none" : String.join(",", names));
        if (fields.has("seasonal_lag")) {
            b.append(" --season ").append(fields.path("seasonal_lag").asText());
        }
        return b.toString();
    }

    /** The fields as a new JSON object, as run.json holds them (the signature stays as it was made). */
    @Override
    public ObjectNode fields() {
        return fields.deepCopy();
    }

    private static String text(JsonNode v) {
        return v == null || v.isNull() ? "none" : v.isTextual() ? v.asText() : v.toString();
    }
}
