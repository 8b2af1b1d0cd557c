package org.rnnlab.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A directory's manifest, written last, tells a complete set from one whose rewrite was interrupted. */
class ManifestTest {

    @TempDir
    Path dir;

    @Test
    void aCompleteSet_matchesItsManifest_andAChangedOrMissingFileIsNamed() throws IOException {
        assertEquals(List.of("no manifest.tsv (the directory was never completed)"), Manifest.problems(dir));
        AtomicFile.writeString(dir.resolve("summary.md"), "# study\n");
        AtomicFile.writeString(dir.resolve("runs/a.json"), "{}");
        Manifest.write(dir, List.of("summary.md", "runs/a.json"));
        assertEquals(List.of(), Manifest.problems(dir));

        AtomicFile.writeString(dir.resolve("summary.md"), "# another study\n"); // a rewrite that stopped here
        Files.delete(dir.resolve("runs/a.json"));
        assertEquals(List.of("summary.md: 16 bytes, the manifest says 8", "runs/a.json: missing"), Manifest.problems(dir));
        AtomicFile.writeString(dir.resolve("summary.md"), "# STUDY\n");
        assertEquals("summary.md: other content than the manifest's", Manifest.problems(dir).get(0));
    }
}
