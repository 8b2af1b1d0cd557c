package org.rnnlab.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file is written completely or not at all: a failing writer leaves the old file and no temporary file. */
class AtomicFileTest {

    @TempDir
    Path dir;

    private List<String> listing() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void write_replacesTheFile() throws IOException {
        Path target = dir.resolve("model.json");
        AtomicFile.writeString(target, "old");
        AtomicFile.writeString(target, "new ✓");
        assertEquals("new ✓", Files.readString(target));
        assertEquals(List.of("model.json"), listing());
    }

    @Test
    void aWriterThatFailsWithAnIOException_leavesTheOldFileIntact_andNoTemporaryFile() throws IOException {
        Path target = dir.resolve("model.json");
        AtomicFile.writeString(target, "old content");
        UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> AtomicFile.write(target, out -> {
            out.write("half a new fi".getBytes(StandardCharsets.UTF_8));
            throw new IOException("disk full");
        }));
        assertEquals("cannot write " + target + ": disk full", e.getMessage());
        assertEquals("old content", Files.readString(target));
        assertEquals(List.of("model.json"), listing());
    }

    @Test
    void aWriterThatFailsWithARuntimeException_leavesTheOldFileIntact_andNoTemporaryFile() throws IOException {
        Path target = dir.resolve("model.json");
        AtomicFile.writeString(target, "old content");
        IllegalStateException boom = new IllegalStateException("serialiser broke");
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> AtomicFile.write(target, out -> {
            out.write(new byte[1000]);
            throw boom;
        }));
        assertSame(boom, e);
        assertEquals("old content", Files.readString(target));
        assertEquals(List.of("model.json"), listing());
    }

    @Test
    void aFailedFirstWrite_leavesNoFileAtAll() throws IOException {
        Path target = dir.resolve("sub").resolve("run.json");
        assertThrows(UncheckedIOException.class, () -> AtomicFile.write(target, out -> {
            throw new IOException("nope");
        }));
        assertFalse(Files.exists(target));
        try (Stream<Path> s = Files.list(target.getParent())) {
            assertEquals(0, s.count(), "a temporary file was left behind");
        }
    }

    @Test
    void write_createsMissingDirectories() throws IOException {
        Path target = dir.resolve("a").resolve("b").resolve("metrics.csv");
        AtomicFile.writeString(target, "step,loss\n");
        assertEquals("step,loss\n", Files.readString(target));
    }
}
