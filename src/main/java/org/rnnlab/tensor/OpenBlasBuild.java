package org.rnnlab.tensor;

import com.sun.jna.NativeLibrary;

/**
 * What the loaded OpenBLAS says about itself: its build ({@code openblas_get_config()}, e.g.
 * {@code "OpenBLAS 0.3.31 DYNAMIC_ARCH NO_AFFINITY Haswell MAX_THREADS=64"}) and the core type
 * whose kernels it chose for this CPU at load time ({@code openblas_get_corename()}, e.g.
 * {@code "Haswell"}, {@code "SkylakeX"}, {@code "Zen"}). JavaCPP's {@code openblas_nolapack} preset
 * does not map these two functions, so they are called through JNA on the same library file
 * (the dynamic loader hands back the instance already loaded).
 *
 * @param version the version ("0.3.31")
 * @param core    the chosen core type ("Haswell")
 * @param config  the whole configuration string
 */
public record OpenBlasBuild(String version, String core, String config) {

    /**
     * The bundled library's build (loading it if this JVM has not yet), or null when OpenBLAS cannot
     * be loaded here or cannot say.
     */
    public static OpenBlasBuild loaded() {
        String path = BundledOpenBlas.path();
        if (path == null) {
            return null;
        }
        try {
            NativeLibrary library = NativeLibrary.getInstance(path);
            String config = call(library, "openblas_get_config").trim().replaceAll("\\s+", " ");
            String core = call(library, "openblas_get_corename").trim();
            String[] words = config.split(" ");
            String version = words.length > 1 && words[0].equals("OpenBLAS") ? words[1] : "unknown";
            return new OpenBlasBuild(version, core, config);
        } catch (RuntimeException | LinkageError e) { // no JNA for this platform, or an old library
            return null;
        }
    }

    private static String call(NativeLibrary library, String name) {
        String s = library.getFunction(name).invokeString(new Object[0], false);
        return s == null ? "" : s;
    }
}
