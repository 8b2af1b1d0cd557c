package org.rnnlab.optim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.rnnlab.clip.AdaptiveClip;
import org.rnnlab.clip.AutoClip;
import org.rnnlab.clip.ClipByGlobalNorm;
import org.rnnlab.clip.ClipByParameterNorm;
import org.rnnlab.clip.ClipByValue;
import org.rnnlab.clip.GuardNonFinite;
import org.rnnlab.clip.NonFinitePolicy;
import org.rnnlab.clip.NormType;
import org.rnnlab.tensor.Parameter;
import org.rnnlab.tensor.ParameterKind;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** A chain's whole state survives a write/read round trip, and a state of another chain is refused by name. */
class StateRecordsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<Parameter> PARAMS = List.of(Parameter.vector("w", ParameterKind.WEIGHT_IH, 0, 3),
            Parameter.vector("b", ParameterKind.BIAS_IH, 0, 2));

    /** Every link there is, so that each one's state is in the round trip. */
    private static Chain everyLink(double beta1) {
        return Chain.of(new GuardNonFinite(NonFinitePolicy.skip(3)), ClipByGlobalNorm.l2(2.0),
                new ClipByParameterNorm(1.5, NormType.INF), new ClipByValue(0.8), AutoClip.paper(50),
                AdaptiveClip.of(0.5), new Trace(0.9, true),
                new ScaleByAdam(beta1, 0.999, 1e-8), new ScaleByRms(0.99, 1e-8), new ScaleByRss(0.1, 1e-10),
                new ScaleByLearningRate(new Schedule.Warmup(3, new Schedule.Cosine(0.1, 0.01, 20))));
    }

    /** Runs {@code steps} steps from step {@code from} on seeded gradients (a NaN now and then) and returns the last updates. */
    private static double[][] run(GradientTransform.State state, long from, int steps, Random rng) {
        Updates u = new Updates(PARAMS);
        StepInfo info = new StepInfo();
        double[][] out = new double[PARAMS.size()][];
        for (long step = from; step < from + steps; step++) {
            for (int i = 0; i < u.count(); i++) {
                double[] v = u.values(i);
                for (int k = 0; k < v.length; k++) {
                    v[k] = rng.nextInt(7) == 0 && step % 4 == 1 ? Double.NaN : 3 * rng.nextGaussian();
                }
            }
            info.start(step);
            state.update(u, info);
            for (int i = 0; i < u.count(); i++) {
                out[i] = u.values(i).clone();
            }
        }
        return out;
    }

    private static GradientTransform.State roundTrip(GradientTransform.State state, GradientTransform link) throws Exception {
        String text = JSON.writeValueAsString(StateRecords.toJson(state));
        GradientTransform.State fresh = link.init(PARAMS);
        StateRecords.restore(JSON.readTree(text), fresh);
        return fresh;
    }

    @Test
    void aChainsState_writtenAndReadBack_continuesBitForBitLikeTheOriginal() throws Exception {
        for (long seed = 1; seed <= 5; seed++) {
            Chain chain = everyLink(0.9);
            GradientTransform.State original = chain.init(PARAMS);
            run(original, 0, 3 + (int) seed, new Random(seed));
            GradientTransform.State copy = roundTrip(original, chain);
            assertEquals(StateRecords.toJson(original), StateRecords.toJson(copy), "seed " + seed);
            double[][] a = run(original, 10, 6, new Random(100 + seed));
            double[][] b = run(copy, 10, 6, new Random(100 + seed));
            for (int i = 0; i < a.length; i++) {
                assertArrayEquals(a[i], b[i], 0.0, "seed " + seed + ", parameter " + i);
            }
        }
    }

    @Test
    void theWrittenState_holdsTheMomentsAndCounters_notJustTheirShape() {
        Chain chain = everyLink(0.9);
        GradientTransform.State state = chain.init(PARAMS);
        JsonNode before = StateRecords.toJson(state);
        run(state, 0, 2, new Random(7));
        JsonNode after = StateRecords.toJson(state);
        assertNotEquals(before, after);
        JsonNode adam = after.get("states").get(7);
        assertEquals("ScaleByAdam.AdamState", adam.get("record").asText());
        assertEquals(2, adam.get("count").get(0).asLong());
        assertTrue(adam.get("m").get(0).get(0).asDouble() != 0.0);
    }

    @Test
    void nonFiniteValues_surviveTheRoundTrip() throws Exception {
        Trace trace = new Trace(0.5, false);
        Trace.TraceState state = trace.init(PARAMS);
        state.buffers()[0][0] = Double.NaN;
        state.buffers()[0][1] = Double.NEGATIVE_INFINITY;
        state.buffers()[1][1] = -0.0;
        Trace.TraceState copy = (Trace.TraceState) roundTrip(state, trace);
        assertTrue(Double.isNaN(copy.buffers()[0][0]));
        assertEquals(Double.NEGATIVE_INFINITY, copy.buffers()[0][1]);
        assertEquals(Double.doubleToRawLongBits(-0.0), Double.doubleToRawLongBits(copy.buffers()[1][1]));
    }

    @Test
    void otherHyperParameters_areRefused_namingTheComponentAndBothValues() {
        GradientTransform.State saved = everyLink(0.9).init(PARAMS);
        JsonNode json = StateRecords.toJson(saved);
        var e = assertThrows(IllegalArgumentException.class,
                () -> StateRecords.restore(json, everyLink(0.8).init(PARAMS)));
        assertEquals("Chain.ChainState.states[7].link.beta1: the checkpoint has 0.9, this configuration 0.8", e.getMessage());
    }

    @Test
    void anotherLinkOrder_isRefusedByRecordName() {
        JsonNode json = StateRecords.toJson(Chain.of(new Trace(0.9, false)).init(PARAMS));
        var e = assertThrows(IllegalArgumentException.class,
                () -> StateRecords.restore(json, Chain.of(ScaleByAdam.defaults()).init(PARAMS)));
        assertEquals("Chain.ChainState.states[0]: the checkpoint holds \"Trace.TraceState\", this configuration has"
                + " ScaleByAdam.AdamState", e.getMessage());
    }

    @Test
    void anotherModelSize_isRefusedByShape() {
        JsonNode json = StateRecords.toJson(new Trace(0.9, false).init(PARAMS));
        List<Parameter> bigger = List.of(Parameter.vector("w", ParameterKind.WEIGHT_IH, 0, 4), PARAMS.get(1));
        var e = assertThrows(IllegalArgumentException.class,
                () -> StateRecords.restore(json, new Trace(0.9, false).init(bigger)));
        assertEquals("Trace.TraceState.buffers[0]: the checkpoint has 3 values, this configuration 4", e.getMessage());
    }

    @Test
    void anEditedValue_isRefusedNamingWhereItSits() {
        ObjectNode json = StateRecords.toJson(ScaleByAdam.defaults().init(PARAMS));
        ((com.fasterxml.jackson.databind.node.ArrayNode) json.get("v").get(1)).set(0, JSON.getNodeFactory().textNode("x"));
        var e = assertThrows(IllegalArgumentException.class,
                () -> StateRecords.restore(json, ScaleByAdam.defaults().init(PARAMS)));
        assertEquals("ScaleByAdam.AdamState.v[1][0]: expected a number, found \"x\"", e.getMessage());
    }

    @Test
    void aLambdaState_cannotBeSaved_andSaysWhy() {
        GradientTransform.State lambda = (updates, info) -> {
        };
        var e = assertThrows(IllegalStateException.class, () -> StateRecords.toJson(lambda));
        assertTrue(e.getMessage().endsWith("is not a record; a GradientTransform.State must be a record so that"
                + " checkpoints can save it"), e.getMessage());
    }
}
