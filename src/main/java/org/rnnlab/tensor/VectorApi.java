package org.rnnlab.tensor;

/**
 * Whether rnnlab's Vector API code runs: the JDK's incubating {@code jdk.incubator.vector} module
 * is in the boot layer (the JVM was started with {@code --add-modules jdk.incubator.vector}, as
 * the launcher and the build do) and the system property {@value #PROPERTY} is not {@code false}.
 * Every such path has a scalar or native fallback for when it does not.
 */
public final class VectorApi {

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
}
