package org.rnnlab.init;

import java.util.Random;

import org.ojalgo.matrix.store.R064Store;

/** U(−limit, limit) for every weight. */
public record UniformInit(double limit) implements Initializer {
    public UniformInit {
        Initializer.positive("uniform limit", limit);
    }

    @Override
    public InitKind kind() {
        return InitKind.UNIFORM;
    }

    @Override
    public double parameter() {
        return limit;
    }

    @Override
    public void fill(R064Store target, Fans fans, Random rng) {
        Initializer.requireShape(target, fans);
        Initializer.fillUniform(target, limit, rng);
    }
}
