package org.rnnlab.provenance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rnnlab.tensor.Kernels;
import org.rnnlab.tensor.OpenBlasMatMul;

class ProvenanceTest {

    @TempDir
    Path dir;

    @Test
    void withOpenBlas_namesItsVersionAndTheCoreTypeItChose() {
        assertTrue(OpenBlasMatMul.isAvailable(), OpenBlasMatMul.unavailableReason());
        Provenance p = Provenance.current();
        assertEquals("openblas", p.kernel());
        assertEquals("0.3.31", p.openblasVersion(), "the bundled library's version");
        assertFalse(p.openblasCore() == null || p.openblasCore().isBlank(), "a core type: " + p);
        assertEquals("openblas 0.3.31 (" + p.openblasCore() + ")", p.kernelLabel());
        assertTrue(p.label().startsWith("kernel openblas 0.3.31 (" + p.openblasCore() + ") on "), p.label());
    }

    @Test
    void withOpenBlas_theJvmSaysWhetherTheSmallProductsRunOnTheVectorApi() {
        int lanes = OpenBlasMatMul.smallProductLanes();
        String jvm = Provenance.current().jvm();
        assertTrue(jvm.endsWith(lanes > 0 ? ", with the Vector API, " + lanes + " doubles a vector" : ", without the Vector API"),
                jvm);
        assertEquals(org.rnnlab.tensor.VectorApi.present(), lanes > 0, "the Vector API runs the small products when present");
    }

    @Test
    void withTheJavaKernel_namesNoOpenBlas() {
        try {
            Kernels.use(Kernels.REPRODUCIBLE);
            Provenance p = Provenance.current();
            assertEquals("java", p.kernel());
            assertNull(p.openblasVersion());
            assertNull(p.openblasCore());
            assertEquals("java", p.kernelLabel());
            assertTrue(p.toJson().path("openblas_core").isNull(), p.toJson().toString());
        } finally {
            Kernels.use(null);
        }
        assertEquals("openblas", Provenance.current().kernel(), "use(null) goes back to the default");
    }

    @Test
    void theBuild_namesMavensVersionAndTheGitCommit() throws Exception {
        Provenance p = Provenance.current();
        assertEquals("0.1.0", p.rnnlabVersion());
        // built from a git checkout: the 40-digit commit, "-dirty" when the tree had changes
        assertTrue(p.gitCommit() != null && p.gitCommit().matches("[0-9a-f]{40}(-dirty)?"), p.gitCommit());
        assertEquals(gitHead(), p.gitCommit().substring(0, 40), "this checkout's HEAD (also in a linked worktree)");
        assertEquals(p.gitCommit(), p.toJson().path("git_commit").asText());
        assertTrue(p.jvm().contains(System.getProperty("java.runtime.version")), p.jvm());
    }

    private static String gitHead() throws Exception {
        Process git = new ProcessBuilder("git", "rev-parse", "HEAD").redirectErrorStream(true).start();
        String out = new String(git.getInputStream().readAllBytes()).trim();
        assertEquals(0, git.waitFor(), out);
        return out;
    }

    @Test
    void cpuModel_isTheFirstModelNameOfCpuinfo_orUnknown() throws Exception {
        Path cpuinfo = dir.resolve("cpuinfo");
        Files.writeString(cpuinfo, "processor\t: 0\nvendor_id\t: AuthenticAMD\nmodel name\t: AMD EPYC   7B13 64-Core"
                + " Processor\n\nprocessor\t: 1\nmodel name\t: other\n");
        assertEquals("AMD EPYC 7B13 64-Core Processor", Provenance.cpuModel(cpuinfo));
        Files.writeString(cpuinfo, "processor\t: 0\n");
        assertEquals("unknown", Provenance.cpuModel(cpuinfo));
        assertEquals("unknown", Provenance.cpuModel(dir.resolve("absent")));
    }

    @Test
    void aProvenance_survivesJavaSerialisation_asSparkShipsIt() throws Exception {
        Provenance p = Provenance.current();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(p);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            assertEquals(p, in.readObject());
        }
    }

    @Test
    void aProvenance_withoutItsRequiredParts_isRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Provenance("java", null, null, "", "amd64", "jvm", "0.1.0", null));
        assertEquals("provenance: kernel, cpu, arch, jvm and rnnlabVersion are required", e.getMessage());
    }
}
