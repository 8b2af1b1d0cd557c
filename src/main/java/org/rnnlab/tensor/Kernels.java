package org.rnnlab.tensor;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

/**
 * Which {@link MatMul} new models use: native OpenBLAS when it loads, else ojalgo's own products,
 * announced once with a one-line notice on stderr. {@link #use} (the command line's
 * {@code --reproducible}, and a Spark executor taking the driver's choice) or else the system
 * property {@value #PROPERTY} ({@code openblas}, {@code ojalgo} or {@code java}) overrides the
 * choice, for example {@code RNNLAB_JAVA_OPTS=-Drnnlab.kernel=ojalgo ./rnnlab ...}.
 *
 * <p><b>Reproducibility.</b> OpenBLAS picks its {@code dgemm} code for the CPU it finds (its
 * "core type": Haswell, SkylakeX, Zen, ...), and the kernels of different core types sum the
 * products in different orders, so the last bits of a product, and after a few thousand steps of
 * a run at the edge of divergence its outcome, depend on the machine. {@value #REPRODUCIBLE}
 * ({@link JavaMatMul}) is plain Java arithmetic in a fixed order, which the JVM evaluates the same
 * way on every x86-64 CPU (Java has no fused multiply-add unless asked, and no reassociation).
 */
public final class Kernels {

    /** The system property that names the kernel. */
    public static final String PROPERTY = "rnnlab.kernel";

    /** The kernels by name, fastest first. */
    public static final List<String> NAMES = List.of("openblas", "ojalgo", "java");

    /** The kernel whose products are the same bits on every x86-64 machine: {@link JavaMatMul}. */
    public static final String REPRODUCIBLE = "java";

    private static volatile boolean noticeShown;
    private static volatile String chosen;

    private Kernels() {
    }

    /**
     * The kernel named by {@value #PROPERTY}, or by default OpenBLAS, falling back to ojalgo with a
     * notice when the native library cannot be loaded.
     */
    public static MatMul defaultKernel() {
        String name = requested();
        if (!name.isEmpty()) {
            return byName(name);
        }
        if (OpenBlasMatMul.isAvailable()) {
            return new OpenBlasMatMul();
        }
        notice(System.err);
        return new OjAlgoMatMul();
    }

    /**
     * Makes every model created from now on in this JVM use the kernel {@code name} (overriding
     * {@value #PROPERTY}); {@code null} goes back to the default choice.
     *
     * @throws IllegalArgumentException for an unknown name, or {@code openblas} when it cannot load
     */
    public static void use(String name) {
        if (name != null) {
            byName(name);
        }
        chosen = name == null ? null : name.trim().toLowerCase(Locale.ROOT);
    }

    /**
     * The name of the kernel {@link #defaultKernel()} returns now: the one set by {@link #use}, else
     * the one {@value #PROPERTY} names, else {@code openblas} when it loads, else {@code ojalgo}.
     */
    public static String inEffect() {
        String name = requested();
        if (!name.isEmpty()) {
            return name;
        }
        return OpenBlasMatMul.isAvailable() ? "openblas" : "ojalgo";
    }

    /**
     * The kernel asked for by {@link #use} or {@value #PROPERTY}, or null when the default choice
     * applies (which another machine may make differently).
     */
    public static String chosen() {
        String name = requested();
        return name.isEmpty() ? null : name;
    }

    private static String requested() {
        String name = chosen;
        return name != null ? name : System.getProperty(PROPERTY, "").trim().toLowerCase(Locale.ROOT);
    }

    /**
     * A kernel by name: {@code openblas}, {@code ojalgo} or {@code java}.
     *
     * @throws IllegalArgumentException for another name, or for {@code openblas} when it cannot load
     */
    public static MatMul byName(String name) {
        return switch (name.trim().toLowerCase(Locale.ROOT)) {
            case "openblas" -> {
                if (!OpenBlasMatMul.isAvailable()) {
                    throw new IllegalArgumentException("the openblas kernel cannot be loaded on this machine ("
                            + OpenBlasMatMul.unavailableReason() + "); use ojalgo or java");
                }
                yield new OpenBlasMatMul();
            }
            case "ojalgo" -> new OjAlgoMatMul();
            case "java" -> new JavaMatMul();
            default -> throw new IllegalArgumentException("unknown kernel '" + name + "'; expected one of "
                    + String.join(", ", NAMES));
        };
    }

    private static void notice(PrintStream err) {
        if (!noticeShown) {
            noticeShown = true;
            err.println("rnnlab: note: native OpenBLAS is not available here (" + OpenBlasMatMul.unavailableReason()
                    + "); matrix products run on ojalgo, several times slower");
        }
    }

    /**
     * The kernel in effect with what else decides its bits: "openblas vector 4" when the small
     * products run on the Vector API with 4 doubles a vector (they sum in another order than
     * OpenBLAS), else the kernel's name. A study's run identities include it, so records computed
     * under other JVM options are trained again rather than mixed with these.
     */
    public static String bitsLabel() {
        String kernel = inEffect();
        int lanes = OpenBlasMatMul.smallProductLanes();
        return kernel.equals("openblas") && lanes > 0 ? kernel + " vector " + lanes : kernel;
    }
}
