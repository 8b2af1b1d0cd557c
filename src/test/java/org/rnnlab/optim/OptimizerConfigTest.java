package org.rnnlab.optim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.rnnlab.optim.ScheduleTest.assertMessage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.rnnlab.name.Named;

/** The optimiser records: PyTorch's defaults and the messages for bad hyper-parameters. */
class OptimizerConfigTest {

    @Test
    void of_usesPyTorchDefaults() {
        OptimizerConfig adam = OptimizerConfig.of(OptimizerKind.ADAM, 1e-3);
        assertEquals(0.9, adam.beta1(), 0.0);
        assertEquals(0.999, adam.beta2(), 0.0);
        assertEquals(1e-8, adam.eps(), 0.0);
        assertEquals(0.9, adam.momentum(), 0.0);
        assertEquals(0.99, adam.alpha(), 0.0);
        assertEquals(new Schedule.Constant(1e-3), adam.schedule());
        assertEquals(1e-10, OptimizerConfig.of(OptimizerKind.ADAGRAD, 0.1).eps(), 0.0);
        assertEquals(1e-8, OptimizerConfig.of(OptimizerKind.RMSPROP, 0.1).eps(), 0.0);
    }

    @Test
    void withers_changeOnlyTheirField() {
        OptimizerConfig c = OptimizerConfig.of(OptimizerKind.MOMENTUM, 0.1).withMomentum(0.5)
                .withSchedule(new Schedule.Cosine(0.1, 0.0, 10));
        assertEquals(0.5, c.momentum(), 0.0);
        assertEquals(new Schedule.Cosine(0.1, 0.0, 10), c.schedule());
        assertEquals(OptimizerKind.MOMENTUM, c.kind());
    }

    @ParameterizedTest
    @EnumSource(OptimizerKind.class)
    void byId_findsEveryKind(OptimizerKind kind) {
        assertEquals(kind, Named.byId(OptimizerKind.class, kind.id()).orElseThrow());
    }

    @Test
    void badHyperParameters_areRejected_namingTheValue() {
        Schedule lr = new Schedule.Constant(0.1);
        assertMessage("an optimiser needs a kind and a learning-rate schedule",
                () -> new OptimizerConfig(null, lr, 0.9, 0.9, 0.999, 0.99, Double.NaN));
        assertMessage("an optimiser needs a kind and a learning-rate schedule",
                () -> new OptimizerConfig(OptimizerKind.SGD, null, 0.9, 0.9, 0.999, 0.99, Double.NaN));
        assertMessage("momentum must be in [0, 1), got 1.0", () -> OptimizerConfig.of(OptimizerKind.MOMENTUM, 0.1).withMomentum(1.0));
        assertMessage("momentum must be in [0, 1), got -0.1", () -> OptimizerConfig.of(OptimizerKind.NESTEROV, 0.1).withMomentum(-0.1));
        assertMessage("beta1 must be in [0, 1), got 1.0",
                () -> new OptimizerConfig(OptimizerKind.ADAM, lr, 0.9, 1.0, 0.999, 0.99, Double.NaN));
        assertMessage("beta2 must be in [0, 1), got 1.5",
                () -> new OptimizerConfig(OptimizerKind.ADAM, lr, 0.9, 0.9, 1.5, 0.99, Double.NaN));
        assertMessage("eps must be > 0, got 0.0",
                () -> new OptimizerConfig(OptimizerKind.ADAM, lr, 0.9, 0.9, 0.999, 0.99, 0.0));
        assertMessage("eps must be > 0, got -1.0E-8",
                () -> new OptimizerConfig(OptimizerKind.ADAGRAD, lr, 0.9, 0.9, 0.999, 0.99, -1e-8));
        assertMessage("alpha must be in [0, 1), got 1.0",
                () -> new OptimizerConfig(OptimizerKind.RMSPROP, lr, 0.9, 0.9, 0.999, 1.0, Double.NaN));
        assertMessage("momentum must be in [0, 1), got NaN", () -> new Trace(Double.NaN, true));
        assertMessage("initialAccumulator must be >= 0, got -1.0", () -> new ScaleByRss(-1.0, 1e-10));
        assertMessage("eps must be > 0, got Infinity", () -> new ScaleByRms(0.9, Double.POSITIVE_INFINITY));
    }
}
