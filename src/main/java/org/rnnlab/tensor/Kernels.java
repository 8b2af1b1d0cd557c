package org.rnnlab.tensor;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

/**
 * Which {@link MatMul} new models use: native OpenBLAS when it loads, else ojalgo's own products,
 * announced once with a one-line notice on stderr. The system property {@value #PROPERTY}
 * ({@code openblas}, {@code ojalgo} or {@code java}) overrides the choice, for example
 * {@code RNNLAB_JAVA_OPTS=-Drnnlab.kernel=ojalgo ./rnnlab ...}.
 */
public final class Kernels {

    /** The system property that names the kernel. */
    public static final String PROPERTY = "rnnlab.kernel";

    /** The kernels by name, fastest first. */
    public static final List<String> NAMES = List.of("openblas", "ojalgo", "java");

    private static volatile boolean noticeShown;

    private Kernels() {
    }

    /**
     * The kernel named by {@value #PROPERTY}, or by default OpenBLAS, falling back to ojalgo with a
     * notice when the native library cannot be loaded.
     */
    public static MatMul defaultKernel() {
        String chosen = System.getProperty(PROPERTY, "").trim();
        if (!chosen.isEmpty()) {
            return byName(chosen);
        }
        if (OpenBlasMatMul.isAvailable()) {
            return new OpenBlasMatMul();
        }
        notice(System.err);
        return new OjAlgoMatMul();
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
}
