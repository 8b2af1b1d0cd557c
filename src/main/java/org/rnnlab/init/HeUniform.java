package org.rnnlab.init;

import java.util.Random;

import org.ojalgo.matrix.store.R064Store;

/** He et al. (2015) for ReLU units: U(−a, a) with a = √(6/fanIn) (variance 2/fanIn). */
public record HeUniform() implements Initializer {

    @Override
    public InitKind kind() {
        return InitKind.HE_UNIFORM;
    }

    @Override
    public void fill(R064Store target, Fans fans, Random rng) {
        Initializer.requireShape(target, fans);
        Initializer.fillUniform(target, Math.sqrt(6.0 / fans.in()), rng);
    }
}
