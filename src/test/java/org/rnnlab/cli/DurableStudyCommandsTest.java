package org.rnnlab.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Studies that continue where they stopped, and reports rebuilt from a study's records. */
class DurableStudyCommandsTest {

    /** 2 variants × 3 lengths × 2 seeds = 12 small runs. */
    static final List<String> STUDY = List.of("compare", "--variants", "tanh,gru", "--lengths", "4,6,8", "--seeds", "2",
            "--steps", "60", "--hidden", "4", "--batch-size", "4", "--train-sequences", "32", "--test-sequences", "16");
    static final int RUNS = 12;

    /** The study run once, uninterrupted; tests copy it or only read it. */
    @TempDir
    static Path whole;

    @BeforeAll
    static void runTheWholeStudy() {
        Cli.run(study(whole, "--threads", "2")).expectSuccess();
    }

    static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.toList()) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(f, target);
                }
            }
        }
    }

    /** The study into {@code out}; an option in {@code more} replaces the study's value of it. */
    static String[] study(Path out, String... more) {
        List<String> args = new ArrayList<>(STUDY);
        args.addAll(List.of("--out", out.toString()));
        for (int i = 0; i < more.length; i++) {
            int at = args.indexOf(more[i]);
            boolean valued = i + 1 < more.length && !more[i + 1].startsWith("--");
            if (at >= 0 && valued) {
                args.set(at + 1, more[++i]);
            } else {
                args.add(more[i]);
                if (valued) {
                    args.add(more[++i]);
                }
            }
        }
        return args.toArray(String[]::new);
    }

    static long records(Path dir) throws IOException {
        Path runs = dir.resolve("runs");
        if (!Files.isDirectory(runs)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(runs)) {
            return files.filter(f -> f.getFileName().toString().matches("[0-9a-f]+\\.json")).count();
        }
    }

    @Test
    void theSameCommandAgain_readsEveryRunBack_andWritesTheSameResultsBytes(@TempDir Path dir) throws Exception {
        assertEquals(RUNS, records(whole), "one record per run");
        copy(whole, dir);
        byte[] first = Files.readAllBytes(dir.resolve("results.csv"));
        Cli.Run again = Cli.run(study(dir, "--threads", "2")).expectSuccess();
        assertTrue(again.err().contains(RUNS + " reused from " + dir.resolve("runs") + ", 0 to train"), again.err());
        assertTrue(again.out().startsWith(RUNS + " runs (" + RUNS + " reused)"), again.out());
        assertArrayEquals(first, Files.readAllBytes(dir.resolve("results.csv")));

        Cli.Run fewer = Cli.run(study(dir, "--threads", "2", "--seeds", "1")).expectSuccess();
        assertTrue(fewer.err().contains("6 reused"), "each run has its own identity, not the study: " + fewer.err());
        Cli.Run fresh = Cli.run(study(dir, "--threads", "2", "--lengths", "4", "--probe-every", "30", "--fresh")).expectSuccess();
        assertFalse(fresh.err().contains("reused"), "--fresh trains everything: " + fresh.err());
        assertTrue(fresh.err().contains("4/4 runs"), fresh.err());
        assertEquals(4, records(dir), "--fresh deleted the earlier records");
    }

    @Test
    void aStudyKilledWithSigkill_andRestarted_givesTheResultsOfAnUninterruptedOne(@TempDir Path dir) throws Exception {
        Path killed = dir.resolve("killed");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.awt.headless=true"));
        if (ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent()) {
            // the same kernels as this JVM: small products on the Vector API differ from OpenBLAS's in the last bits
            command.addAll(org.rnnlab.tensor.VectorApi.JVM_OPTIONS);
        }
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(study(killed, "--threads", "1")));
        Process child = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(dir.resolve("child.log").toFile())
                .start();
        while (child.isAlive() && records(killed) == 0) {
            Thread.sleep(5);
        }
        child.destroyForcibly(); // SIGKILL: no shutdown hooks, no finally blocks
        child.waitFor();
        long left = records(killed);
        assertTrue(left >= 1 && left < RUNS, "killed part-way: " + left + " of " + RUNS + " records; child log: "
                + Files.readString(dir.resolve("child.log")));
        assertFalse(Files.exists(killed.resolve("results.csv")), "the report was never written");

        Cli.Run resumed = Cli.run(study(killed, "--threads", "2")).expectSuccess();
        assertTrue(resumed.err().contains(left + " reused"), resumed.err());
        assertArrayEquals(Files.readAllBytes(whole.resolve("results.csv")), Files.readAllBytes(killed.resolve("results.csv")),
                "results.csv of the killed and resumed study is byte-identical to the uninterrupted one's");
        try (Stream<Path> metrics = Files.list(whole.resolve("metrics"))) {
            for (Path m : metrics.toList()) {
                assertArrayEquals(Files.readAllBytes(m), Files.readAllBytes(killed.resolve("metrics").resolve(m.getFileName())),
                        m.getFileName().toString());
            }
        }
    }

    @Test
    void aStudyContinuedWithoutTheVectorApi_trainsItsRunsAgain_ratherThanMixingBits(@TempDir Path dir) throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(org.rnnlab.tensor.VectorApi.present(),
                "this JVM runs without the Vector API, so there is no other setting to continue with");
        Path copied = dir.resolve("study");
        copy(whole, copied);
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.awt.headless=true", "-Drnnlab.vector=false"));
        command.addAll(org.rnnlab.tensor.VectorApi.JVM_OPTIONS);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(study(copied, "--threads", "1")));
        Process child = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(dir.resolve("child.log").toFile())
                .start();
        assertEquals(0, child.waitFor(), Files.readString(dir.resolve("child.log")));
        String log = Files.readString(dir.resolve("child.log"));
        assertTrue(log.contains(RUNS + " runs (") && !log.contains("reused"), "every run trained again: " + log);
        String provenance = Files.readString(copied.resolve("provenance.json"));
        assertTrue(provenance.contains("without the Vector API") && !provenance.contains("with the Vector API"), provenance);
    }

    @Test
    void reportFrom_rebuildsTheReportFromTheRecords_withoutTraining(@TempDir Path elsewhere) throws Exception {
        Path dir = whole;
        byte[] csv = Files.readAllBytes(dir.resolve("results.csv"));
        byte[] summary = Files.readAllBytes(dir.resolve("summary.md"));
        List<String> charts;
        try (Stream<Path> files = Files.list(dir.resolve("charts"))) {
            charts = files.map(f -> f.getFileName().toString()).sorted().toList();
        }
        Cli.Run r = Cli.run("report", "--from", dir.toString(), "--out", elsewhere.toString()).expectSuccess();
        assertTrue(r.out().startsWith(RUNS + " run records read from " + dir.resolve("runs") + "; nothing trained."), r.out());
        assertArrayEquals(csv, Files.readAllBytes(elsewhere.resolve("results.csv")));
        assertEquals(new String(summary), Files.readString(elsewhere.resolve("summary.md")));
        assertTrue(Files.readString(elsewhere.resolve("index.html")).contains("tanh"));
        assertTrue(Files.readString(dir.resolve("index.html")).contains("<a href=\"runs/\">"), "the study's page lists its records");
        assertFalse(Files.readString(elsewhere.resolve("index.html")).contains("<a href=\"runs/\">"), "a copy has none");
        try (Stream<Path> files = Files.list(elsewhere.resolve("charts"))) {
            assertEquals(charts, files.map(f -> f.getFileName().toString()).sorted().toList());
        }
        assertFalse(Files.exists(elsewhere.resolve("runs")), "nothing trained, so nothing recorded");
    }

    @Test
    void reportFrom_refusesWhatIsNotAFinishedStudy_withOneLine(@TempDir Path dir) throws Exception {
        Cli.assertRejected(Cli.run("report", "--from", dir.toString()), dir.resolve("study.json").toString(), "no study here");
        copy(whole, dir);
        Cli.assertRejected(Cli.run("report", "--from", dir.toString(), "--seeds", "5"), "--seeds does not apply with --from");
        try (Stream<Path> files = Files.list(dir.resolve("runs"))) {
            Files.delete(files.findFirst().orElseThrow());
        }
        Cli.assertRejected(Cli.run("report", "--from", dir.toString()), "1 of " + RUNS + " runs have no record yet",
                "run the study's command again");
        Path bad = dir.resolve("broken");
        Cli.write(Files.createDirectories(bad), "study.json", "{\"format\": \"rnnlab-study\", \"version\": 1, \"description\": 3}");
        Cli.assertRejected(Cli.run("report", "--from", bad.toString()), "study.json: unreadable study file");
    }
}
