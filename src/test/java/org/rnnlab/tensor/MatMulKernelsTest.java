package org.rnnlab.tensor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.ojalgo.matrix.store.R064Store;

/** Every kernel computes the same products as a naive triple loop, on column blocks with offsets. */
class MatMulKernelsTest {

    static final int[][] SHAPES = {{1, 1, 1}, {3, 1, 5}, {1, 7, 4}, {5, 4, 1}, {7, 6, 9}, {33, 17, 64}, {128, 32, 512},
        // the Vector API kernel's tiles and remainders (4x4, 4x2, 4x1 and single vectors of rows; many columns at small k)
        {8, 3, 5}, {32, 6, 11}, {40, 5, 64}, {64, 2, 300}, {96, 70, 4}, {16, 1, 7}, {512, 64, 3}};

    @ParameterizedTest
    @ValueSource(strings = {"openblas", "ojalgo", "java"})
    void everyTransposeAndBeta_matchesNaiveProduct_onOffsetBlocks(String name) {
        MatMul mm = Kernels.byName(name);
        assertEquals(name, mm.name());
        Random rng = new Random(5);
        for (int[] s : SHAPES) {
            int m = s[0], n = s[1], k = s[2];
            for (boolean ta : new boolean[] {false, true}) {
                for (boolean tb : new boolean[] {false, true}) {
                    for (double beta : new double[] {0.0, 1.0}) {
                        Block a = randomBlock(ta ? k : m, ta ? m : k, rng);
                        Block b = randomBlock(tb ? n : k, tb ? k : n, rng);
                        Block c = randomBlock(m, n, rng);
                        double[] expected = naive(ta, a, tb, b, beta, c);
                        mm.gemm(ta, a, tb, b, beta, c);
                        for (int j = 0; j < n; j++) {
                            for (int i = 0; i < m; i++) {
                                double e = expected[i + j * m];
                                assertEquals(e, c.get(i, j), 1e-12 * (1 + Math.abs(e)),
                                        name + " " + m + "x" + n + "x" + k + " ta=" + ta + " tb=" + tb + " beta=" + beta);
                            }
                        }
                    }
                }
            }
        }
    }

    @Test
    void blocksOutsideTheProduct_areLeftUntouched() {
        R064Store big = R064Store.FACTORY.make(4, 9);
        java.util.Arrays.fill(big.data, 7.0);
        Block c = Block.columns(big, 3, 3);
        Block a = randomBlock(4, 2, new Random(1));
        Block b = randomBlock(2, 3, new Random(2));
        new OpenBlasMatMul().gemm(false, a, false, b, 0.0, c);
        for (int i = 0; i < 12; i++) {
            assertEquals(7.0, big.data[i]);
            assertEquals(7.0, big.data[24 + i]);
        }
    }

    @Test
    void defaultKernel_isOpenBlasHere_andThePropertyOverridesIt() {
        assertTrue(OpenBlasMatMul.isAvailable(), "OpenBLAS did not load: " + OpenBlasMatMul.unavailableReason());
        String old = System.getProperty(Kernels.PROPERTY);
        try {
            System.clearProperty(Kernels.PROPERTY);
            assertInstanceOf(OpenBlasMatMul.class, MatMul.defaultKernel());
            System.setProperty(Kernels.PROPERTY, "ojalgo");
            assertInstanceOf(OjAlgoMatMul.class, MatMul.defaultKernel());
        } finally {
            if (old == null) {
                System.clearProperty(Kernels.PROPERTY);
            } else {
                System.setProperty(Kernels.PROPERTY, old);
            }
        }
    }

    @Test
    void unknownKernel_isRejectedWithTheChoices() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Kernels.byName("mkl"));
        assertEquals("unknown kernel 'mkl'; expected one of openblas, ojalgo, java", e.getMessage());
    }

    /** A block in the middle of a wider store, so that offsets matter. */
    static Block randomBlock(int rows, int cols, Random rng) {
        R064Store s = R064Store.FACTORY.make(rows, cols + 3L);
        for (int i = 0; i < s.data.length; i++) {
            s.data[i] = rng.nextGaussian();
        }
        return Block.columns(s, 2, cols);
    }

    private static double[] naive(boolean ta, Block a, boolean tb, Block b, double beta, Block c) {
        int m = c.rows(), n = c.cols(), k = ta ? a.rows() : a.cols();
        double[] out = new double[m * n];
        for (int j = 0; j < n; j++) {
            for (int i = 0; i < m; i++) {
                double s = beta * c.get(i, j);
                for (int p = 0; p < k; p++) {
                    s += (ta ? a.get(p, i) : a.get(i, p)) * (tb ? b.get(j, p) : b.get(p, j));
                }
                out[i + j * m] = s;
            }
        }
        return out;
    }
}
