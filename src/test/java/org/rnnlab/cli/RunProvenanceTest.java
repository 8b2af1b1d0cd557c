package org.rnnlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rnnlab.provenance.Provenance;

import com.fasterxml.jackson.databind.JsonNode;

/** run.json of {@code train} says which kernel, CPU, JVM and build produced it. */
class RunProvenanceTest {

    @TempDir
    Path dir;

    @Test
    void runJson_namesTheKernelCoreTypeCpuJvmVersionAndCommit() throws Exception {
        Path out = dir.resolve("run");
        Cli.train(Cli.AIRLINE, out).expectSuccess();
        JsonNode provenance = Cli.json(out.resolve("run.json")).path("provenance");
        assertEquals(Provenance.current().toJson(), provenance);
        for (String key : new String[] {"kernel", "openblas_version", "openblas_core", "cpu", "arch", "jvm",
                "rnnlab_version", "git_commit"}) {
            assertEquals(true, provenance.has(key), "missing " + key + " in " + provenance);
        }
    }
}
