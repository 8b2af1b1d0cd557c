package org.rnnlab.init;

import java.util.Random;

import org.ojalgo.matrix.store.R064Store;

/** PyTorch's default for nn.RNN, nn.LSTM and nn.GRU: U(−1/√H, 1/√H) with H the hidden size (for the linear head, H is its input size, as nn.Linear does). */
public record PyTorchDefault() implements Initializer {

    @Override
    public InitKind kind() {
        return InitKind.PYTORCH;
    }

    @Override
    public void fill(R064Store target, Fans fans, Random rng) {
        Initializer.requireShape(target, fans);
        Initializer.fillUniform(target, 1.0 / Math.sqrt(fans.hidden()), rng);
    }
}
