package org.rnnlab.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileTest {

    @TempDir
    Path dir;

    @Test
    void write_replacesTheFileWhole_andLeavesNoTemporaryFile() throws Exception {
        Path file = dir.resolve("sub/model.json");
        AtomicFile.writeString(file, "first");
        AtomicFile.writeString(file, "second");
        assertEquals("second", Files.readString(file));
        try (Stream<Path> files = Files.list(file.getParent())) {
            assertEquals(1, files.count());
        }
    }

    @Test
    void write_thatFails_keepsThePreviousFile_andLeavesNoTemporaryFile() throws Exception {
        Path file = dir.resolve("model.json");
        AtomicFile.writeString(file, "good");
        assertThrows(UncheckedIOException.class, () -> AtomicFile.write(file, out -> {
            out.write("half".getBytes());
            throw new IOException("disk full");
        }));
        assertEquals("good", Files.readString(file));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(1, files.count());
        }
    }

    /** The written file has the permissions of any new file (the umask's), not a temporary file's rw-------. */
    @Test
    void write_givesTheFileTheUsualPermissions() throws Exception {
        Assumptions.assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        Path plain = Files.writeString(dir.resolve("plain.txt"), "x");
        Path atomic = dir.resolve("atomic.txt");
        AtomicFile.writeString(atomic, "x");
        assertEquals(Files.getPosixFilePermissions(plain), Files.getPosixFilePermissions(atomic));
        assertTrue(Files.isReadable(atomic));
    }
}
