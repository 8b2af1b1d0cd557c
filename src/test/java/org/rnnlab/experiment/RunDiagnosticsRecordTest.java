package org.rnnlab.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.rnnlab.activation.ActivationKind;
import org.rnnlab.cell.CellType;
import org.rnnlab.clip.Clipping;
import org.rnnlab.diagnostics.JacobianFlow;
import org.rnnlab.diagnostics.NonFiniteSite;
import org.rnnlab.init.InitKind;
import org.rnnlab.optim.OptimizerConfig;
import org.rnnlab.optim.OptimizerKind;
import org.rnnlab.task.AddingProblem;

class RunDiagnosticsRecordTest {

    @Test
    void diagnosticsWithASiteAndNonFiniteNorms_readBackEqual() throws Exception {
        JacobianFlow flow = new JacobianFlow(new int[] {1, 2}, new double[][] {{0.5, Double.NaN}}, new double[][] {{1.0,
            Double.POSITIVE_INFINITY}});
        NonFiniteSite site = new NonFiniteSite(NonFiniteSite.Tensor.GATE, 0, 3, "forget gate f", Double.NaN);
        RunDiagnostics d = new RunDiagnostics(flow, null, site, new double[][] {{1, Double.NaN}}, new double[][] {{0, 1e-3}});

        RunDiagnostics back = RecordJson.MAPPER.readValue(RecordJson.MAPPER.writeValueAsBytes(d), RunDiagnostics.class);

        assertEquals(d, back);
        assertEquals(d.hashCode(), back.hashCode());
        assertNotEquals(d, new RunDiagnostics(flow, null, site, new double[][] {{1, 2}}, new double[][] {{0, 1e-3}}));
    }

    /** A run that overflows at its first step: the study record names the site, and survives the round trip. */
    @Test
    void aDivergedStudyRun_recordsItsFirstNonFiniteValue_andReadsBackEqual() throws Exception {
        Variant exploding = Variants.named("tanh").orElseThrow().withName("linear-huge")
                .withActivation(ActivationKind.IDENTITY.create()).withRecurrentInit(InitKind.IDENTITY.create(1e100))
                .withInputInit(InitKind.NORMAL.create(1.0)).withOptimizer(OptimizerConfig.of(OptimizerKind.SGD, 0.01))
                .withClipping(Clipping.none());
        RunResult r = RunExecutor.execute(new RunSpec(exploding, new AddingProblem(8), 0, RunnerTest.TINY, null));

        assertEquals(RunResult.Status.DIVERGED, r.status(), r.cause());
        NonFiniteSite site = r.diagnostics().firstNonFinite();
        assertNotNull(site, r.toString());
        assertEquals(NonFiniteSite.Tensor.PRE_ACTIVATION, site.tensor());
        assertEquals(0, site.layer());
        assertEquals(r, RecordJsonTest.roundTrip(r));
        assertEquals(r.steps().size(), r.diagnostics().layerGradNorms()[0].length);
        assertEquals(true, Arrays.stream(r.diagnostics().initialJacobian().spectral()[0]).noneMatch(v -> v < 0));
    }
}
