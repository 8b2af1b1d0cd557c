package org.rnnlab.tensor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** {@link Kernels#use}, {@link Kernels#chosen} and {@link Kernels#inEffect}: the choice --reproducible and Spark executors make. */
class KernelChoiceTest {

    @Test
    void use_overridesTheDefaultAndTheProperty_untilItIsCleared() {
        String old = System.getProperty(Kernels.PROPERTY);
        try {
            System.clearProperty(Kernels.PROPERTY);
            assertNull(Kernels.chosen(), "nothing chosen: the machine's default applies");
            assertEquals("openblas", Kernels.inEffect());
            System.setProperty(Kernels.PROPERTY, "ojalgo");
            assertEquals("ojalgo", Kernels.chosen());
            Kernels.use(" Java ");
            assertEquals("java", Kernels.chosen());
            assertEquals("java", Kernels.inEffect());
            assertInstanceOf(JavaMatMul.class, MatMul.defaultKernel());
            Kernels.use(null);
            assertEquals("ojalgo", Kernels.inEffect(), "back to the property");
        } finally {
            Kernels.use(null);
            if (old == null) {
                System.clearProperty(Kernels.PROPERTY);
            } else {
                System.setProperty(Kernels.PROPERTY, old);
            }
        }
    }

    @Test
    void use_ofAnUnknownKernel_isRefused_andChangesNothing() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Kernels.use("mkl"));
        assertEquals("unknown kernel 'mkl'; expected one of openblas, ojalgo, java", e.getMessage());
        assertNull(Kernels.chosen());
    }

    @Test
    void theReproducibleKernel_isThePureJavaOne() {
        assertInstanceOf(JavaMatMul.class, Kernels.byName(Kernels.REPRODUCIBLE));
    }

    @Test
    void openBlasBuild_namesTheBundledVersionAndACoreType() {
        OpenBlasBuild build = OpenBlasBuild.loaded();
        assertEquals("0.3.31", build.version());
        assertEquals(true, build.config().startsWith("OpenBLAS 0.3.31 ") && build.config().contains(build.core()),
                build.config());
    }
}
