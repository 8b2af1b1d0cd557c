package org.rnnlab.forecast;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The held-out errors behind prediction intervals, in a model file's metadata:
 * {@code "intervals": {"source": "validation forecasts", "errors": [[[e, ...] per step] per target]}}.
 */
final class IntervalsJson {

    private IntervalsJson() {
    }

    static ObjectNode toJson(List<ConformalIntervals> perTarget) {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.put("source", "validation forecasts");
        o.put("method", "split conformal, |actual - forecast| per step ahead");
        ArrayNode targets = o.putArray("errors");
        for (ConformalIntervals c : perTarget) {
            ArrayNode steps = targets.addArray();
            for (double[] step : c.residuals()) {
                ArrayNode e = steps.addArray();
                for (double v : step) {
                    e.add(v);
                }
            }
        }
        return o;
    }

    /** The errors of a model file, or empty for a file without them (older files, or no validation part). */
    static List<ConformalIntervals> fromJson(JsonNode metadata, int targets) {
        JsonNode errors = metadata == null ? null : metadata.path("intervals").get("errors");
        if (errors == null || !errors.isArray() || errors.size() != targets) {
            return List.of();
        }
        List<ConformalIntervals> out = new ArrayList<>();
        for (JsonNode target : errors) {
            double[][] steps = new double[target.size()][];
            for (int k = 0; k < steps.length; k++) {
                JsonNode step = target.get(k);
                steps[k] = new double[step.size()];
                for (int i = 0; i < steps[k].length; i++) {
                    steps[k][i] = step.get(i).asDouble();
                }
            }
            out.add(new ConformalIntervals(steps));
        }
        return out;
    }
}
