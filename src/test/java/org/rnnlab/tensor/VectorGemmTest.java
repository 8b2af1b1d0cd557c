package org.rnnlab.tensor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.junit.jupiter.api.Test;
import org.ojalgo.matrix.store.R064Store;

/**
 * The small-product kernel's contract, bit for bit: every element of C is {@code β·c} followed by
 * one fused multiply-add per inner index in ascending order, whichever tile or remainder computes it.
 */
class VectorGemmTest {

    /** Row counts in whole vectors of 1–5 vectors and column counts that leave every remainder of the 4-, 6- and 2-column tiles. */
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
                        for (double beta : new double[] {0.0, 1.0}) {
                            Block a = random(m, k, rng), b = tb ? random(n, k, rng) : random(k, n, rng);
                            Block c = random(m, n, rng);
                            double[] expected = fmaChain(a, tb, b, beta, c);
                            VectorGemm.multiply(tb, m, n, k, a, b, beta, c);
                            for (int j = 0; j < n; j++) {
                                for (int i = 0; i < m; i++) {
                                    assertEquals(Double.doubleToRawLongBits(expected[i + j * m]),
                                            Double.doubleToRawLongBits(c.get(i, j)),
                                            m + "x" + n + "x" + k + " tb=" + tb + " beta=" + beta + " at " + i + "," + j);
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    private static double[] fmaChain(Block a, boolean tb, Block b, double beta, Block c) {
        int m = c.rows(), n = c.cols(), k = a.cols();
        double[] out = new double[m * n];
        for (int j = 0; j < n; j++) {
            for (int i = 0; i < m; i++) {
                double s = beta == 0.0 ? 0.0 : c.get(i, j);
                for (int p = 0; p < k; p++) {
                    s = Math.fma(a.get(i, p), tb ? b.get(j, p) : b.get(p, j), s);
                }
                out[i + j * m] = s;
            }
        }
        return out;
    }

    /** A block in the middle of a wider store, so that offsets matter. */
    private static Block random(int rows, int cols, Random rng) {
        R064Store s = R064Store.FACTORY.make(rows, cols + 3L);
        for (int i = 0; i < s.data.length; i++) {
            s.data[i] = rng.nextGaussian();
        }
        return Block.columns(s, 2, cols);
    }
}
