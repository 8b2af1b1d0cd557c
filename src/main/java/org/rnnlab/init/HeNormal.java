package org.rnnlab.init;

import java.util.Random;

import org.ojalgo.matrix.store.R064Store;

/** He et al. (2015) for ReLU units: N(0, 2/fanIn). */
public record HeNormal() implements Initializer {

    @Override
    public InitKind kind() {
        return InitKind.HE_NORMAL;
    }

    @Override
    public void fill(R064Store target, Fans fans, Random rng) {
        Initializer.requireShape(target, fans);
        Initializer.fillNormal(target, Math.sqrt(2.0 / fans.in()), rng);
    }
}
