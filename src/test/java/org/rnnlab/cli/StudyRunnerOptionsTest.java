package org.rnnlab.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rnnlab.error.InputException;
import org.rnnlab.tensor.Kernels;

import com.fasterxml.jackson.databind.JsonNode;

/** {@code --spark}, {@code --master}, {@code --reproducible} on the study commands, and provenance.json. */
class StudyRunnerOptionsTest {

    @TempDir
    Path dir;

    /** Six tiny runs; without --threads, which --spark refuses. */
    static final List<String> TINY = List.of("--lengths", "5,8", "--seeds", "1", "--steps", "12", "--hidden", "4",
            "--batch-size", "4", "--train-sequences", "32", "--test-sequences", "16");

    private static String[] compare(Path out, String... more) {
        List<String> args = new ArrayList<>(List.of("compare", "--variants", "tanh,tanh-clip1,gru"));
        args.addAll(TINY);
        args.addAll(List.of("--out", out.toString()));
        args.addAll(Arrays.asList(more));
        return args.toArray(String[]::new);
    }

    @Test
    void spark_writesTheLocalRunnersResultsBytes() throws Exception {
        Cli.Run local = Cli.run(compare(dir.resolve("local"))).expectSuccess();
        Cli.Run spark = Cli.run(compare(dir.resolve("spark"), "--spark", "--master", "local[2]")).expectSuccess();
        assertTrue(spark.err().contains("on Spark local[2] (2 cores)"), spark.err());
        assertTrue(local.err().contains("on " + Runtime.getRuntime().availableProcessors() + " thread"), local.err());
        assertArrayEquals(Files.readAllBytes(dir.resolve("local/results.csv")),
                Files.readAllBytes(dir.resolve("spark/results.csv")), "results.csv holds no wall times (timings.csv does)");
        JsonNode provenance = Cli.json(dir.resolve("spark/provenance.json"));
        assertEquals(6, provenance.path("results").asInt());
        assertEquals(6, provenance.path("provenances").path(0).path("results").asInt(), provenance.toString());
    }

    @Test
    void reproducible_trainsOnTheJavaKernel_saysSoInProvenanceJson_andRestoresTheDefaultAfterwards() throws Exception {
        Cli.run(compare(dir, "--reproducible")).expectSuccess();
        JsonNode provenance = Cli.json(dir.resolve("provenance.json"));
        assertEquals("java", provenance.path("provenances").path(0).path("kernel").asText(), provenance.toString());
        assertTrue(provenance.path("provenances").path(0).path("openblas_core").isNull());
        assertNull(Kernels.chosen(), "the kernel choice ends with the command");
    }

    @Test
    void withoutSparkOnTheClasspath_sparkIsRefusedInOneLine_sayingHowToRunIt() throws Exception {
        try (URLClassLoader withoutSpark = new URLClassLoader(new URL[0], null)) {
            InputException e = assertThrows(InputException.class, () -> RunnerArgs.requireSpark(withoutSpark));
            assertEquals("--spark: Spark is not on the classpath; run the study with spark-submit --class"
                    + " org.rnnlab.cli.Main target/rnnlab.jar COMMAND ... --spark", e.getMessage());
        }
    }

    @Test
    void sparkOptions_thatDoNotApply_areRefused() {
        Cli.Run master = Cli.run(compare(dir, "--master", "local[2]"));
        assertEquals(2, master.exit());
        assertEquals("rnnlab: error: --master applies only to --spark, not the local runner; leave it out",
                master.err().strip());
        Cli.Run verbose = Cli.run(compare(dir, "--verbose"));
        assertEquals("rnnlab: error: --verbose applies only to --spark, not the local runner; leave it out",
                verbose.err().strip());
        Cli.Run threads = Cli.run(compare(dir, "--spark", "--threads", "2"));
        assertEquals(2, threads.exit());
        assertEquals("rnnlab: error: --threads applies only to the local runner, not --spark (Spark runs as many runs at"
                + " once as its executors have cores); leave it out", threads.err().strip());
        Cli.Run csv = Cli.run("compare", "--data", Cli.AIRLINE.toString(), "--lengths", "6", "--spark", "--out", dir.toString());
        assertEquals(2, csv.exit());
        assertEquals("rnnlab: error: --spark: a study of a CSV series (--data) runs on one machine only; leave out --spark",
                csv.err().strip());
    }
}
