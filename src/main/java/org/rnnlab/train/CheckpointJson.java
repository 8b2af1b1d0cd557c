package org.rnnlab.train;

import java.util.List;

import org.rnnlab.optim.StateRecords;
import org.rnnlab.tensor.Parameter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The JSON pieces of a checkpoint: numbers to the bit (as {@link StateRecords} writes them) and the
 * checks that a read value has the expected type and shape; a bad value is an
 * {@link IllegalArgumentException} naming where it sits ({@code best.weights.weight_hh_l0[3]}).
 */
final class CheckpointJson {

    static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private CheckpointJson() {
    }

    static ArrayNode doubles(double[] values) {
        ArrayNode a = NODES.arrayNode(values.length);
        for (double v : values) {
            a.add(StateRecords.number(v));
        }
        return a;
    }

    static ArrayNode ints(int[] values) {
        ArrayNode a = NODES.arrayNode(values.length);
        for (int v : values) {
            a.add(v);
        }
        return a;
    }

    /** Reads exactly {@code into.length} doubles into {@code into}. */
    static void readDoubles(JsonNode json, double[] into, String where) {
        requireArray(json, into.length, where);
        for (int i = 0; i < into.length; i++) {
            into[i] = StateRecords.toDouble(json.get(i), where + "[" + i + "]");
        }
    }

    static void readInts(JsonNode json, int[] into, String where) {
        requireArray(json, into.length, where);
        for (int i = 0; i < into.length; i++) {
            into[i] = (int) integer(json.get(i), where + "[" + i + "]", Integer.MIN_VALUE, Integer.MAX_VALUE);
        }
    }

    static double number(JsonNode object, String field, String where) {
        return StateRecords.toDouble(object.get(field), where + "." + field);
    }

    static long integer(JsonNode object, String field, String where, long min, long max) {
        return integer(object.get(field), where + "." + field, min, max);
    }

    static long integer(JsonNode n, String where, long min, long max) {
        if (n == null || !n.isIntegralNumber() || !n.canConvertToLong() || n.longValue() < min || n.longValue() > max) {
            throw new IllegalArgumentException(where + ": expected an integer in [" + min + ", " + max + "], found "
                    + (n == null ? "nothing" : n));
        }
        return n.longValue();
    }

    static boolean bool(JsonNode object, String field, String where) {
        JsonNode n = object.get(field);
        if (n == null || !n.isBoolean()) {
            throw new IllegalArgumentException(where + "." + field + ": expected true or false, found "
                    + (n == null ? "nothing" : n));
        }
        return n.booleanValue();
    }

    static String text(JsonNode object, String field, String where) {
        JsonNode n = object.get(field);
        if (n == null || !n.isTextual()) {
            throw new IllegalArgumentException(where + "." + field + ": expected a string, found "
                    + (n == null ? "nothing" : n));
        }
        return n.textValue();
    }

    static JsonNode object(JsonNode parent, String field, String where) {
        JsonNode n = parent.get(field);
        if (n == null || !n.isObject()) {
            throw new IllegalArgumentException(where + (where.isEmpty() ? "" : ".") + field
                    + ": expected an object, found " + (n == null ? "nothing" : n.getNodeType().toString().toLowerCase()));
        }
        return n;
    }

    static void requireArray(JsonNode json, int n, String where) {
        if (json == null || !json.isArray()) {
            throw new IllegalArgumentException(where + ": expected an array of " + n + " values, found "
                    + (json == null ? "nothing" : json.getNodeType().toString().toLowerCase()));
        }
        if (json.size() != n) {
            throw new IllegalArgumentException(where + ": " + json.size() + " values, expected " + n);
        }
    }

    /** {@code {name: [values in column-major order]}} for each parameter. */
    static ObjectNode weights(List<Parameter> parameters) {
        ObjectNode o = NODES.objectNode();
        for (Parameter p : parameters) {
            o.set(p.name(), doubles(p.value().data));
        }
        return o;
    }

    static void readWeights(JsonNode json, List<Parameter> parameters, String where) {
        for (Parameter p : parameters) {
            readDoubles(json.get(p.name()), p.value().data, where + "." + p.name());
        }
    }
}
