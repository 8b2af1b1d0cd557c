package org.rnnlab.tensor;

/**
 * Whether rnnlab's Vector API code runs: the JDK's incubating {@code jdk.incubator.vector} module
 * is in the boot layer (the JVM was started with {@code --add-modules jdk.incubator.vector}, as
 * the launcher and the build do) and the system property {@value #PROPERTY} is not {@code false}.
 * Every such path has a scalar or native fallback for when it does not.
 */
public final class VectorApi {

    /**
     * The JVM options that run rnnlab's Vector API code as the launcher does: the module, and its
     * classes compiled on their own rather than inlined into large callers, where the JIT sometimes
     * boxed their vectors (see {@code cell.VectorStepLoops}). The launcher, the build's test JVM and
     * Spark executors ({@code experiment.SparkStudyRunner}) pass these; {@code VectorApiTest} checks
     * that the launcher and the build say the same.
     */
    public static final java.util.List<String> JVM_OPTIONS = java.util.List.of("--add-modules", "jdk.incubator.vector",
            "-XX:CompileCommand=quiet", "-XX:CompileCommand=dontinline,org.rnnlab.cell.VectorStepLoops::*",
            "-XX:CompileCommand=dontinline,org.rnnlab.tensor.VectorGemm::*",
            "-XX:CompileCommand=dontinline,org.rnnlab.activation.VectorGates::*");

    /** The system property that declines the Vector API with {@code false}. */
    public static final String PROPERTY = "rnnlab.vector";

    private static final boolean PRESENT = !"false".equalsIgnoreCase(System.getProperty(PROPERTY))
            && ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent();

    private VectorApi() {
    }

    /** True when the module is there and not declined. */
    public static boolean present() {
        return PRESENT;
    }

    /**
     * Whether a class built on the Vector API runs here: the module is {@link #present}, and
     * {@code probe} (which touches the class, loading it) answers true without a linkage error.
     */
    public static boolean runs(java.util.function.BooleanSupplier probe) {
        if (!PRESENT) {
            return false;
        }
        try {
            return probe.getAsBoolean();
        } catch (LinkageError e) {
            return false;
        }
    }
}
