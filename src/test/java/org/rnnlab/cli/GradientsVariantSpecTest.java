package org.rnnlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

class GradientsVariantSpecTest {

    private static JsonNode gradients(String variant) {
        Cli.Run r = Cli.run("gradients", "--variant", variant, "--task", "adding", "--length", "6", "--batch-size", "3",
                "--hidden", "4", "--json");
        assertEquals(0, r.exit(), r.err());
        return Cli.json(r.out());
    }

    @Test
    void aSpecOnANamedBase_givesThatVariantsGradients_andChangingAKeyChangesThem() {
        JsonNode named = gradients("lstm"), spec = gradients("name=mine,base=lstm");
        assertEquals(named.get("gradients").toString(), spec.get("gradients").toString());
        JsonNode elu = gradients("name=e,base=tanh,activation=elu"), tanh = gradients("tanh");
        assertNotEquals(tanh.get("gradients").toString(), elu.get("gradients").toString());
    }

    @Test
    void json_holdsTheJacobianFlowPerLayerAndLag_andTheInitRatio() {
        JsonNode json = gradients("name=deep,base=tanh,recurrent-init=orthogonal");
        JsonNode jacobian = json.get("jacobian");
        assertEquals("[1,2,3,4,5,6]", jacobian.get("lags").toString());
        JsonNode layer = jacobian.get("layers").get(0);
        assertEquals(6, layer.get("spectral").size());
        assertEquals(6, layer.get("frobenius").size());
        for (int i = 0; i < 6; i++) {
            double s = layer.get("spectral").get(i).asDouble(), f = layer.get("frobenius").get(i).asDouble();
            assertTrue(s > 0 && s <= f * (1 + 1e-12), "lag " + (i + 1) + ": 0 < spectral <= Frobenius");
        }
        JsonNode norms = json.get("layers").get(0).get("hidden_grad_norm_per_step");
        assertEquals(norms.get(0).asDouble() / norms.get(5).asDouble(), json.get("grad_ratio_h1_hT").asDouble(), 1e-15);
    }

    @Test
    void text_printsTheJacobianTable() {
        Cli.Run r = Cli.run("gradients", "--variant", "gru", "--task", "adding", "--length", "5", "--batch-size", "2",
                "--hidden", "3");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("Jacobian flow ||dh_T/dh_{T-k}||, spectral norm (power iteration) and Frobenius norm, mean"
                + " over 2 sequence(s)"), r.out());
        assertTrue(r.out().contains("layer 0: the spectral norm changes by x"), r.out());
    }

    @Test
    void aBadSpec_isOneLineNamingTheKey() {
        Cli.Run r = Cli.run("gradients", "--variant", "name=x,bogus=1", "--task", "adding");
        Cli.assertRejected(r, "--variant 'name=x,bogus=1': unknown key 'bogus'; keys: name, base,");
    }
}
