package org.rnnlab.tensor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.ojalgo.matrix.store.R064Store;

/**
 * Both product kernels against a naive triple loop: every transpose combination, β ∈ {0, 1, 0.5},
 * whole stores and offset column blocks, on shapes down to 1×1; and the shape checks of
 * {@link MatMul#gemm}.
 */
class MatMulTest {

    static Stream<Arguments> kernels() {
        return Stream.of(Arguments.of(new JavaMatMul()), Arguments.of(new OjAlgoMatMul()));
    }

    /** m, n, k triples: degenerate ones, then random ones up to 9 (past the 4-column unrolling). */
    private static List<int[]> shapes() {
        List<int[]> shapes = new ArrayList<>(List.of(new int[] {1, 1, 1}, new int[] {1, 7, 3}, new int[] {7, 1, 3},
                new int[] {1, 1, 6}, new int[] {5, 6, 1}, new int[] {4, 4, 4}, new int[] {8, 9, 5}, new int[] {33, 35, 34}));
        Random rng = new Random(17);
        for (int i = 0; i < 12; i++) {
            shapes.add(new int[] {1 + rng.nextInt(9), 1 + rng.nextInt(9), 1 + rng.nextInt(9)});
        }
        return shapes;
    }

    /** A {@code rows × cols} block at columns [before, before + cols) of a store with random content. */
    private static Block randomBlock(Random rng, int rows, int cols, int before, int after) {
        R064Store s = R064Store.FACTORY.make(rows, before + cols + after);
        for (int i = 0; i < s.data.length; i++) {
            s.data[i] = rng.nextGaussian();
        }
        return Block.columns(s, before, cols);
    }

    /** op(X)(i, j). */
    private static double op(Block x, boolean trans, int i, int j) {
        return trans ? x.get(j, i) : x.get(i, j);
    }

    @ParameterizedTest
    @MethodSource("kernels")
    void gemm_agreesWithANaiveTripleLoop_forEveryTransposeBetaAndOffset(MatMul mm) {
        Random rng = new Random(3);
        int cases = 0;
        for (int[] shape : shapes()) {
            int m = shape[0], n = shape[1], k = shape[2];
            for (int flags = 0; flags < 4; flags++) {
                boolean ta = (flags & 1) != 0, tb = (flags & 2) != 0;
                for (double beta : new double[] {0.0, 1.0, 0.5}) {
                    for (boolean offset : new boolean[] {false, true}) {
                        int before = offset ? 2 : 0, after = offset ? 1 : 0;
                        Block a = randomBlock(rng, ta ? k : m, ta ? m : k, before, after);
                        Block b = randomBlock(rng, tb ? n : k, tb ? k : n, offset ? 1 : 0, after);
                        Block c = randomBlock(rng, m, n, before, after + 1);
                        double[] cBefore = c.data().clone();
                        mm.gemm(ta, a, tb, b, beta, c);
                        String what = mm.name() + " " + m + "x" + n + "x" + k + (ta ? " Aᵀ" : " A") + (tb ? "·Bᵀ" : "·B")
                                + " beta " + beta + (offset ? " offset" : "");
                        for (int i = 0; i < m; i++) {
                            for (int j = 0; j < n; j++) {
                                double sum = 0.0, magnitude = 0.0;
                                for (int p = 0; p < k; p++) {
                                    double t = op(a, ta, i, p) * op(b, tb, p, j);
                                    sum += t;
                                    magnitude += Math.abs(t);
                                }
                                double old = cBefore[c.offset() + i + j * m];
                                double expected = sum + (beta == 0.0 ? 0.0 : beta * old);
                                assertEquals(expected, c.get(i, j), 1e-14 * (magnitude + Math.abs(old)) + 1e-300,
                                        what + " at (" + i + ", " + j + ")");
                            }
                        }
                        for (int e = 0; e < cBefore.length; e++) {
                            if (e < c.offset() || e >= c.offset() + c.size()) {
                                assertEquals(cBefore[e], c.data()[e], 0.0, what + ": wrote outside the target block at " + e);
                            }
                        }
                        cases++;
                    }
                }
            }
        }
        assertEquals(shapes().size() * 4 * 3 * 2, cases);
    }

