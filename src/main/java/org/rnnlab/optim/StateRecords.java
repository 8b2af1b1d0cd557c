package org.rnnlab.optim;

import java.lang.reflect.Array;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Writes any {@link GradientTransform.State} to JSON and reads it back, generically, through its record
 * components, so that a new link needs no code of its own to be checkpointed.
 *
 * <p>The convention a state follows: it is a {@code record}; its arrays ({@code int[]}, {@code long[]},
 * {@code double[]}, {@code double[][]}, {@code boolean[]}) hold what changes and are changed in place
 * (a counter is a one-element array); nested states are components of type {@code State},
 * {@code State[]} or {@code List<State>}. Every other component (a number, a boolean, a string, an
 * enum, or a record of those, such as the link's own hyper-parameters) is configuration: it is
 * written, and on reading it must equal the freshly initialised state's value, so a checkpoint made
 * with other hyper-parameters is refused with the difference.
 *
 * <p>Reading never creates a state: it fills the arrays of a fresh one ({@code link.init(parameters)})
 * in place, after checking that the record types, the configuration and every array's shape match.
 * Doubles are written as JSON numbers in the shortest form that reads back to the same bits (NaN and
 * the infinities as the strings {@code "NaN"}, {@code "Infinity"}, {@code "-Infinity"}).
 */
public final class StateRecords {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private StateRecords() {
    }

    /** The state as {@code {"record": "ScaleByAdam.AdamState", "count": [...], "m": [[...]], ...}}. */
    public static ObjectNode toJson(GradientTransform.State state) {
        return recordJson(requireRecord(state, "state"));
    }

    /** A configuration record (its components numbers, booleans, strings, enums or such records) as JSON. */
    public static ObjectNode configJson(Record config) {
        return recordJson(config);
    }

    /**
     * The first difference between two JSON values written by this class, as {@code "PATH: A there, B
     * here"}, or null when they are equal.
     */
    public static String firstDifference(JsonNode there, JsonNode here, String path) {
        if (there != null && here != null && there.isObject() && here.isObject()) {
            var names = here.fieldNames();
            while (names.hasNext()) {
                String name = names.next();
                String d = firstDifference(there.get(name), here.get(name), "record".equals(name) ? path : path + "." + name);
                if (d != null) {
                    return d;
                }
            }
            return there.size() == here.size() ? null : path + ": other fields there";
        }
        String a = there == null ? "nothing" : there.toString(), b = here == null ? "nothing" : here.toString();
        return a.equals(b) ? null : path + ": " + a + " there, " + b + " here";
    }

    /**
     * Copies a written state into {@code fresh} (a state just made by the same link), in place.
     *
     * @throws IllegalArgumentException naming the component, when the JSON does not match {@code fresh}
     *                                  (another link, other hyper-parameters, another shape, a bad value)
     */
    public static void restore(JsonNode json, GradientTransform.State fresh) {
        restoreState(json, fresh, typeName(fresh.getClass()));
    }

    private static Record requireRecord(Object state, String where) {
        if (!(state instanceof Record r)) {
            throw new IllegalStateException(where + ": " + state.getClass().getName() + " is not a record; a"
                    + " GradientTransform.State must be a record so that checkpoints can save it");
        }
        return r;
    }

    /** {@code ScaleByAdam.AdamState}: the class name without its package. */
    static String typeName(Class<?> type) {
        Class<?> outer = type.getEnclosingClass();
        return outer == null ? type.getSimpleName() : typeName(outer) + "." + type.getSimpleName();
    }

    private static ObjectNode recordJson(Record r) {
        ObjectNode o = NODES.objectNode();
        o.put("record", typeName(r.getClass()));
        for (RecordComponent c : r.getClass().getRecordComponents()) {
            o.set(c.getName(), valueJson(value(r, c)));
        }
        return o;
    }

    private static JsonNode valueJson(Object v) {
        if (v == null) {
            return NODES.nullNode();
        }
        if (v instanceof GradientTransform.State s) {
            return recordJson(requireRecord(s, typeName(s.getClass())));
        }
        if (v instanceof Double d) {
            return number(d);
        }
        if (v instanceof Integer || v instanceof Long) {
            return NODES.numberNode(((Number) v).longValue());
        }
        if (v instanceof Boolean b) {
            return NODES.booleanNode(b);
        }
        if (v instanceof String s) {
            return NODES.textNode(s);
        }
        if (v instanceof Enum<?> e) {
            return NODES.textNode(e.name());
        }
        if (v instanceof Record r) {
            return recordJson(r);
        }
        if (v instanceof List<?> list) {
            ArrayNode a = NODES.arrayNode();
            list.forEach(x -> a.add(valueJson(x)));
            return a;
        }
        if (v.getClass().isArray()) {
            ArrayNode a = NODES.arrayNode();
            for (int i = 0; i < Array.getLength(v); i++) {
                a.add(valueJson(Array.get(v, i)));
            }
            return a;
        }
        throw new IllegalStateException("a state component of type " + v.getClass().getName() + " cannot be saved;"
                + " use numbers, booleans, strings, enums, records, arrays of numbers or booleans, or nested states");
    }

    /** A double to the bit: a number, or "NaN", "Infinity", "-Infinity". */
    public static JsonNode number(double d) {
        return Double.isFinite(d) ? NODES.numberNode(d) : NODES.textNode(Double.toString(d));
    }

    private static void restoreState(JsonNode json, GradientTransform.State fresh, String where) {
        Record r = requireRecord(fresh, where);
        if (json == null || !json.isObject()) {
            throw new IllegalArgumentException(where + ": expected an object, found " + describe(json));
        }
        String type = typeName(r.getClass());
        if (!type.equals(json.path("record").asText())) {
            throw new IllegalArgumentException(where + ": the checkpoint holds " + json.path("record")
                    + ", this configuration has " + type);
        }
        for (RecordComponent c : r.getClass().getRecordComponents()) {
            restoreValue(json.get(c.getName()), value(r, c), where + "." + c.getName());
        }
    }

    private static void restoreValue(JsonNode json, Object fresh, String where) {
        if (json == null) {
            throw new IllegalArgumentException(where + ": missing");
        }
        if (fresh instanceof GradientTransform.State s) {
            restoreState(json, s, where);
        } else if (fresh instanceof List<?> list) {
            requireLength(json, list.size(), where);
            for (int i = 0; i < list.size(); i++) {
                restoreValue(json.get(i), list.get(i), where + "[" + i + "]");
            }
        } else if (fresh instanceof GradientTransform.State[] states) {
            requireLength(json, states.length, where);
            for (int i = 0; i < states.length; i++) {
                restoreState(json.get(i), states[i], where + "[" + i + "]");
            }
        } else if (fresh instanceof double[][] rows) {
            requireLength(json, rows.length, where);
            for (int i = 0; i < rows.length; i++) {
                restoreArray(json.get(i), rows[i], where + "[" + i + "]");
            }
        } else if (fresh != null && fresh.getClass().isArray()) {
            restoreArray(json, fresh, where);
        } else if (fresh instanceof Record config && json.isObject()
                && typeName(config.getClass()).equals(json.path("record").asText())) {
            for (RecordComponent c : config.getClass().getRecordComponents()) {
                restoreValue(json.get(c.getName()), value(config, c), where + "." + c.getName());
            }
        } else {
            String expected = valueJson(fresh).toString();
            if (!expected.equals(json.toString())) {
                throw new IllegalArgumentException(where + ": the checkpoint has " + json + ", this configuration "
                        + expected);
            }
        }
    }

    /** Copies a JSON array into a primitive array of the same length, element by element. */
    private static void restoreArray(JsonNode json, Object array, String where) {
        int n = Array.getLength(array);
        requireLength(json, n, where);
        for (int i = 0; i < n; i++) {
            JsonNode e = json.get(i);
            String at = where + "[" + i + "]";
            if (array instanceof double[] d) {
                d[i] = toDouble(e, at);
            } else if (array instanceof long[] l) {
                l[i] = toLong(e, at);
            } else if (array instanceof int[] k) {
                long v = toLong(e, at);
                if (v != (int) v) {
                    throw new IllegalArgumentException(at + ": " + v + " is not an int");
                }
                k[i] = (int) v;
            } else if (array instanceof boolean[] b) {
                if (!e.isBoolean()) {
                    throw new IllegalArgumentException(at + ": expected true or false, found " + describe(e));
                }
                b[i] = e.booleanValue();
            } else {
                throw new IllegalStateException(where + ": arrays of " + array.getClass().getComponentType()
                        + " cannot be restored");
            }
        }
    }

    /** A double written by {@link #number}. */
    public static double toDouble(JsonNode e, String where) {
        if (e != null && e.isNumber()) {
            return e.doubleValue();
        }
        if (e != null && e.isTextual()) {
            switch (e.textValue()) {
                case "NaN":
                    return Double.NaN;
                case "Infinity":
                    return Double.POSITIVE_INFINITY;
                case "-Infinity":
                    return Double.NEGATIVE_INFINITY;
                default:
                    break;
            }
        }
        throw new IllegalArgumentException(where + ": expected a number, found " + describe(e));
    }

    private static long toLong(JsonNode e, String where) {
        if (e == null || !e.isIntegralNumber() || !e.canConvertToLong()) {
            throw new IllegalArgumentException(where + ": expected an integer, found " + describe(e));
        }
        return e.longValue();
    }

    private static void requireLength(JsonNode json, int n, String where) {
        if (json == null || !json.isArray()) {
            throw new IllegalArgumentException(where + ": expected an array of " + n + ", found " + describe(json));
        }
        if (json.size() != n) {
            throw new IllegalArgumentException(where + ": the checkpoint has " + json.size() + " values, this"
                    + " configuration " + n);
        }
    }

    private static String describe(JsonNode n) {
        if (n == null || n.isMissingNode()) {
            return "nothing";
        }
        String text = n.toString();
        return text.length() > 40 ? text.substring(0, 37) + "..." : text;
    }

    private static Object value(Record r, RecordComponent c) {
        try {
            var accessor = c.getAccessor();
            accessor.setAccessible(true); // a package-private record of another package
            return accessor.invoke(r);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + typeName(r.getClass()) + "." + c.getName(), e);
        }
    }
}
