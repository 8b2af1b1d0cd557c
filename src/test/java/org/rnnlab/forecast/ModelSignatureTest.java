package org.rnnlab.forecast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Signatures compare field by field, both ways, and are values. */
class ModelSignatureTest {

    private static ObjectNode fields(int window, String transforms) {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.put("cell", "gru");
        o.put("window", window);
        o.put("transforms", transforms);
        return o;
    }

    @Test
    void alikeSignatures_haveNoDifferences_andEachDifferingFieldIsNamedWithBothValues() {
        ModelSignature model = new ModelSignature(fields(12, "diff"));
        assertEquals(List.of(), new ModelSignature(fields(12, "diff")).differences(model));
        assertEquals(List.of("window 6 (the model's: 12)", "transforms none (the model's: diff)"),
                new ModelSignature(fields(6, "none")).differences(model));
    }

    @Test
    void aFieldOnlyOneSideHas_differs_whicheverSideItIsOn() {
        ModelSignature model = new ModelSignature(fields(12, "diff").put("highway", 12));
        ModelSignature plain = new ModelSignature(fields(12, "diff"));
        assertEquals(List.of("highway none (the model's: 12)"), plain.differences(model));
        assertEquals(List.of("highway 12 (the model's: none)"), model.differences(plain));
    }

    @Test
    void isAValue_unchangedByTheObjectItWasMadeFrom() {
        ObjectNode o = fields(12, "diff");
        ModelSignature s = new ModelSignature(o);
        o.put("window", 99);
        assertEquals(12, s.fields().get("window").asInt());
        assertEquals(new ModelSignature(fields(12, "diff")), s);
        assertThrows(IllegalArgumentException.class, () -> new ModelSignature(null));
    }

    @Test
    void options_askForTheWindowAndTransforms_withTheSeasonOfASeasonalDifference() {
        ObjectNode o = fields(24, "log,sdiff(12)");
        o.putArray("transform_names").add("log").add("sdiff");
        o.put("seasonal_lag", 12);
        assertEquals("--window 24 --transform log,sdiff --season 12", new ModelSignature(o).options());
        ObjectNode none = fields(6, "none");
        none.putArray("transform_names");
        assertEquals("--window 6 --transform none", new ModelSignature(none).options());
        assertEquals(List.of("window 6 (the model's: 24)", "transforms none (the model's: log,sdiff(12))"),
                new ModelSignature(none).differences(new ModelSignature(o)), "the spelled-out fields are not"
                + " differences of their own");
    }
}
