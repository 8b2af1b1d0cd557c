package org.rnnlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DepthStudyTest {

    @Test
    void compareWithSeveralLayers_runsEveryVariantAtEveryDepth(@TempDir Path dir) throws Exception {
        Cli.Run r = Cli.run("compare", "--variants", "tanh,relu", "--layers", "1,2", "--lengths", "5", "--seeds", "1",
                "--steps", "4", "--hidden", "3", "--batch-size", "4", "--train-sequences", "16", "--test-sequences", "8",
                "--probe-every", "2", "--threads", "1", "--no-run-metrics", "--out", dir.toString());
        assertEquals(0, r.exit(), r.err());
        List<String> rows = Files.readAllLines(dir.resolve("results.csv"));
        assertEquals(List.of("tanh-L1", "tanh-L2", "relu-L1", "relu-L2"), rows.subList(1, rows.size()).stream()
                .map(l -> l.substring(0, l.indexOf(','))).toList());
        String md = Files.readString(dir.resolve("summary.md"));
        assertTrue(md.contains("## Depth: gradients across stacked layers"), md);
        assertTrue(md.contains("| hidden units × layers | 3 × 1, 2 |"), md);
    }

    @Test
    void severalLayersOutsideCompare_andBadDepths_areOneLineErrors(@TempDir Path dir) {
        Cli.assertRejected(Cli.run("sweep", "--layers", "1,2", "--out", dir.toString()),
                "--layers 1,2: several depths go with 'rnnlab compare' (a depth study); give one depth here");
        Cli.assertRejected(Cli.run("compare", "--layers", "1,0", "--out", dir.toString()),
                "--layers: every depth must be >= 1, got [1, 0]");
        Cli.assertRejected(Cli.run("compare", "--layers", "2,2", "--out", dir.toString()),
                "--layers: depths must be distinct, got [2, 2]");
    }
}
