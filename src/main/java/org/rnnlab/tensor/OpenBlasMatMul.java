package org.rnnlab.tensor;

import dev.ludovic.netlib.blas.NativeBLAS;

/**
 * Matrix products through OpenBLAS's {@code dgemm}, single-threaded, on the blocks' own arrays: no
 * copy, the block offsets and leading dimensions go straight to BLAS (see {@link BundledOpenBlas}
 * for how the library is found and loaded).
 *
 * <p>Why this one: GFLOP/s over all the products of one training iteration, thread CPU time,
 * median of interleaved rounds, one core of the project's 2-core AMD EPYC machine (JDK 17):
 *
 * <table>
 * <caption>Candidate kernels at the workloads' shapes</caption>
 * <tr><th>kernel</th><th>W1</th><th>W2</th><th>W3</th><th>W4</th></tr>
 * <tr><td>netlib JNI → bundled OpenBLAS 0.3.31 (this class)</td><td>36</td><td>37</td><td>16</td><td>41</td></tr>
 * <tr><td>netlib JNI → Debian's OpenBLAS 0.3.21 (apt)</td><td>37</td><td>41</td><td>22</td><td>43</td></tr>
 * <tr><td>JavaCPP {@code cblas_dgemm}, native copies of the blocks</td><td>29</td><td>32</td><td>8</td><td>34</td></tr>
 * <tr><td>JavaCPP {@code cblas_dgemm}, {@code double[]} (copied by JNI)</td><td>26</td><td>28</td><td>6</td><td>29</td></tr>
 * <tr><td>netlib VectorBLAS (Vector API, pure Java)</td><td>16</td><td>12</td><td>2</td><td>4</td></tr>
 * <tr><td>netlib Java11BLAS (pure Java)</td><td>7–8</td><td>8–10</td><td>5</td><td>4</td></tr>
 * <tr><td>ojalgo 57 ({@link OjAlgoMatMul})</td><td>5–6</td><td>5–6</td><td>3</td><td>3</td></tr>
 * <tr><td>plain loops ({@link JavaMatMul})</td><td>3–4</td><td>4</td><td>4</td><td>3</td></tr>
 * </table>
 *
 * The bundled and the system OpenBLAS tie (paired runs put either ahead by up to 10% on single
 * shapes); the bundled one needs nothing but Maven on a fresh machine, so it is the one used.
 */
public final class OpenBlasMatMul implements MatMul {

    /** The largest C that {@link VectorGemm} takes: rows and columns (see {@link #onVectorKernel}). */
    static final int VECTOR_MAX_ROWS = 512, VECTOR_MAX_COLS = 64;
    /** ... or any number of columns when the inner size is at most this (the input projection W_ih·X of few inputs). */
    static final int VECTOR_MAX_INNER = 16;
    private static final boolean VECTOR_GEMM = vectorGemmLoads();

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
        if (onVectorKernel(transA, m, n, k)) {
            VectorGemm.multiply(transB, m, n, k, a, b, beta, c);
            return;
        }
        blas.dgemm(transA ? "T" : "N", transB ? "T" : "N", m, n, k, 1.0,
                a.data(), a.offset(), Math.max(a.rows(), 1),
                b.data(), b.offset(), Math.max(b.rows(), 1),
                beta, c.data(), c.offset(), Math.max(c.rows(), 1));
    }

    /** On {@link VectorGemm}, the column v is added in the product's last pass (the same bits as after it). */
    @Override
    public void gemmPlusColumn(Block a, Block b, double beta, double[] v, Block c) {
        MatMul.checkShapes(false, a, false, b, c);
        MatMul.checkColumn(v, c);
        int m = c.rows(), n = c.cols(), k = a.cols();
        if (m > 0 && n > 0 && k > 0 && onVectorKernel(false, m, n, k)) {
            VectorGemm.multiply(false, m, n, k, a, b, beta, c, v);
        } else {
            MatMul.super.gemmPlusColumn(a, b, beta, v, c);
        }
    }

    /**
     * True when a product runs on {@link VectorGemm} rather than the native call: {@code A} not
     * transposed, the rows in whole vectors, C at most {@value #VECTOR_MAX_ROWS} rows and at most
     * {@value #VECTOR_MAX_COLS} columns unless the inner size is at most {@value #VECTOR_MAX_INNER}. That covers the per-step recurrent products up to H = 128 and the
     * window's weight gradients at small sizes, where the kernel ran 1.4–2.6× as fast as this
     * OpenBLAS in paired measurements (see the {@code tensor} package); larger C, where OpenBLAS's
     * cache blocking pays, stay native.
     */
    static boolean onVectorKernel(boolean transA, int m, int n, int k) {
        return VECTOR_GEMM && !transA && m <= VECTOR_MAX_ROWS && (n <= VECTOR_MAX_COLS || k <= VECTOR_MAX_INNER)
                && VectorGemm.fits(m);
    }

    @Override
    public boolean smallProductsFast(int m, int n) {
        return onVectorKernel(false, m, n, Integer.MAX_VALUE);
    }

    /**
     * The doubles per vector of the small-product kernel, 0 when small products run on OpenBLAS too
     * (no Vector API): the two sum in different orders, so this is part of what decides the bits.
     */
    public static int smallProductLanes() {
        return VECTOR_GEMM ? VectorGemm.LANES : 0;
    }

    private static boolean vectorGemmLoads() {
        return VectorApi.runs(() -> VectorGemm.LANES > 0);
    }
}
