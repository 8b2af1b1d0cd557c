package org.rnnlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * {@code train} in a child JVM (the built classes, on this test's class path), killed with SIGKILL:
 * after a checkpoint, during a checkpoint's write, and in the middle of an epoch, then resumed, ends
 * with the model.json and metrics.csv of a run that was never interrupted. Two processes on one
 * {@code --out}: the second is refused naming the first; the lock of a killed process is taken over.
 */
class KillAndLockTest {

    @TempDir
    Path dir;

    /** About a hundred steps, a checkpoint after each (so that a kill often meets one being written). */
    private static final String[] OPTIONS = {"--data", Cli.AIRLINE.toString(), "--hidden", "4", "--epochs", "20",
        "--patience", "0", "--transform", "none", "--checkpoint-every", "0.000001"};

    private Process child(Path out, String... args) throws IOException {
        return child(out, Path.of("").toAbsolutePath(), args);
    }

    private Process child(Path out, Path workingDirectory, String... args) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        cmd.addAll(org.rnnlab.tensor.VectorApi.JVM_OPTIONS); // as the launcher runs it
        cmd.addAll(List.of("-Djava.awt.headless=true", "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                Main.class.getName()));
        cmd.addAll(Arrays.asList(args));
        Path log = dir.resolve("child-" + System.nanoTime() + ".log");
        return new ProcessBuilder(cmd).directory(workingDirectory.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
    }

    /** Waits (polling) until {@code condition} holds or the process ends; returns whether it still runs. */
    private static boolean waitFor(Process p, BooleanSupplier condition) throws InterruptedException {
        while (p.isAlive() && !condition.getAsBoolean()) {
            Thread.sleep(1);
        }
        return p.isAlive();
    }

    private static void kill(Process p) throws InterruptedException {
        p.destroyForcibly(); // SIGKILL on Linux
        p.waitFor();
    }

    private static boolean writingCheckpoint(Path checkpoints) {
        try (Stream<Path> files = Files.list(checkpoints)) {
            return files.anyMatch(f -> f.getFileName().toString().startsWith(".train.json."));
        } catch (IOException e) {
            return false;
        }
    }

    /** The run of {@link #OPTIONS} trained without interruption, in {@code dir/reference}. */
    private Path uninterrupted() {
        Path reference = dir.resolve("reference");
        List<String> args = new ArrayList<>(List.of("train", "--out", reference.toString()));
        args.addAll(Arrays.asList(OPTIONS));
        Cli.run(args.toArray(String[]::new)).expectSuccess();
        return reference;
    }

    @Test
    void killedThreeTimes_andResumed_endsLikeTheUninterruptedRun() throws Exception {
        Path reference = uninterrupted();

        Path out = dir.resolve("run");
        Path checkpoint = dir.resolve("run.incomplete/checkpoints/train.json");
        List<String> first = new ArrayList<>(List.of("train", "--out", out.toString()));
        first.addAll(Arrays.asList(OPTIONS));
        String[] resume = {"train", "--resume", out.toString()};
        int kills = 0;

        // 1. right after the first checkpoint
        Process p = child(out, first.toArray(String[]::new));
        if (waitFor(p, () -> Files.exists(checkpoint))) {
            kill(p);
            kills++;
        }
        // 2. while a checkpoint is being written (its temporary file exists)
        if (kills == 1) {
            p = child(out, resume);
            if (waitFor(p, () -> writingCheckpoint(checkpoint.getParent()))) {
                kill(p);
                kills++;
            }
        }
        // 3. in the middle of an epoch, some steps after resuming
        if (kills == 2) {
            p = child(out, resume);
            long before = Files.getLastModifiedTime(checkpoint).toMillis();
            if (waitFor(p, () -> lastModified(checkpoint) > before + 50)) {
                kill(p);
                kills++;
            }
        }
        assertTrue(kills >= 1, "the child finished before its first kill");
        if (Files.exists(checkpoint.getParent())) {
            Cli.run(resume).expectSuccess();
        }
        assertEquals(RunFiles.trained(reference), RunFiles.trained(out), "after " + kills + " kills");
        assertFalse(Files.exists(dir.resolve("run.incomplete")));
        JsonNode resumed = Cli.json(out.resolve("run.json")).path("resumed");
        assertTrue(resumed.path("from_step").asLong() > 0, resumed.toString());
    }

    @Test
    void aRunStartedWithRelativePaths_isResumedFromAnotherWorkingDirectory() throws Exception {
        Path reference = uninterrupted();

        Path started = Files.createDirectories(dir.resolve("elsewhere"));
        Files.copy(Cli.AIRLINE, started.resolve("series.csv"));
        List<String> relative = new ArrayList<>(List.of("train", "--out", "run"));
        relative.addAll(Arrays.asList(OPTIONS));
        relative.set(relative.indexOf(Cli.AIRLINE.toString()), "series.csv");
        Path checkpoint = started.resolve("run.incomplete/checkpoints/train.json");
        Process p = child(started.resolve("run"), started, relative.toArray(String[]::new));
        org.junit.jupiter.api.Assumptions.assumeTrue(waitFor(p, () -> Files.exists(checkpoint)),
                "the child finished before its first checkpoint");
        kill(p);

        Cli.run("train", "--resume", started.resolve("run").toString()).expectSuccess(); // from the build's directory
        String metrics = "metrics.csv:"; // model.json names the data file as given, which differs
        String expected = RunFiles.trained(reference), resumed = RunFiles.trained(started.resolve("run"));
        assertEquals(expected.substring(expected.indexOf(metrics)), resumed.substring(resumed.indexOf(metrics)));
        assertTrue(Cli.json(started.resolve("run/run.json")).path("resumed").path("from_step").asLong() > 0);
    }

    private static long lastModified(Path file) {
        try {
            return Files.getLastModifiedTime(file).toMillis();
        } catch (IOException e) {
            return 0;
        }
    }

    @Test
    void aSecondProcessOnTheSameOut_isRefusedNamingTheFirst_andAKilledOnesLockIsTakenOver() throws Exception {
        Path out = dir.resolve("run");
        Path lock = dir.resolve(".run.lock");
        List<String> args = new ArrayList<>(List.of("train", "--out", out.toString()));
        args.addAll(Arrays.asList(OPTIONS));
        args.set(args.indexOf("20"), "500"); // long enough to be still running
        Process first = child(out, args.toArray(String[]::new));
        assertTrue(waitFor(first, () -> lastModified(dir.resolve("run.incomplete/checkpoints/arguments.json")) > 0),
                "the first process ended before it started training");

        Cli.Run second = Cli.train(Cli.AIRLINE, out);
        Cli.assertRejected(second, out + " is in use by process " + first.pid() + " (rnnlab train, since ");
        assertTrue(first.isAlive());

        kill(first);
        assertTrue(Files.readString(lock).startsWith(first.pid() + " "), "the killed process's lock file stays");
        try (Stream<Path> files = Files.walk(dir.resolve("run.incomplete"))) {
            for (Path f : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(f); // the interrupted run: not the point here
            }
        }
        Cli.Run next = Cli.train(Cli.AIRLINE, out).expectSuccess();
        assertTrue(next.err().contains(out + ": took over the lock of process " + first.pid() + ", which no longer runs"),
                next.err());
        assertEquals("", Files.readString(lock), "a finished process leaves the lock file empty");
    }
}
