package org.rnnlab.init;

import java.util.Arrays;
import java.util.Random;

import org.ojalgo.matrix.store.R064Store;

/**
 * {@code scale·I}: the recurrent weights of the IRNN (Le, Jaitly and Hinton 2015), where a ReLU
 * network starts by copying its state forward unchanged. A non-square block gets ones on its
 * leading diagonal, as {@code torch.nn.init.eye_} does. Draws nothing from the generator.
 */
public record ScaledIdentity(double scale) implements Initializer {

    public ScaledIdentity {
        Initializer.positive("identity scale", scale);
    }

    @Override
    public InitKind kind() {
        return InitKind.IDENTITY;
    }

    @Override
    public double parameter() {
        return scale;
    }

    @Override
    public void fill(R064Store target, Fans fans, Random rng) {
        Initializer.requireShape(target, fans);
        Arrays.fill(target.data, 0.0);
        for (int i = 0; i < Math.min(fans.out(), fans.in()); i++) {
            target.set(i, i, scale);
        }
    }
}
