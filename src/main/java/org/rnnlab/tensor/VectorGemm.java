package org.rnnlab.tensor;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * {@code C = A·op(B) + β·C}, {@code op(B)} = B or Bᵀ, on the JDK's Vector API, register-blocked: each pass keeps a
 * tile of 4 vectors of rows × 4 columns of C (16 accumulators; 32 × 4 on AVX-512) in registers and
 * runs down the inner dimension, one column of A (4 loads) and four broadcasts of B per step, 16
 * fused multiply-adds. Row tiles of one vector and single columns take the remainders. Rows must
 * come in whole vectors ({@link #fits}).
 *
 * <p>Every element of C is {@code β·c} (β ∈ {0, 1} exactly) followed by one fused multiply-add per
 * inner index in ascending order, in one lane: the same bits on any vector length, and on every
 * run. For the small per-step recurrent products this beats the native call (see
 * {@link OpenBlasMatMul}, which chooses); only loaded with the {@code jdk.incubator.vector} module.
 */
final class VectorGemm {

    private static final VectorSpecies<Double> SPECIES = DoubleVector.SPECIES_PREFERRED;
    static final int LANES = SPECIES.length();
    /**
     * The column added when there is none: x + (−0.0) is x for every x, −0.0 and NaN included.
     * Adding it always, rather than branching, keeps the tiles free of merges of vector values,
     * which the JIT of JDK 17 boxes (on the heap, on every call).
     */
    private static final double[] NO_COLUMN = negativeZeros(OpenBlasMatMul.VECTOR_MAX_ROWS);

    /**
     * Whether the 4 × 4 tile is used: its 16 accumulators, 4 columns of A and a broadcast need 21
     * vector registers, which AVX-512's 32 hold and AVX2's 16 do not (the JIT spilled them on every
     * inner step). With fewer than 8 lanes (taken as AVX2's 16 registers) the columns go in pairs
     * ({@link #tile2x6}: 15 registers, then {@link #tile4x2}: 13, for the columns left). The bits
     * are the same either way: every element's sum runs in the same order.
     */
    private static final boolean FOUR_COLUMNS = LANES >= 8;

    private VectorGemm() {
    }

    /** True when the rows {@code m} come in whole vectors. */
    static boolean fits(int m) {
        return m % LANES == 0;
    }

    /** {@code C = A·op(B) + beta·C}, C m×n, inner size k, on the blocks' arrays (leading dimensions = rows). */
    static void multiply(boolean transB, int m, int n, int k, Block a, Block b, double beta, Block c) {
        multiply(transB, m, n, k, a, b, beta, c, null);
    }

    /**
     * {@code C = A·op(B) + beta·C}, then {@code v[i]} added to row i of every column when v is not
     * null, in the tiles' last step: the same bits as the product followed by the addition.
     */
    static void multiply(boolean transB, int m, int n, int k, Block a, Block b, double beta, Block c, double[] v) {
        JavaMatMul.scale(c, beta);   // then always accumulate: one path, whose vectors the JIT keeps in registers
        double[] A = a.data(), B = b.data(), C = c.data();
        if (v == null) {
            v = NO_COLUMN;
        }
        int ao = a.offset(), bo = b.offset(), co = c.offset(), lda = a.rows(), ldc = c.rows();
        int bp = transB ? b.rows() : 1;     // step in B's array when p increases: op(B)[p, j]
        int bj = transB ? 1 : b.rows();     // ... and when j increases
        int tile = 4 * LANES;
        int j = 0;
        for (; FOUR_COLUMNS && j + 3 < n; j += 4) {
            int i = 0;
            for (; i + tile <= m; i += tile) {
                tile4x4(A, ao + i, lda, B, bo + j * bj, bp, bj, C, co + i + j * ldc, ldc, k, v, i);
            }
            for (; i < m; i += LANES) {
                for (int jj = j; jj < j + 4; jj++) {
                    column(A, ao + i, lda, B, bo + jj * bj, bp, C, co + i + jj * ldc, k, v, i);
                }
            }
        }
        for (; !FOUR_COLUMNS && j + 5 < n; j += 6) {   // AVX2: six columns of two vectors of rows
            int i = 0;
            for (; i + 2 * LANES <= m; i += 2 * LANES) {
                tile2x6(A, ao + i, lda, B, bo + j * bj, bp, bj, C, co + i + j * ldc, ldc, k, v, i);
            }
            for (; i < m; i += LANES) {
                for (int jj = j; jj < j + 6; jj++) {
                    column(A, ao + i, lda, B, bo + jj * bj, bp, C, co + i + jj * ldc, k, v, i);
                }
            }
        }
        for (; j + 1 < n; j += 2) {          // two columns: one pass over A for both
            int i = 0;
            for (; i + tile <= m; i += tile) {
                tile4x2(A, ao + i, lda, B, bo + j * bj, bp, bj, C, co + i + j * ldc, ldc, k, v, i);
            }
            for (; i < m; i += LANES) {
                column(A, ao + i, lda, B, bo + j * bj, bp, C, co + i + j * ldc, k, v, i);
                column(A, ao + i, lda, B, bo + (j + 1) * bj, bp, C, co + i + (j + 1) * ldc, k, v, i);
            }
        }
        for (; j < n; j++) {
            int i = 0;
            for (; i + tile <= m; i += tile) {
                tile4x1(A, ao + i, lda, B, bo + j * bj, bp, C, co + i + j * ldc, k, v, i);
            }
            for (; i < m; i += LANES) {
                column(A, ao + i, lda, B, bo + j * bj, bp, C, co + i + j * ldc, k, v, i);
            }
        }
    }

    /**
     * Two vectors of rows of six columns of C, twelve independent sums, as {@link #tile4x4}: with
     * two columns of A and one broadcast, 15 registers, which AVX2's 16 hold; two loads and six
     * broadcasts feed twelve fused multiply-adds, against four and two for eight in {@link #tile4x2}.
     */
    private static void tile2x6(double[] A, int ai, int lda, double[] B, int bi, int bp, int bj, double[] C, int ci,
            int ldc, int k, double[] v, int vi) {
        int L = LANES, c1 = ci + ldc, c2 = c1 + ldc, c3 = c2 + ldc, c4 = c3 + ldc, c5 = c4 + ldc;
        DoubleVector s00 = DoubleVector.fromArray(SPECIES, C, ci), s10 = DoubleVector.fromArray(SPECIES, C, ci + L);
        DoubleVector s01 = DoubleVector.fromArray(SPECIES, C, c1), s11 = DoubleVector.fromArray(SPECIES, C, c1 + L);
        DoubleVector s02 = DoubleVector.fromArray(SPECIES, C, c2), s12 = DoubleVector.fromArray(SPECIES, C, c2 + L);
        DoubleVector s03 = DoubleVector.fromArray(SPECIES, C, c3), s13 = DoubleVector.fromArray(SPECIES, C, c3 + L);
        DoubleVector s04 = DoubleVector.fromArray(SPECIES, C, c4), s14 = DoubleVector.fromArray(SPECIES, C, c4 + L);
        DoubleVector s05 = DoubleVector.fromArray(SPECIES, C, c5), s15 = DoubleVector.fromArray(SPECIES, C, c5 + L);
        for (int p = 0; p < k; p++) {
            int ap = ai + p * lda, b0 = bi + p * bp;
            DoubleVector a0 = DoubleVector.fromArray(SPECIES, A, ap);
            DoubleVector a1 = DoubleVector.fromArray(SPECIES, A, ap + L);
            DoubleVector b = DoubleVector.broadcast(SPECIES, B[b0]);
            s00 = a0.fma(b, s00);
            s10 = a1.fma(b, s10);
            b = DoubleVector.broadcast(SPECIES, B[b0 + bj]);
            s01 = a0.fma(b, s01);
            s11 = a1.fma(b, s11);
            b = DoubleVector.broadcast(SPECIES, B[b0 + 2 * bj]);
            s02 = a0.fma(b, s02);
            s12 = a1.fma(b, s12);
            b = DoubleVector.broadcast(SPECIES, B[b0 + 3 * bj]);
            s03 = a0.fma(b, s03);
            s13 = a1.fma(b, s13);
            b = DoubleVector.broadcast(SPECIES, B[b0 + 4 * bj]);
            s04 = a0.fma(b, s04);
            s14 = a1.fma(b, s14);
            b = DoubleVector.broadcast(SPECIES, B[b0 + 5 * bj]);
            s05 = a0.fma(b, s05);
            s15 = a1.fma(b, s15);
        }
        // the column v (or −0.0) after the whole sum
        DoubleVector v0 = DoubleVector.fromArray(SPECIES, v, vi);
        DoubleVector v1 = DoubleVector.fromArray(SPECIES, v, vi + L);
        s00 = s00.add(v0);
        s10 = s10.add(v1);
        s01 = s01.add(v0);
        s11 = s11.add(v1);
        s02 = s02.add(v0);
        s12 = s12.add(v1);
        s03 = s03.add(v0);
        s13 = s13.add(v1);
        s04 = s04.add(v0);
        s14 = s14.add(v1);
        s05 = s05.add(v0);
        s15 = s15.add(v1);
        s00.intoArray(C, ci);
        s10.intoArray(C, ci + L);
        s01.intoArray(C, c1);
        s11.intoArray(C, c1 + L);
        s02.intoArray(C, c2);
        s12.intoArray(C, c2 + L);
        s03.intoArray(C, c3);
        s13.intoArray(C, c3 + L);
        s04.intoArray(C, c4);
        s14.intoArray(C, c4 + L);
        s05.intoArray(C, c5);
        s15.intoArray(C, c5 + L);
    }

    /** Four vectors of rows of two columns of C, eight independent sums, as {@link #tile4x4}. */
    private static void tile4x2(double[] A, int ai, int lda, double[] B, int bi, int bp, int bj, double[] C, int ci,
            int ldc, int k, double[] v, int vi) {
        int L = LANES, c1 = ci + ldc;
        DoubleVector s00 = DoubleVector.fromArray(SPECIES, C, ci);
        DoubleVector s10 = DoubleVector.fromArray(SPECIES, C, ci + L);
        DoubleVector s20 = DoubleVector.fromArray(SPECIES, C, ci + 2 * L);
        DoubleVector s30 = DoubleVector.fromArray(SPECIES, C, ci + 3 * L);
        DoubleVector s01 = DoubleVector.fromArray(SPECIES, C, c1);
        DoubleVector s11 = DoubleVector.fromArray(SPECIES, C, c1 + L);
        DoubleVector s21 = DoubleVector.fromArray(SPECIES, C, c1 + 2 * L);
        DoubleVector s31 = DoubleVector.fromArray(SPECIES, C, c1 + 3 * L);
        for (int p = 0; p < k; p++) {
            int ap = ai + p * lda, b0 = bi + p * bp;
            DoubleVector a0 = DoubleVector.fromArray(SPECIES, A, ap);
            DoubleVector a1 = DoubleVector.fromArray(SPECIES, A, ap + L);
            DoubleVector a2 = DoubleVector.fromArray(SPECIES, A, ap + 2 * L);
            DoubleVector a3 = DoubleVector.fromArray(SPECIES, A, ap + 3 * L);
            DoubleVector b = DoubleVector.broadcast(SPECIES, B[b0]);
            s00 = a0.fma(b, s00);
            s10 = a1.fma(b, s10);
            s20 = a2.fma(b, s20);
            s30 = a3.fma(b, s30);
            b = DoubleVector.broadcast(SPECIES, B[b0 + bj]);
            s01 = a0.fma(b, s01);
            s11 = a1.fma(b, s11);
            s21 = a2.fma(b, s21);
            s31 = a3.fma(b, s31);
        }
        // the column v (or −0.0) after the whole sum
        DoubleVector v0 = DoubleVector.fromArray(SPECIES, v, vi);
        DoubleVector v1 = DoubleVector.fromArray(SPECIES, v, vi + L);
        DoubleVector v2 = DoubleVector.fromArray(SPECIES, v, vi + 2 * L);
        DoubleVector v3 = DoubleVector.fromArray(SPECIES, v, vi + 3 * L);
        s00 = s00.add(v0);
        s10 = s10.add(v1);
        s20 = s20.add(v2);
        s30 = s30.add(v3);
        s01 = s01.add(v0);
        s11 = s11.add(v1);
        s21 = s21.add(v2);
        s31 = s31.add(v3);
        s00.intoArray(C, ci);
        s10.intoArray(C, ci + L);
        s20.intoArray(C, ci + 2 * L);
        s30.intoArray(C, ci + 3 * L);
        s01.intoArray(C, c1);
        s11.intoArray(C, c1 + L);
        s21.intoArray(C, c1 + 2 * L);
        s31.intoArray(C, c1 + 3 * L);
    }

    /** Four vectors of rows of one column of C, four independent sums: {@code C[i.., j] (+)= Σ_p A[i.., p]·op(B)[p, j]}. */
    private static void tile4x1(double[] A, int ai, int lda, double[] B, int bi, int bp, double[] C, int ci, int k,
            double[] v, int vi) {
        int L = LANES;
        DoubleVector s0 = DoubleVector.fromArray(SPECIES, C, ci);
        DoubleVector s1 = DoubleVector.fromArray(SPECIES, C, ci + L);
        DoubleVector s2 = DoubleVector.fromArray(SPECIES, C, ci + 2 * L);
        DoubleVector s3 = DoubleVector.fromArray(SPECIES, C, ci + 3 * L);
        for (int p = 0; p < k; p++) {
            int ap = ai + p * lda;
            DoubleVector b = DoubleVector.broadcast(SPECIES, B[bi + p * bp]);
            s0 = DoubleVector.fromArray(SPECIES, A, ap).fma(b, s0);
            s1 = DoubleVector.fromArray(SPECIES, A, ap + L).fma(b, s1);
            s2 = DoubleVector.fromArray(SPECIES, A, ap + 2 * L).fma(b, s2);
            s3 = DoubleVector.fromArray(SPECIES, A, ap + 3 * L).fma(b, s3);
        }
        // the column v (or −0.0) after the whole sum
        DoubleVector v0 = DoubleVector.fromArray(SPECIES, v, vi);
        DoubleVector v1 = DoubleVector.fromArray(SPECIES, v, vi + L);
        DoubleVector v2 = DoubleVector.fromArray(SPECIES, v, vi + 2 * L);
        DoubleVector v3 = DoubleVector.fromArray(SPECIES, v, vi + 3 * L);
        s0 = s0.add(v0);
        s1 = s1.add(v1);
        s2 = s2.add(v2);
        s3 = s3.add(v3);
        s0.intoArray(C, ci);
        s1.intoArray(C, ci + L);
        s2.intoArray(C, ci + 2 * L);
        s3.intoArray(C, ci + 3 * L);
    }

    /**
     * The 4-vector × 4-column tile of C at {@code ci}: {@code C[:, 0..3] (+)= Σ_p A[:, p]·op(B)[p, 0..3]},
     * {@code op(B)[p, j]} at {@code B[bi + p·bp + j·bj]}.
     */
    private static void tile4x4(double[] A, int ai, int lda, double[] B, int bi, int bp, int bj, double[] C, int ci,
            int ldc, int k, double[] v, int vi) {
        int L = LANES, c1 = ci + ldc, c2 = c1 + ldc, c3 = c2 + ldc;
        DoubleVector s00 = DoubleVector.fromArray(SPECIES, C, ci);
        DoubleVector s10 = DoubleVector.fromArray(SPECIES, C, ci + L);
        DoubleVector s20 = DoubleVector.fromArray(SPECIES, C, ci + 2 * L);
        DoubleVector s30 = DoubleVector.fromArray(SPECIES, C, ci + 3 * L);
        DoubleVector s01 = DoubleVector.fromArray(SPECIES, C, c1);
        DoubleVector s11 = DoubleVector.fromArray(SPECIES, C, c1 + L);
        DoubleVector s21 = DoubleVector.fromArray(SPECIES, C, c1 + 2 * L);
        DoubleVector s31 = DoubleVector.fromArray(SPECIES, C, c1 + 3 * L);
        DoubleVector s02 = DoubleVector.fromArray(SPECIES, C, c2);
        DoubleVector s12 = DoubleVector.fromArray(SPECIES, C, c2 + L);
        DoubleVector s22 = DoubleVector.fromArray(SPECIES, C, c2 + 2 * L);
        DoubleVector s32 = DoubleVector.fromArray(SPECIES, C, c2 + 3 * L);
        DoubleVector s03 = DoubleVector.fromArray(SPECIES, C, c3);
        DoubleVector s13 = DoubleVector.fromArray(SPECIES, C, c3 + L);
        DoubleVector s23 = DoubleVector.fromArray(SPECIES, C, c3 + 2 * L);
        DoubleVector s33 = DoubleVector.fromArray(SPECIES, C, c3 + 3 * L);
        for (int p = 0; p < k; p++) {
            int ap = ai + p * lda, b0 = bi + p * bp;
            DoubleVector a0 = DoubleVector.fromArray(SPECIES, A, ap);
            DoubleVector a1 = DoubleVector.fromArray(SPECIES, A, ap + L);
            DoubleVector a2 = DoubleVector.fromArray(SPECIES, A, ap + 2 * L);
            DoubleVector a3 = DoubleVector.fromArray(SPECIES, A, ap + 3 * L);
            DoubleVector b = DoubleVector.broadcast(SPECIES, B[b0]);
            s00 = a0.fma(b, s00);
            s10 = a1.fma(b, s10);
            s20 = a2.fma(b, s20);
            s30 = a3.fma(b, s30);
            b = DoubleVector.broadcast(SPECIES, B[b0 + bj]);
            s01 = a0.fma(b, s01);
            s11 = a1.fma(b, s11);
            s21 = a2.fma(b, s21);
            s31 = a3.fma(b, s31);
            b = DoubleVector.broadcast(SPECIES, B[b0 + 2 * bj]);
            s02 = a0.fma(b, s02);
            s12 = a1.fma(b, s12);
            s22 = a2.fma(b, s22);
            s32 = a3.fma(b, s32);
            b = DoubleVector.broadcast(SPECIES, B[b0 + 3 * bj]);
            s03 = a0.fma(b, s03);
            s13 = a1.fma(b, s13);
            s23 = a2.fma(b, s23);
            s33 = a3.fma(b, s33);
        }
        // the column v (or −0.0) after the whole sum
        DoubleVector v0 = DoubleVector.fromArray(SPECIES, v, vi);
        DoubleVector v1 = DoubleVector.fromArray(SPECIES, v, vi + L);
        DoubleVector v2 = DoubleVector.fromArray(SPECIES, v, vi + 2 * L);
        DoubleVector v3 = DoubleVector.fromArray(SPECIES, v, vi + 3 * L);
        s00 = s00.add(v0);
        s10 = s10.add(v1);
        s20 = s20.add(v2);
        s30 = s30.add(v3);
        s01 = s01.add(v0);
        s11 = s11.add(v1);
        s21 = s21.add(v2);
        s31 = s31.add(v3);
        s02 = s02.add(v0);
        s12 = s12.add(v1);
        s22 = s22.add(v2);
        s32 = s32.add(v3);
        s03 = s03.add(v0);
        s13 = s13.add(v1);
        s23 = s23.add(v2);
        s33 = s33.add(v3);
        s00.intoArray(C, ci);
        s10.intoArray(C, ci + L);
        s20.intoArray(C, ci + 2 * L);
        s30.intoArray(C, ci + 3 * L);
        s01.intoArray(C, c1);
        s11.intoArray(C, c1 + L);
        s21.intoArray(C, c1 + 2 * L);
        s31.intoArray(C, c1 + 3 * L);
        s02.intoArray(C, c2);
        s12.intoArray(C, c2 + L);
        s22.intoArray(C, c2 + 2 * L);
        s32.intoArray(C, c2 + 3 * L);
        s03.intoArray(C, c3);
        s13.intoArray(C, c3 + L);
        s23.intoArray(C, c3 + 2 * L);
        s33.intoArray(C, c3 + 3 * L);
    }

    /** One vector of rows of one column of C: {@code C[i.., j] (+)= Σ_p A[i.., p]·op(B)[p, j]}, at {@code B[bi + p·bp]}. */
    private static void column(double[] A, int ai, int lda, double[] B, int bi, int bp, double[] C, int ci, int k,
            double[] v, int vi) {
        DoubleVector s = DoubleVector.fromArray(SPECIES, C, ci);
        for (int p = 0; p < k; p++) {
            s = DoubleVector.fromArray(SPECIES, A, ai + p * lda).fma(DoubleVector.broadcast(SPECIES, B[bi + p * bp]), s);
        }
        // the column v (or −0.0) after the whole sum
        DoubleVector v0 = DoubleVector.fromArray(SPECIES, v, vi);
        s = s.add(v0);
        s.intoArray(C, ci);
    }

    private static double[] negativeZeros(int n) {
        double[] z = new double[n];
        java.util.Arrays.fill(z, -0.0);
        return z;
    }
}
