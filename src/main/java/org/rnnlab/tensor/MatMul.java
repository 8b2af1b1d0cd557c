package org.rnnlab.tensor;

/**
 * The one interface through which every matrix product runs:
 * {@code C = op(A) · op(B) + β·C} on column-major blocks, where {@code op(X)} is {@code X} or
 * {@code Xᵀ}. This is BLAS {@code dgemm} with α = 1, so a native BLAS, a pure-Java loop and ojalgo
 * can each implement it, and the cells never know which one runs.
 *
 * <p>Shapes are checked here, at the boundary, because the kernels underneath (ojalgo and BLAS
 * alike) silently compute garbage on mismatched shapes. Implementations are not thread-safe: each
 * training run owns its instance.
 */
public interface MatMul {

    /**
     * {@code c = op(a)·op(b) + beta·c}.
     *
     * @param transA use {@code aᵀ}
     * @param transB use {@code bᵀ}
     * @param beta   0 to overwrite {@code c}, 1 to accumulate into it
     */
    default void gemm(boolean transA, Block a, boolean transB, Block b, double beta, Block c) {
        checkShapes(transA, a, transB, b, c);
        multiply(transA, transB, transA ? a.cols() : a.rows(), transB ? b.rows() : b.cols(),
                transA ? a.rows() : a.cols(), a, b, beta, c);
    }

    /** Throws unless v has one element per row of c ({@link #gemmPlusColumn}). */
    static void checkColumn(double[] v, Block c) {
        if (v.length != c.rows()) {
            throw new IllegalArgumentException("gemmPlusColumn: a vector of " + v.length + " for " + c.rows() + " rows");
        }
    }

    /** Throws unless {@code op(a)·op(b)} fits {@code c} and c shares no memory with a or b. */
    static void checkShapes(boolean transA, Block a, boolean transB, Block b, Block c) {
        int m = transA ? a.cols() : a.rows();
        int k = transA ? a.rows() : a.cols();
        int kb = transB ? b.cols() : b.rows();
        int n = transB ? b.rows() : b.cols();
        if (k != kb || c.rows() != m || c.cols() != n) {
            throw new IllegalArgumentException("gemm: " + describe(transA, a) + " times " + describe(transB, b)
                    + " into " + c.rows() + "x" + c.cols());
        }
        if (c.data() == a.data() || c.data() == b.data()) {
            throw new IllegalArgumentException("gemm: the target must not share memory with an operand");
        }
    }

    /**
     * {@code c = a·b + beta·c + v·1ᵀ}, nothing transposed: the product, then {@code v[i]} added to row
     * i of every column (a layer's bias on each sequence's pre-activations). A kernel may fuse the
     * addition into the product's last pass; the result is the same bits as the product followed by
     * the loop below.
     */
    default void gemmPlusColumn(Block a, Block b, double beta, double[] v, Block c) {
        checkColumn(v, c);
        gemm(false, a, false, b, beta, c);
        double[] cd = c.data();
        for (int j = 0, rows = c.rows(); j < c.cols(); j++) {
            for (int i = 0, o = c.columnOffset(j); i < rows; i++) {
                cd[o + i] += v[i];
            }
        }
    }

    /** {@code c = op(a)·op(b) + beta·c} with the shapes already checked: c is m×n, the inner size k. */
    void multiply(boolean transA, boolean transB, int m, int n, int k, Block a, Block b, double beta, Block c);

    /**
     * The kernel new models use: native OpenBLAS when it loads, else ojalgo with a one-line notice;
     * the system property {@code rnnlab.kernel} overrides it (see {@link Kernels}).
     */
    static MatMul defaultKernel() {
        return Kernels.defaultKernel();
    }

    /**
     * True when this kernel multiplies an {@code m × k} matrix by a {@code k × n} one (for any k) fast
     * enough that many small products beat one large product of the same work: the cells then
     * accumulate their recurrent weight gradients step by step, while the step's gradient is in
     * cache, instead of in one product after the time loop. False unless a kernel says otherwise.
     */
    default boolean smallProductsFast(int m, int n) {
        return false;
    }

    /** A short name for reports ("java", "ojalgo", "openblas", ...). */
    String name();

    private static String describe(boolean trans, Block x) {
        return trans ? x.cols() + "x" + x.rows() + " (transposed)" : x.rows() + "x" + x.cols();
    }
}
