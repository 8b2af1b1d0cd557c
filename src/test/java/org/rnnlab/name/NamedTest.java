package org.rnnlab.name;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.rnnlab.activation.ActivationKind;
import org.rnnlab.cell.CellType;
import org.rnnlab.clip.Clipping;
import org.rnnlab.clip.NonFinitePolicy;
import org.rnnlab.clip.NormType;
import org.rnnlab.init.InitKind;
import org.rnnlab.loss.LossKind;
import org.rnnlab.model.TaskShape;
import org.rnnlab.optim.OptimizerKind;
import org.rnnlab.task.TaskKind;
import org.rnnlab.train.Outcome;

/** The ids that model files, run records, reports and options use: renaming a constant must not change them unnoticed. */
class NamedTest {

    @Test
    void ids_areTheOnesFilesAndOptionsUse() {
        assertEquals(List.of("rnn", "lstm", "gru"), Named.ids(CellType.class));
        assertEquals(List.of("identity", "sigmoid", "tanh", "arctan", "softsign", "logsig", "relu", "leaky_relu", "prelu",
                "elu", "softplus", "logmin", "log_semisigmoid"), Named.ids(ActivationKind.class));
        assertEquals(List.of("normal", "uniform", "xavier_uniform", "xavier_normal", "he_uniform", "he_normal",
                "orthogonal", "identity", "pytorch"), Named.ids(InitKind.class));
        assertEquals(List.of("many_to_one", "many_to_many"), Named.ids(TaskShape.class));
        assertEquals(List.of("mse", "cross_entropy", "bce"), Named.ids(LossKind.class));
        assertEquals(List.of("sgd", "momentum", "nesterov", "adagrad", "rmsprop", "adam"), Named.ids(OptimizerKind.class));
        assertEquals(List.of("adding", "temporal_order", "copy", "sine"), Named.ids(TaskKind.class));
        assertEquals(List.of("none", "global_norm", "per_parameter", "value", "autoclip", "agc"), Named.ids(Clipping.Mode.class));
        assertEquals(List.of("l2", "inf"), Named.ids(NormType.class));
        assertEquals(List.of("error", "skip", "shrink"), Named.ids(NonFinitePolicy.Action.class));
        assertEquals(List.of("completed", "diverged", "stopped_early"), Named.ids(Outcome.Status.class));
    }

    @Test
    void byId_findsExactlyTheId() {
        assertEquals(ActivationKind.LEAKY_RELU, Named.byId(ActivationKind.class, "leaky_relu").orElseThrow());
        assertTrue(Named.byId(ActivationKind.class, "LEAKY_RELU").isEmpty());
        assertTrue(Named.byId(CellType.class, "transformer").isEmpty());
    }

    @Test
    void theEnumsPrintAsTheirIds() {
        assertEquals("leaky_relu", ActivationKind.LEAKY_RELU.toString());
        assertEquals("global_norm", Clipping.Mode.GLOBAL_NORM.toString());
        assertEquals("stopped_early", Outcome.Status.STOPPED_EARLY.toString());
        assertEquals("inf", NormType.INF.toString());
    }
}
