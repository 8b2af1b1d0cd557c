package org.rnnlab.diagnostics;

import org.rnnlab.activation.Activation;

/** Which activations saturate (and at what bound) and which can die. */
final class Families {

    private Families() {
    }

    /** The supremum of |f| for a bounded activation, or NaN for an unbounded one. */
    static double bound(Activation f) {
        return switch (f.kind()) {
            case SIGMOID, TANH, SOFTSIGN, LOGSIG -> 1.0;
            case ARCTAN -> Math.PI / 2;
            default -> Double.NaN;
        };
    }

    /** The ReLU family: zero or a small slope for negative inputs, a kink at 0. */
    static boolean isReluFamily(Activation f) {
        return switch (f.kind()) {
            case RELU, LEAKY_RELU, PRELU, LOGMIN, ELU -> true;
            default -> false;
        };
    }
}