    @ParameterizedTest
    @MethodSource("kernels")
    void gemm_withBetaZero_overwritesATargetHoldingNaN(MatMul mm) {
        R064Store as = R064Store.FACTORY.make(2, 2), bs = R064Store.FACTORY.make(2, 1);
        System.arraycopy(new double[] {1, 3, 2, 4}, 0, as.data, 0, 4); // (1 2; 3 4), column-major
        System.arraycopy(new double[] {5, 6}, 0, bs.data, 0, 2);
        Block a = Block.of(as), b = Block.of(bs);
        R064Store c = R064Store.FACTORY.make(2, 1);
        c.data[0] = Double.NaN;
        c.data[1] = Double.POSITIVE_INFINITY;
        mm.gemm(false, a, false, b, 0.0, Block.of(c));
        assertEquals(17.0, c.data[0], 0.0);
        assertEquals(39.0, c.data[1], 0.0);
    }

    @ParameterizedTest
    @MethodSource("kernels")
    void gemm_isRepeatableWithTheSameKernel_reusingItsScratch(MatMul mm) {
        Random rng = new Random(4);
        Block a = randomBlock(rng, 5, 3, 1, 0), b = randomBlock(rng, 5, 4, 0, 2);
        Block c1 = Block.of(R064Store.FACTORY.make(3, 4)), c2 = Block.of(R064Store.FACTORY.make(3, 4));
        mm.gemm(true, a, false, b, 0.0, c1);
        mm.gemm(false, randomBlock(rng, 2, 2, 0, 0), true, randomBlock(rng, 2, 2, 1, 1), 0.0,
                Block.of(R064Store.FACTORY.make(2, 2)));
        mm.gemm(true, a, false, b, 0.0, c2);
        assertEquals(java.util.Arrays.toString(c1.data()), java.util.Arrays.toString(c2.data()));
    }

    @Test
    void gemm_rejectsMismatchedShapes_namingThem() {
        MatMul mm = new JavaMatMul();
        Block a = Block.of(R064Store.FACTORY.make(2, 3));
        Block b = Block.of(R064Store.FACTORY.make(4, 5));
        Block c = Block.of(R064Store.FACTORY.make(2, 5));
        IllegalArgumentException inner = assertThrows(IllegalArgumentException.class, () -> mm.gemm(false, a, false, b, 0.0, c));
        assertEquals("gemm: 2x3 times 4x5 into 2x5", inner.getMessage());

        Block b2 = Block.of(R064Store.FACTORY.make(3, 5));
        Block wrongC = Block.of(R064Store.FACTORY.make(5, 2));
        IllegalArgumentException target = assertThrows(IllegalArgumentException.class,
                () -> new OjAlgoMatMul().gemm(false, a, false, b2, 1.0, wrongC));
        assertEquals("gemm: 2x3 times 3x5 into 5x2", target.getMessage());

        IllegalArgumentException transposed = assertThrows(IllegalArgumentException.class,
                () -> mm.gemm(true, a, true, b, 0.0, c));
        assertEquals("gemm: 3x2 (transposed) times 5x4 (transposed) into 2x5", transposed.getMessage());
    }

    @Test
    void gemm_rejectsATargetThatSharesMemoryWithAnOperand() {
        R064Store s = R064Store.FACTORY.make(2, 4);
        Block a = Block.columns(s, 0, 2), c = Block.columns(s, 2, 2);
        Block b = Block.of(R064Store.FACTORY.make(2, 2));
        for (MatMul mm : new MatMul[] {new JavaMatMul(), new OjAlgoMatMul()}) {
            IllegalArgumentException left = assertThrows(IllegalArgumentException.class, () -> mm.gemm(false, a, false, b, 0.0, c));
            assertEquals("gemm: the target must not share memory with an operand", left.getMessage());
            IllegalArgumentException right = assertThrows(IllegalArgumentException.class, () -> mm.gemm(false, b, false, a, 0.0, c));
            assertEquals("gemm: the target must not share memory with an operand", right.getMessage());
        }
    }

    @Test
    void defaultKernel_isOpenBlasWhereItLoads_elseOjAlgo() {
        assertEquals(OpenBlasMatMul.isAvailable() ? "openblas" : "ojalgo", MatMul.defaultKernel().name());
        assertEquals("java", new JavaMatMul().name());
    }
}
