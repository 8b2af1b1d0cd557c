package org.rnnlab.cli;

import java.util.Collection;

import org.rnnlab.data.ColumnRef;
import org.rnnlab.data.SplitFractions;
import org.rnnlab.data.Transforms;
import org.rnnlab.forecast.RunJson;
import org.rnnlab.forecast.TransformChoice;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Every option of a command with its effective value, as JSON for {@code run.json}: the one piece
 * of a run's record that only the command line knows.
 */
final class OptionValues {

    private OptionValues() {
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

    static void number(ObjectNode o, String key, double v) {
        RunJson.number(o, key, v);
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
            return t.label();
        }
        if (v instanceof TransformChoice c) {
            return c.label();
        }
        if (v instanceof Enum<?> e) {
            return Options.lower(e);
        }
        return String.valueOf(v);
    }
}
