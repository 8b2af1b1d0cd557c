package org.rnnlab.init;

import java.util.Random;

import org.ojalgo.matrix.store.R064Store;

/** Glorot and Bengio (2010): N(0, σ²) with σ = gain·√(2/(fanIn + fanOut)). */
public record XavierNormal(double gain) implements Initializer {
    public XavierNormal {
        Initializer.positive("xavier gain", gain);
    }

    @Override
    public InitKind kind() {
        return InitKind.XAVIER_NORMAL;
    }

    @Override
    public double parameter() {
        return gain;
    }

    @Override
    public void fill(R064Store target, Fans fans, Random rng) {
        Initializer.requireShape(target, fans);
        Initializer.fillNormal(target, gain * Math.sqrt(2.0 / (fans.in() + fans.out())), rng);
    }
}
