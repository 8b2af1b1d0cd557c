package org.rnnlab.cell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.Random;
import java.util.function.Consumer;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The Vector API loops ({@link VectorStepLoops}) give the bits of the scalar loops ({@link StepLoops})
 * for every unit count, whole vectors and tails, on inputs that include signed zeros, ±1 and
 * values where {@code 1 − x²} cancels.
 */
class StepLoopsTest {

    private static final int ARRAYS = 12, LENGTH = 4 * 67 + 16;

    @ParameterizedTest(name = "H = {0}")
    @ValueSource(ints = {1, 3, 8, 13, 32, 67})
    void vectorLoopsGiveTheScalarLoopsBits(int h) {
        assumeTrue(StepLoops.VECTOR, "no Vector API in this JVM");
        int o = 5; // an offset that is not a multiple of the vector length
        same(h, a -> StepLoops.add(a[0], o, a[1], 1, a[2], 2, 0, h), a -> VectorStepLoops.add(a[0], o, a[1], 1, a[2], 2, h));
        same(h, a -> StepLoops.mul(a[0], o, a[1], 1, a[2], 2, 0, h), a -> VectorStepLoops.mul(a[0], o, a[1], 1, a[2], 2, h));
        int next = 1 + LENGTH / 2; // c_{t-1} and c_t in one array, apart as in the cell's store
        same(h, a -> StepLoops.lstmCell(a[0], o, a[1], 1, next, h, 0, h),
                a -> VectorStepLoops.lstmCell(a[0], o, a[1], 1, next, h));
        same(h, a -> StepLoops.lstmDh(a[0], o, a[1], a[2], 2, a[3], 3, a[4], a[5], 4, 0, h),
                a -> VectorStepLoops.lstmDh(a[0], o, a[1], a[2], 2, a[3], 3, a[4], a[5], 4, h));
        same(h, a -> StepLoops.lstmDz(a[0], o, a[1], 1, a[2], 2, a[3], a[4], a[5], 4, a[6], h, 0, h),
                a -> VectorStepLoops.lstmDz(a[0], o, a[1], 1, a[2], 2, a[3], a[4], a[5], 4, a[6], h));
        same(h, a -> StepLoops.gruCandidate(a[0], a[1], o, h, 0, h), a -> VectorStepLoops.gruCandidate(a[0], a[1], o, h));
        same(h, a -> StepLoops.gruHidden(a[0], o, a[1], 1, next, h, 0, h),
                a -> VectorStepLoops.gruHidden(a[0], o, a[1], 1, next, h));
        same(h, a -> StepLoops.gruBackward(a[0], a[1], o, a[2], 2, a[3], 3, a[4], a[5], 4, a[6], a[7], h, 0, h),
                a -> VectorStepLoops.gruBackward(a[0], a[1], o, a[2], 2, a[3], 3, a[4], a[5], 4, a[6], a[7], h));
    }

    /** Runs both forms on equal copies of random arrays and compares every element's bits. */
    private static void same(int h, Consumer<double[][]> scalar, Consumer<double[][]> vector) {
        double[][] a = arrays(h), b = copy(a);
        scalar.accept(a);
        vector.accept(b);
        for (int k = 0; k < ARRAYS; k++) {
            for (int i = 0; i < LENGTH; i++) {
                assertEquals(Double.doubleToRawLongBits(a[k][i]), Double.doubleToRawLongBits(b[k][i]),
                        "H = " + h + ", array " + k + ", element " + i + ": " + a[k][i] + " against " + b[k][i]);
            }
        }
    }

    private static double[][] arrays(int h) {
        Random rng = new Random(h);
        double[] special = {0.0, -0.0, 1.0, -1.0, 1.0 - 1e-9, 0.5, 1e-300};
        double[][] a = new double[ARRAYS][LENGTH];
        for (double[] x : a) {
            for (int i = 0; i < LENGTH; i++) {
                x[i] = rng.nextInt(8) == 0 ? special[rng.nextInt(special.length)] : rng.nextGaussian();
            }
        }
        return a;
    }

    private static double[][] copy(double[][] a) {
        double[][] b = new double[a.length][];
        for (int k = 0; k < a.length; k++) {
            b[k] = a[k].clone();
        }
        return b;
    }
}
