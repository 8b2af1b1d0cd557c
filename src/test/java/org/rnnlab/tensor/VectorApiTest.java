package org.rnnlab.tensor;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/** The launcher and the build run the Vector API code with the options {@link VectorApi#JVM_OPTIONS} names. */
class VectorApiTest {

    @Test
    void theLauncherAndTheBuild_passEveryOptionOfJvmOptions() throws Exception {
        String launcher = Files.readString(Path.of("rnnlab"));
        String pom = Files.readString(Path.of("pom.xml"));
        for (String option : VectorApi.JVM_OPTIONS) {
            assertTrue(launcher.contains(option), "the rnnlab launcher lacks " + option);
            assertTrue(pom.contains(option), "pom.xml's test JVM lacks " + option);
        }
    }

    @Test
    void thisTestJvm_runsTheVectorApi_asTheBuildAsksFor() {
        assertTrue(VectorApi.present(), "the build's argLine adds --add-modules jdk.incubator.vector");
    }
}
