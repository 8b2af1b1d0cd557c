package org.rnnlab.clip;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Every clipping rule records the threshold it applied and the share of its units it clipped. */
class ClipRecordsTest {

    /** Norms 5 and 13: (3, 4) and (5, 12). */
    private static final double[][] G = {{3, 4}, {5, 12}};

    @Test
    void globalNormRecordsItsTauAndAShareOfOneWhenItClipsAndZeroWhenNot() {
        ClipHarness h = new ClipHarness(ClipByGlobalNorm.l2(5.0), G);
        h.run();
        assertEquals(5.0, h.info.threshold());
        assertEquals(1.0, h.info.clippedShare());
        ClipHarness calm = new ClipHarness(ClipByGlobalNorm.l2(50.0), G);
        calm.run();
        assertEquals(50.0, calm.info.threshold());
        assertEquals(0.0, calm.info.clippedShare());
    }

    @Test
    void perParameterRecordsTheShareOfParametersClipped() {
        ClipHarness h = new ClipHarness(new ClipByParameterNorm(10.0, NormType.L2), G);
        h.run();
        assertEquals(10.0, h.info.threshold());
        assertEquals(0.5, h.info.clippedShare(), "only the norm-13 tensor is above 10");
    }

    @Test
    void valueRecordsTheShareOfElementsClipped() {
        ClipHarness h = new ClipHarness(new ClipByValue(4.5), G);
        h.run();
        assertEquals(4.5, h.info.threshold());
        assertEquals(0.5, h.info.clippedShare(), "5 and 12 of the four elements exceed 4.5");
    }

    @Test
    void aStepWithoutClippingRecordsNoThreshold() {
        ClipHarness h = new ClipHarness(ClipByGlobalNorm.l2(5.0), G);
        h.run();
        h.info.start(1);
        assertTrue(Double.isNaN(h.info.threshold()));
        assertTrue(Double.isNaN(h.info.clippedShare()));
    }
}
