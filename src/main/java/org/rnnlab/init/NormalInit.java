package org.rnnlab.init;

import java.util.Random;

import org.ojalgo.matrix.store.R064Store;

/** N(0, std²) for every weight; std = 1 is the classic "standard" initialisation. */
public record NormalInit(double std) implements Initializer {
    public NormalInit {
        Initializer.positive("normal std", std);
    }

    @Override
    public InitKind kind() {
        return InitKind.NORMAL;
    }

    @Override
    public double parameter() {
        return std;
    }

    @Override
    public void fill(R064Store target, Fans fans, Random rng) {
        Initializer.requireShape(target, fans);
        Initializer.fillNormal(target, std, rng);
    }
}
