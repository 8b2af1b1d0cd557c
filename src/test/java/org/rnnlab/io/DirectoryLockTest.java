package org.rnnlab.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rnnlab.error.InputException;

/** One writer per directory; a killed owner's lock is taken over; releasing leaves an empty file. */
class DirectoryLockTest {

    @TempDir
    Path dir;

    @Test
    void aSecondWriter_isRefusedNamingTheOwner() {
        Path study = dir.resolve("study");
        try (DirectoryLock first = DirectoryLock.inside(study, "rnnlab compare")) {
            InputException e = assertThrows(InputException.class, () -> DirectoryLock.inside(study, "rnnlab sweep"));
            String pid = String.valueOf(ProcessHandle.current().pid());
            assertTrue(e.getMessage().startsWith(study + " is in use by process " + pid + " (rnnlab compare, since "),
                    e.getMessage());
            assertTrue(e.getMessage().endsWith("); wait for it to finish, or stop it"), e.getMessage());
            assertNull(first.tookOver());
        }
    }

    @Test
    void releasing_emptiesTheLockFile_andTheNextWriterTakesNoOnesLock() throws Exception {
        Path run = dir.resolve("run");
        DirectoryLock.beside(run, "rnnlab train").close();
        Path file = dir.resolve(".run.lock");
        assertEquals("", Files.readString(file));
        try (DirectoryLock again = DirectoryLock.beside(run, "rnnlab train")) {
            assertNull(again.tookOver());
            assertTrue(Files.readString(file).startsWith(ProcessHandle.current().pid() + " (rnnlab train, since "));
        }
    }

    @Test
    void theLockOfAProcessThatNoLongerRuns_isTakenOver_andSaidSo() throws Exception {
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        Path run = dir.resolve("run");
        Files.writeString(dir.resolve(".run.lock"), gone.pid() + " (rnnlab train, since 2026-01-01T00:00:00Z)\n");
        try (DirectoryLock lock = DirectoryLock.beside(run, "rnnlab train")) {
            assertEquals("took over the lock of process " + gone.pid() + ", which no longer runs", lock.tookOver());
        }
        assertFalse(Files.exists(run), "locking beside a directory does not create it");
    }

    @Test
    void anOutputUnderAFile_isBadInput_namingThePlace_notAnInternalFailure() throws Exception {
        Path file = Files.writeString(dir.resolve("notes.txt"), "x");
        InputException e = assertThrows(InputException.class, () -> DirectoryLock.beside(file.resolve("run"),
                "rnnlab train"));
        assertEquals("cannot write " + file.resolve("run") + ": " + file + " is a file, not a directory; give an output"
                + " path in a directory that can be written to", e.getMessage());
        InputException deeper = assertThrows(InputException.class, () -> DirectoryLock.beside(
                file.resolve("sub").resolve("run"), "rnnlab train"));
        assertTrue(deeper.getMessage().startsWith("cannot write " + file.resolve("sub").resolve("run") + ": "),
                deeper.getMessage());
        assertTrue(deeper.getMessage().contains("file, not a directory"), deeper.getMessage());
    }
}
