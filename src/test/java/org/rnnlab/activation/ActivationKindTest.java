package org.rnnlab.activation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.rnnlab.name.Named;

/** Creating activations by kind, their parameters and the messages for bad parameters. */
class ActivationKindTest {

    @ParameterizedTest
    @EnumSource(ActivationKind.class)
    void create_makesTheKindWithItsDefaultParameter_andByIdFindsItBack(ActivationKind kind) {
        Activation f = kind.create();
        assertEquals(kind, f.kind());
        assertEquals(kind, Named.byId(ActivationKind.class, kind.id()).orElseThrow());
        if (kind.hasParameter()) {
            assertEquals(kind.defaultParameter(), f.parameter(), 0.0);
            assertEquals(kind.id() + "(" + kind.parameterName() + "=" + kind.defaultParameter() + ")", f.label());
        } else {
            assertTrue(Double.isNaN(f.parameter()));
            assertEquals(kind.id(), f.label());
        }
        assertEquals(kind == ActivationKind.PRELU, f.learnable());
    }

    @ParameterizedTest
    @EnumSource(value = ActivationKind.class, names = {"LEAKY_RELU", "PRELU", "ELU"}, mode = EnumSource.Mode.EXCLUDE)
    void create_withAParameter_isRejectedForAKindThatTakesNone(ActivationKind kind) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> kind.create(0.5));
        assertEquals(kind.id() + " takes no parameter, got 0.5", e.getMessage());
    }

    @Test
    void byId_isEmptyForAnUnknownName() {
        assertTrue(Named.byId(ActivationKind.class, "swish").isEmpty());
        assertTrue(Named.byId(ActivationKind.class, "TANH").isEmpty());
    }

    @Test
    void leakyRelu_rejectsAnAlphaOutsideZeroToOne() {
        for (double alpha : new double[] {-0.01, 1.0, 1.5, Double.NaN}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> ActivationKind.LEAKY_RELU.create(alpha));
            assertEquals("leaky_relu alpha must be in [0, 1), got " + alpha, e.getMessage());
        }
        assertEquals(0.0, new LeakyRelu(0.0).value(-3.0), 0.0);
    }

    @Test
    void elu_rejectsANonPositiveOrInfiniteAlpha() {
        for (double alpha : new double[] {0.0, -1.0, Double.NaN, Double.POSITIVE_INFINITY}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ActivationKind.ELU.create(alpha));
            assertEquals("elu alpha must be > 0, got " + alpha, e.getMessage());
        }
    }

    @Test
    void prelu_rejectsANonFiniteInitialSlope() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ActivationKind.PRELU.create(Double.POSITIVE_INFINITY));
        assertEquals("prelu initial_slope must be finite, got Infinity", e.getMessage());
    }
}
