package org.rnnlab.activation;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * The array forms of {@link Gates} on the JDK's Vector API: eight doubles at a time on AVX-512,
 * with the JDK's vectorised {@code exp} and {@code tanh} (SVML on x86), within 2 ulps of
 * {@code Math.exp}/{@code StrictMath.tanh} on the tested inputs. About 1 ns per sigmoid and 2 ns
 * per tanh on one core here, against 5 ns for the scalar loops.
 *
 * <p>Only loaded when the JVM runs with {@code --add-modules jdk.incubator.vector} (the launcher
 * and the test configuration do); {@link Gates} falls back to its scalar loops otherwise.
 */
final class VectorGates {

    private static final VectorSpecies<Double> SPECIES = DoubleVector.SPECIES_PREFERRED;

    private VectorGates() {
    }

    /** {@code y[yo..yo+n) = 1/(1+exp(-x[xo..xo+n)))}; may work in place. */
    static void sigmoid(double[] x, int xo, double[] y, int yo, int n) {
        int i = 0;
        for (int end = SPECIES.loopBound(n); i < end; i += SPECIES.length()) {
            DoubleVector e = DoubleVector.fromArray(SPECIES, x, xo + i).neg().lanewise(VectorOperators.EXP);
            DoubleVector.broadcast(SPECIES, 1.0).div(e.add(1.0)).intoArray(y, yo + i);
        }
        for (; i < n; i++) {
            y[yo + i] = Gates.sigmoid(x[xo + i]);
        }
    }

    /** {@code y[yo..yo+n) = tanh(x[xo..xo+n))}; may work in place. */
    static void tanh(double[] x, int xo, double[] y, int yo, int n) {
        int i = 0;
        for (int end = SPECIES.loopBound(n); i < end; i += SPECIES.length()) {
            DoubleVector.fromArray(SPECIES, x, xo + i).lanewise(VectorOperators.TANH).intoArray(y, yo + i);
        }
        for (; i < n; i++) {
            y[yo + i] = Gates.tanh(x[xo + i]);
        }
    }
}
