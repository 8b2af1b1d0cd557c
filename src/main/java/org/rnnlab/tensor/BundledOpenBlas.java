package org.rnnlab.tensor;

import java.util.logging.Level;
import java.util.logging.Logger;

import org.bytedeco.javacpp.Loader;
import org.bytedeco.openblas.global.openblas_nolapack;

import dev.ludovic.netlib.blas.NativeBLAS;

/**
 * Loads the OpenBLAS library that bytedeco ships inside its {@code openblas-…-linux-x86_64} jar,
 * once per JVM, and reaches it through netlib's JNI shim.
 *
 * <p>Two libraries, each for what it does best: JavaCPP's {@link Loader} extracts the bundled
 * {@code libopenblas} (with its gfortran run-time) to its cache directory, loads it and sets
 * OpenBLAS to one thread; then netlib's {@code JNIBLAS} is pointed at that same file (system
 * property {@code dev.ludovic.netlib.blas.nativeLibPath}), so both talk to one library instance.
 * netlib passes {@code double[]} operands with offsets without copying them
 * ({@code GetPrimitiveArrayCritical}), where JavaCPP's own {@code cblas_dgemm(double[] …)} copies
 * whole arrays in and out and takes no offsets; at the workloads' shapes netlib's path measured
 * 20–40% faster than JavaCPP's, and about 2× on the smallest products.
 *
 * <p>One thread: studies get their parallelism from independent runs, and OpenBLAS's own threads
 * would fight them for the cores.
 */
final class BundledOpenBlas {

    /** netlib logs a warning when its optional Vector API kernel is absent; rnnlab never uses it. */
    private static final Logger NETLIB_LOG = Logger.getLogger("dev.ludovic.netlib.blas.InstanceBuilder");

    private static final NativeBLAS BLAS;
    private static final String FAILURE;
    private static final String PATH;

    static {
        NativeBLAS blas = null;
        String failure = null;
        String[] path = new String[1];
        try {
            blas = load(path);
        } catch (Throwable e) { // UnsatisfiedLinkError, or any other reason the library cannot be used here
            failure = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + firstLine(e.getMessage()));
        }
        BLAS = blas;
        FAILURE = failure;
        PATH = blas == null ? null : path[0];
    }

    private BundledOpenBlas() {
    }

    /** The library, or null when it could not be loaded (see {@link #failure()}). */
    static NativeBLAS blas() {
        return BLAS;
    }

    /** Why the library could not be loaded, or null when it was. */
    static String failure() {
        return FAILURE;
    }

    /** The file of the loaded library, or null when it could not be loaded. */
    static String path() {
        return PATH;
    }

    private static NativeBLAS load(String[] loadedPath) {
        Loader.load(openblas_nolapack.class);
        String path = Loader.getLoadedLibraries().get("openblas_nolapack@.0");
        if (path == null) {
            throw new IllegalStateException("JavaCPP loaded no libopenblas");
        }
        loadedPath[0] = path;
        openblas_nolapack.blas_set_num_threads(1);
        if (System.getProperty("dev.ludovic.netlib.blas.nativeLibPath") == null) {
            System.setProperty("dev.ludovic.netlib.blas.nativeLibPath", path);
        }
        Level level = NETLIB_LOG.getLevel();
        NETLIB_LOG.setLevel(Level.SEVERE);
        try {
            return NativeBLAS.getInstance();
        } finally {
            NETLIB_LOG.setLevel(level);
        }
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
