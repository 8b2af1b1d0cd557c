package org.rnnlab.init;

import java.util.Random;

import org.ojalgo.matrix.store.R064Store;

/** Glorot and Bengio (2010): U(−a, a) with a = gain·√(6/(fanIn + fanOut)), keeping activation variance across layers. */
public record XavierUniform(double gain) implements Initializer {
    public XavierUniform {
        Initializer.positive("xavier gain", gain);
    }

    @Override
    public InitKind kind() {
        return InitKind.XAVIER_UNIFORM;
    }

    @Override
    public double parameter() {
        return gain;
    }

    @Override
    public void fill(R064Store target, Fans fans, Random rng) {
        Initializer.requireShape(target, fans);
        Initializer.fillUniform(target, gain * Math.sqrt(6.0 / (fans.in() + fans.out())), rng);
    }
}
