package org.rnnlab.tensor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.junit.jupiter.api.Test;
import org.ojalgo.matrix.store.R064Store;

/**
 * The small-product kernel's contract, bit for bit: every element of C is {@code β·c} followed by
 * one fused multiply-add per inner index in ascending order, whichever tile or remainder computes it.
 */
class VectorGemmTest {

    /**
     * Row counts of 1–5 vectors and column counts that leave every remainder of the 4-, 6- and
     * 2-column tiles; beta 0 on a C full of other numbers (never read) and beta 1; with and without
     * a column added after the sum.
     */
    @Test
    void everyTileAndRemainder_givesTheBitsOfOneFusedMultiplyAddChainPerElement() {
        assertTrue(VectorApi.present(), "the test JVM runs the Vector API");
        int lanes = VectorGemm.LANES;
        Random rng = new Random(11);
        for (int vectors = 1; vectors <= 5; vectors++) {
            int m = vectors * lanes;
            for (int n = 1; n <= 15; n++) {
                for (int k : new int[] {1, 2, 7, 33}) {
                    for (boolean tb : new boolean[] {false, true}) {
                        for (int run = 0; run < 4; run++) {
                            double beta = run % 2;
                            double[] v = run < 2 ? null : rng.doubles(m).toArray();
                            Block a = MatMulKernelsTest.randomBlock(m, k, rng), b = tb ? MatMulKernelsTest.randomBlock(n, k, rng) : MatMulKernelsTest.randomBlock(k, n, rng);
                            Block c = MatMulKernelsTest.randomBlock(m, n, rng);
                            double[] expected = fmaChain(a, tb, b, beta, c, v);
                            VectorGemm.multiply(tb, m, n, k, a, b, beta, c, v);
                            for (int j = 0; j < n; j++) {
                                for (int i = 0; i < m; i++) {
                                    assertEquals(Double.doubleToRawLongBits(expected[i + j * m]),
                                            Double.doubleToRawLongBits(c.get(i, j)),
                                            m + "x" + n + "x" + k + " tb=" + tb + " beta=" + beta + " v=" + (v != null) + " at " + i + "," + j);
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    @Test
    void gemmPlusColumn_onTheVectorKernel_givesTheBitsOfTheProductFollowedByTheAddition() {
        Random rng = new Random(3);
        MatMul fused = new OpenBlasMatMul();
        MatMul plain = new MatMul() {   // the interface's own gemmPlusColumn: product, then a loop
            @Override
            public String name() {
                return "plain";
            }

            @Override
            public void multiply(boolean transA, boolean transB, int m, int n, int k, Block a, Block b, double beta,
                    Block c) {
                fused.multiply(transA, transB, m, n, k, a, b, beta, c);
            }
        };
        for (int[] s : new int[][] {{128, 32, 32}, {32, 7, 2}, {4 * VectorGemm.LANES, 13, 5}, {12, 3, 9}}) {
            int m = s[0], n = s[1], k = s[2];
            for (double beta : new double[] {0.0, 1.0}) {
                Block a = MatMulKernelsTest.randomBlock(m, k, rng), b = MatMulKernelsTest.randomBlock(k, n, rng), c = MatMulKernelsTest.randomBlock(m, n, rng);
                Block c2 = Block.of(R064Store.FACTORY.copy(c.store()));
                Block c2cols = Block.columns(c2.store(), 2, n);
                double[] v = rng.doubles(m).toArray();
                fused.gemmPlusColumn(a, b, beta, v, c);
                plain.gemmPlusColumn(a, b, beta, v, c2cols);
                for (int j = 0; j < n; j++) {
                    for (int i = 0; i < m; i++) {
                        assertEquals(Double.doubleToRawLongBits(c2cols.get(i, j)), Double.doubleToRawLongBits(c.get(i, j)),
                                m + "x" + n + "x" + k + " beta=" + beta + " at " + i + "," + j);
                    }
                }
            }
        }
        Block a = MatMulKernelsTest.randomBlock(8, 3, rng), b = MatMulKernelsTest.randomBlock(3, 2, rng), c = MatMulKernelsTest.randomBlock(8, 2, rng);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> fused.gemmPlusColumn(a, b, 1.0, new double[7], c));
        assertEquals("gemmPlusColumn: a vector of 7 for 8 rows", e.getMessage());
    }

    private static double[] fmaChain(Block a, boolean tb, Block b, double beta, Block c, double[] v) {
        int m = c.rows(), n = c.cols(), k = a.cols();
        double[] out = new double[m * n];
        for (int j = 0; j < n; j++) {
            for (int i = 0; i < m; i++) {
                double s = beta == 0.0 ? 0.0 : c.get(i, j);
                for (int p = 0; p < k; p++) {
                    s = Math.fma(a.get(i, p), tb ? b.get(j, p) : b.get(p, j), s);
                }
                out[i + j * m] = v == null ? s : s + v[i];
            }
        }
        return out;
    }
}
