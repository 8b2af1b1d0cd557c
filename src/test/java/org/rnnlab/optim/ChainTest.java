package org.rnnlab.optim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.rnnlab.clip.ClipByGlobalNorm;
import org.rnnlab.tensor.Parameter;
import org.rnnlab.tensor.ParameterKind;

/** Chains: links run in order, and a link that drops the step stops the links after it. */
class ChainTest {

    private static final Parameter W = Parameter.vector("w", ParameterKind.WEIGHT_IH, 0, 2);

    private static double[] apply(GradientTransform chain, double... gradient) {
        Updates u = new Updates(List.of(W));
        System.arraycopy(gradient, 0, u.values(0), 0, gradient.length);
        chain.init(List.of(W)).update(u, new StepInfo());
        return u.values(0);
    }

    @Test
    void order_matters_clipThenScaleDiffersFromScaleThenClip() {
        ClipByGlobalNorm clip = ClipByGlobalNorm.l2(1.0);
        ScaleByLearningRate sgd = new ScaleByLearningRate(new Schedule.Constant(0.1));
        // clip (3, 4) to norm 1 first: (0.6, 0.8)·(1/(1 + 1e-6)), then −0.1·that
        double[] clipFirst = apply(Chain.of(clip, sgd), 3, 4);
        double s = 1.0 / (5.0 + 1e-6);
        assertEquals(-0.1 * 3 * s, clipFirst[0], 1e-16);
        assertEquals(-0.1 * 4 * s, clipFirst[1], 1e-16);
        // −0.1·(3, 4) = (−0.3, −0.4) has norm 0.5 < 1: the clip does nothing
        double[] scaleFirst = apply(Chain.of(sgd, clip), 3, 4);
        assertEquals(-0.3, scaleFirst[0], 1e-16);
        assertEquals(-0.4, scaleFirst[1], 1e-16);
    }

    @Test
    void order_matters_clipBeforeAdamIsNotAdamBeforeClip() {
        ClipByGlobalNorm clip = ClipByGlobalNorm.l2(0.5);
        // Adam's first step is g/(|g| + ε) element-wise whatever the scale of g, so clipping before it changes nothing…
        double[] before = apply(Chain.of(clip, ScaleByAdam.defaults()), 3, 4);
        double[] plain = apply(Chain.of(ScaleByAdam.defaults()), 3, 4);
        assertEquals(plain[0], before[0], 1e-7);
        assertEquals(plain[1], before[1], 1e-7);
        // …while clipping after it limits the update's norm (√2 ≈ 1.41 before) to 0.5
        double[] after = apply(Chain.of(ScaleByAdam.defaults(), clip), 3, 4);
        assertEquals(0.5, Math.hypot(after[0], after[1]), 1e-6);
        assertTrue(Math.hypot(plain[0], plain[1]) > 1.4);
    }

    @Test
    void aSkippingLink_endsTheChain_soLaterStateIsNotFedTheNonUpdate() {
        boolean[] skipNext = {true};
        GradientTransform skipper = params -> (updates, info) -> {
            if (skipNext[0]) {
                updates.zero();
                info.recordSkipped("test skip");
            }
        };
        GradientTransform chain = Chain.of(skipper, new Trace(0.9, false), new ScaleByLearningRate(new Schedule.Constant(0.1)));
        GradientTransform.State state = chain.init(List.of(W));
        Updates u = new Updates(List.of(W));
        StepInfo info = new StepInfo();

        u.values(0)[0] = 5.0;
        info.start(0);
        state.update(u, info);
        assertTrue(info.skipped());
        assertEquals("test skip", info.note());
        assertEquals(0.0, u.values(0)[0], 0.0);
        assertTrue(Double.isNaN(info.learningRate()), "the learning-rate link ran after a skip");

        skipNext[0] = false;
        u.values(0)[0] = 1.0;
        info.start(1);
        state.update(u, info);
        assertFalse(info.skipped());
        // the momentum buffer never saw the skipped step: b = 0.9·0 + 1
        assertEquals(-0.1, u.values(0)[0], 0.0);
        assertEquals(0.1, info.learningRate(), 0.0);
    }

    @Test
    void stepInfo_start_resetsEverything() {
        StepInfo info = new StepInfo();
        info.recordClip(3, 2, true);
        info.recordLearningRate(0.1);
        info.recordSkipped("why");
        info.recordStop("why");
        info.start(9);
        assertEquals(9, info.step());
        assertTrue(Double.isNaN(info.normBefore()));
        assertTrue(Double.isNaN(info.normAfter()));
        assertTrue(Double.isNaN(info.learningRate()));
        assertFalse(info.clipped());
        assertFalse(info.skipped());
        assertFalse(info.stopped());
        assertEquals(null, info.note());
    }

    @Test
    void aStoppingLink_endsTheChain() {
        GradientTransform stopper = params -> (updates, info) -> info.recordStop("test stop");
        GradientTransform chain = Chain.of(stopper, new ScaleByLearningRate(new Schedule.Constant(0.1)));
        Updates u = new Updates(List.of(W));
        u.values(0)[0] = 5.0;
        StepInfo info = new StepInfo();
        info.start(0);
        chain.init(List.of(W)).update(u, info);
        assertTrue(info.stopped());
        assertEquals("test stop", info.note());
        assertEquals(5.0, u.values(0)[0], 0.0, "the learning-rate link ran after a stop");
    }

    @Test
    void stepInfo_measuresTheNormsOnce_andAgainOnlyAfterTheUpdatesChanged() {
        Parameter v = Parameter.vector("v", ParameterKind.BIAS_IH, 0, 1);
        Updates u = new Updates(List.of(W, v));
        u.values(0)[0] = 3.0;
        u.values(0)[1] = 4.0;
        u.values(1)[0] = 12.0;
        StepInfo info = new StepInfo();
        info.start(0);
        assertEquals(13.0, info.updateNorm(u), 0.0);
        assertEquals(5.0, info.updateNorm(u, 0), 0.0);
        assertEquals(12.0, info.updateNorm(u, 1), 0.0);
        u.values(1)[0] = 0.0;
        assertEquals(13.0, info.updateNorm(u), 0.0, "one measurement per step, shared by its readers");
        info.updatesChanged();
        assertEquals(5.0, info.updateNorm(u), 0.0);
        u.values(1)[0] = 12.0;
        info.start(1);
        assertEquals(13.0, info.updateNorm(u), 0.0, "a new step measures again");
    }

    @Test
    void chain_of_clipAfterAnotherLink_measuresTheUpdatesThatLinkLeft() {
        StepInfo info = new StepInfo();
        Updates u = new Updates(List.of(W));
        u.values(0)[0] = 3.0;
        u.values(0)[1] = 4.0;
        info.start(0);
        assertEquals(5.0, info.updateNorm(u), 0.0);
        ScaleByLearningRate sgd = new ScaleByLearningRate(new Schedule.Constant(0.1));
        Chain.of(sgd, ClipByGlobalNorm.l2(1.0)).init(List.of(W)).update(u, info);
        assertEquals(0.5, info.normBefore(), 1e-16, "the clip measured −0.1·(3, 4), not the norm read before the chain");
        assertFalse(info.clipped());
    }

    @Test
    void chain_copiesItsLinks() {
        java.util.ArrayList<GradientTransform> links = new java.util.ArrayList<>(List.of(new Trace(0.5, false)));
        Chain chain = new Chain(links);
        links.add(new ScaleByLearningRate(new Schedule.Constant(1.0)));
        assertEquals(1, chain.links().size());
    }
}
