package org.rnnlab.tensor;

import dev.ludovic.netlib.blas.NativeBLAS;

/**
 * Matrix products through OpenBLAS's {@code dgemm}, single-threaded, on the blocks' own arrays: no
 * copy, the block offsets and leading dimensions go straight to BLAS (see {@link BundledOpenBlas}
 * for how the library is found and loaded).
 *
 * <p>Measured on one core at the workloads' shapes (thread CPU time, median of interleaved
 * rounds) it runs at 35–45 GFLOP/s where ojalgo's and plain Java loops run at 3–6, and at
 * 15–20 GFLOP/s even on the matrix-vector products of batch 1.
 */
public final class OpenBlasMatMul implements MatMul {

    private final NativeBLAS blas;

    /**
     * @throws IllegalStateException when the native library cannot be loaded on this machine
     */
    public OpenBlasMatMul() {
        if (!isAvailable()) {
            throw new IllegalStateException("OpenBLAS could not be loaded: " + BundledOpenBlas.failure());
        }
        this.blas = BundledOpenBlas.blas();
    }

    /** True when the native library loaded (the first call tries to load it). */
    public static boolean isAvailable() {
        return BundledOpenBlas.blas() != null;
    }

    /** Why the native library could not be loaded, or null when it loaded. */
    public static String unavailableReason() {
        return BundledOpenBlas.failure();
    }

    @Override
    public String name() {
        return "openblas";
    }

    @Override
    public void multiply(boolean transA, boolean transB, int m, int n, int k, Block a, Block b, double beta, Block c) {
        if (m == 0 || n == 0) {
            return;
        }
        if (k == 0) {
            JavaMatMul.scale(c, beta);
            return;
        }
        blas.dgemm(transA ? "T" : "N", transB ? "T" : "N", m, n, k, 1.0,
                a.data(), a.offset(), Math.max(a.rows(), 1),
                b.data(), b.offset(), Math.max(b.rows(), 1),
                beta, c.data(), c.offset(), Math.max(c.rows(), 1));
    }
}
