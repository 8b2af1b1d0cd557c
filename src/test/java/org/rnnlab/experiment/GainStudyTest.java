package org.rnnlab.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.ojalgo.matrix.store.R064Store;
import org.rnnlab.activation.ActivationKind;
import org.rnnlab.clip.Clipping;
import org.rnnlab.diagnostics.SpectralRadius;
import org.rnnlab.init.Initializer.Fans;
import org.rnnlab.init.InitKind;
import org.rnnlab.optim.OptimizerKind;

class GainStudyTest {

    @Test
    void crossesTwoActivationsThreeGainsAndThreeClippingLevels_withPlainSgd() {
        List<Variant> v = GainStudy.variants(32);
        assertEquals(18, v.size());
        assertEquals("tanh-g1-none", v.get(0).name());
        assertEquals("tanh-g1.5-clip1", v.get(4).name());
        assertEquals("relu-g2-clip5", v.get(17).name());
        for (Variant x : v) {
            assertEquals(OptimizerKind.SGD, x.optimizer().kind(), x.name());
            assertEquals(InitKind.NORMAL, x.recurrentInit().kind(), x.name());
        }
        assertEquals(ActivationKind.RELU, v.get(9).activation().kind());
        assertEquals(Clipping.globalNorm(5.0), v.get(2).clipping());
        assertEquals(Clipping.none(), v.get(3).clipping());
        assertEquals(2.0 / Math.sqrt(32), v.get(6).recurrentInit().parameter(), 1e-15, "σ = g/√H");
    }

    @Test
    void theRecurrentWeightsHaveASpectralRadiusNearTheGain() {
        int h = 200;
        for (Variant x : List.of(GainStudy.variants(h).get(0), GainStudy.variants(h).get(3), GainStudy.variants(h).get(6))) {
            double g = x.recurrentInit().parameter() * Math.sqrt(h);
            R064Store w = R064Store.FACTORY.make(h, h);
            x.recurrentInit().fill(w, new Fans(h, h, h), new Random(1));
            double rho = SpectralRadius.of(w);
            assertTrue(Math.abs(rho - g) < 0.15 * g, x.name() + ": spectral radius " + rho + " for gain " + g);
        }
    }
}
