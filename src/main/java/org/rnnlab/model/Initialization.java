package org.rnnlab.model;

import org.rnnlab.init.InitKind;
import org.rnnlab.init.Initializer;

/**
 * How a new model's weights are drawn: one initialiser for the input weights {@code W_ih}, one for
 * the recurrent weights {@code W_hh} (each applied per gate block), and the seed of the generator.
 * The head always starts as PyTorch's {@code nn.Linear} does, U(−1/√H, 1/√H).
 */
public record Initialization(Initializer input, Initializer recurrent, long seed) {

    public Initialization {
        if (input == null || recurrent == null) {
            throw new IllegalArgumentException("input and recurrent initialisers are required");
        }
    }

    /** PyTorch's default U(−1/√H, 1/√H) for both, with the given seed. */
    public static Initialization pytorchDefault(long seed) {
        return new Initialization(InitKind.PYTORCH.create(), InitKind.PYTORCH.create(), seed);
    }

    public Initialization withSeed(long value) {
        return new Initialization(input, recurrent, value);
    }
}
