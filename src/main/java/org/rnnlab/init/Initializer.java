package org.rnnlab.init;

import java.io.Serializable;
import java.util.Random;

import org.ojalgo.matrix.store.R064Store;

/**
 * A seeded weight initialisation. A layer calls {@link #fill} once per gate block, so for an
 * LSTM's {@code 4H × D} input weights each {@code H × D} gate block is drawn as its own matrix with
 * {@code fanIn = D} and {@code fanOut = H} (orthogonal and identity initialisations are per gate,
 * as in Keras and in Le et al. 2015).
 *
 * <p>Every draw comes from the {@link Random} passed in, so the same seed gives the same bits.
 */
public sealed interface Initializer extends Serializable
        permits NormalInit, UniformInit, XavierUniform, XavierNormal, HeUniform, HeNormal, Orthogonal, ScaledIdentity,
        PyTorchDefault {

    /** Which initialisation this is. */
    InitKind kind();

    /** Its parameter (σ, limit, gain or scale), or NaN when it has none. */
    default double parameter() {
        return Double.NaN;
    }

    /** Overwrites {@code target} ({@code fans.out() × fans.in()}) with fresh values. */
    void fill(R064Store target, Fans fans, Random rng);

    /** A readable name with the parameter, e.g. {@code normal(0.1)}. */
    default String label() {
        return Double.isNaN(parameter()) ? kind().id() : kind().id() + "(" + parameter() + ")";
    }

    /**
     * The sizes an initialisation may scale by.
     *
     * @param in     the number of inputs of each output unit (columns of the block)
     * @param out    the number of outputs (rows of the block)
     * @param hidden the layer's hidden size (PyTorch's default bound is 1/√hidden)
     */
    record Fans(int in, int out, int hidden) {
        public Fans {
            if (in < 1 || out < 1 || hidden < 1) {
                throw new IllegalArgumentException("fans must be >= 1, got in=" + in + ", out=" + out + ", hidden=" + hidden);
            }
        }
    }

    /** Fills {@code target} with independent N(0, std²) draws, column by column. */
    static void fillNormal(R064Store target, double std, Random rng) {
        double[] d = target.data;
        for (int i = 0; i < d.length; i++) {
            d[i] = std * rng.nextGaussian();
        }
    }

    /** Fills {@code target} with independent U(−limit, limit) draws, column by column. */
    static void fillUniform(R064Store target, double limit, Random rng) {
        double[] d = target.data;
        for (int i = 0; i < d.length; i++) {
            d[i] = limit * (2.0 * rng.nextDouble() - 1.0);
        }
    }

    /** Throws unless {@code target} is {@code fans.out() × fans.in()}. */
    static void requireShape(R064Store target, Fans fans) {
        if (target.countRows() != fans.out() || target.countColumns() != fans.in()) {
            throw new IllegalArgumentException("initialiser target is " + target.countRows() + "x" + target.countColumns()
                    + ", fans say " + fans.out() + "x" + fans.in());
        }
    }

    /** Throws unless {@code value} is finite and positive. */
    static double positive(String what, double value) {
        if (!(value > 0.0) || !Double.isFinite(value)) {
            throw new IllegalArgumentException(what + " must be > 0, got " + value);
        }
        return value;
    }
}
