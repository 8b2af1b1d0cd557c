package org.rnnlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SweepRatesTest {

    @Test
    void lrs_crossesEveryRateWithEveryThreshold_andTheReportHasTheRateSection(@TempDir Path dir) throws Exception {
        Cli.Run r = Cli.run("sweep", "--lrs", "0.01,0.5", "--thresholds", "1,none", "--lengths", "5", "--seeds", "1",
                "--steps", "6", "--hidden", "3", "--batch-size", "4", "--train-sequences", "16", "--test-sequences", "8",
                "--probe-every", "3", "--threads", "1", "--no-run-metrics", "--out", dir.toString());
        assertEquals(0, r.exit(), r.err());
        List<String> rows = Files.readAllLines(dir.resolve("results.csv"));
        assertEquals(1 + 4, rows.size());
        for (String variant : List.of("tanh-lr0.01-tau-1,", "tanh-lr0.01-none,", "tanh-lr0.5-tau-1,", "tanh-lr0.5-none,")) {
            assertTrue(rows.stream().anyMatch(l -> l.startsWith(variant)), variant);
        }
        String md = Files.readString(dir.resolve("summary.md"));
        assertTrue(md.contains("## Learning rate and clipping"), md);
        assertTrue(md.contains("| learning rate | none | τ = 1 |"), md);
    }

    @Test
    void lrs_crossesTheRatesWithAdaptivePolicies_too(@TempDir Path dir) throws Exception {
        Cli.Run r = Cli.run("sweep", "--lrs", "0.01,0.5", "--thresholds", "autoclip:p=10,agc:lambda=0.1,none", "--lengths",
                "5", "--seeds", "1", "--steps", "6", "--hidden", "3", "--batch-size", "4", "--train-sequences", "16",
                "--test-sequences", "8", "--probe-every", "3", "--threads", "1", "--no-run-metrics", "--out", dir.toString());
        assertEquals(0, r.exit(), r.err());
        List<String> rows = Files.readAllLines(dir.resolve("results.csv"));
        assertEquals(1 + 6, rows.size(), String.join("\n", rows));
        for (String rate : List.of("tanh-lr0.01-", "tanh-lr0.5-")) {
            assertEquals(3, rows.stream().filter(l -> l.startsWith(rate)).count(), rate + " with every policy: " + rows);
        }
        assertTrue(rows.stream().anyMatch(l -> l.contains("autoclip")), "the policy is named in results.csv");
    }

    @Test
    void aBadRate_isOneLineNamingTheOption(@TempDir Path dir) {
        Cli.assertRejected(Cli.run("sweep", "--lrs", "0.1,-1", "--out", dir.toString()),
                "--lrs/--thresholds: a learning rate must be > 0, got -1.0");
        Cli.assertRejected(Cli.run("sweep", "--lrs", "0.1,fast", "--out", dir.toString()), "--lrs", "fast");
    }
}
