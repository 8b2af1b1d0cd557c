package org.rnnlab.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A disk that fills up: the write fails as ENOSPC does, is said as "disk full", and leaves the old file alone. */
class FileStreamsTest {

    @TempDir
    Path dir;

    @Test
    void aFullDisk_failsTheWrite_keepsThePreviousFile_andLeavesNoTemporaryFile() throws IOException {
        Path file = dir.resolve("metrics.csv");
        AtomicFile.writeString(file, "old content");
        UncheckedIOException e;
        try (FileStreams.Budget full = FileStreams.failAfter(10)) {
            e = assertThrows(UncheckedIOException.class, () -> AtomicFile.writeString(file, "x".repeat(20_480)));
            assertEquals(10, full.used());
        }
        assertEquals("cannot write " + file + ": disk full (No space left on device)", e.getMessage());
        assertEquals("old content", Files.readString(file));
        try (Stream<Path> s = Files.list(dir)) {
            assertEquals(1, s.count(), "only the file itself");
        }
    }

    @Test
    void theBudget_isSharedByEveryFile_andEndsWithItsHandle() throws IOException {
        try (FileStreams.Budget full = FileStreams.failAfter(8)) {
            AtomicFile.writeString(dir.resolve("a"), "12345");
            assertThrows(UncheckedIOException.class, () -> AtomicFile.writeString(dir.resolve("b"), "12345"));
        }
        AtomicFile.writeString(dir.resolve("b"), "12345"); // the disk has space again
        assertEquals("12345", Files.readString(dir.resolve("b")));
    }
}
