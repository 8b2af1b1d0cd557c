package org.rnnlab.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;

import org.rnnlab.error.InputException;

/**
 * One writer per directory: a lock file holding the owner's process id, command and start time,
 * locked with the operating system's file lock for as long as the owner writes.
 *
 * <p>A second process that asks for the lock is refused at once with one line naming the owner
 * ({@code runs/x is in use by process 4711 (rnnlab train, since ...)}; exit code 2 on the command
 * line). The kernel releases the file lock when its process dies, even by {@code kill -9}, so a stale
 * lock file (a process id that no longer runs) is taken over, and {@link #tookOver()} says whose it
 * was. Releasing empties the file and leaves it in place, so that two processes never lock two
 * different files of the same name.
 *
 * <p>Run directories that are swapped in whole ({@link StagedDirectory}) are locked beside the
 * directory ({@link #beside}, {@code .NAME.lock}); directories that are written in place and kept
 * across invocations (studies) are locked inside it ({@link #inside}, {@code DIR/.rnnlab.lock}).
 */
public final class DirectoryLock implements AutoCloseable {

    private final Path file;
    private final FileChannel channel;
    private final FileLock lock;
    private final String tookOver;

    private DirectoryLock(Path file, FileChannel channel, FileLock lock, String tookOver) {
        this.file = file;
        this.channel = channel;
        this.lock = lock;
        this.tookOver = tookOver;
    }

    /** Locks {@code dir} by {@code dir/.rnnlab.lock}, creating the directory if needed. */
    public static DirectoryLock inside(Path dir, String command) {
        return acquire(dir.resolve(".rnnlab.lock"), dir, command);
    }

    /** Locks {@code dir} by the sibling file {@code .NAME.lock}, for a directory that is replaced as a whole. */
    public static DirectoryLock beside(Path dir, String command) {
        Path abs = dir.toAbsolutePath().normalize();
        return acquire(abs.resolveSibling("." + abs.getFileName() + ".lock"), dir, command);
    }

    /** Locks one output file by the sibling {@code .NAME.lock} (a forecast written outside a run directory). */
    public static DirectoryLock forFile(Path file, String command) {
        Path abs = file.toAbsolutePath().normalize();
        return acquire(abs.resolveSibling("." + abs.getFileName() + ".lock"), file, command);
    }

    private static DirectoryLock acquire(Path file, Path dir, String command) {
        FileChannel channel = null;
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null; // this very process holds it
            }
            String previous = read(channel);
            if (lock == null) {
                channel.close();
                throw InputException.of(dir + " is in use by " + (previous.isBlank() ? "another process"
                        : "process " + previous.strip()) + "; wait for it to finish, or stop it");
            }
            String pid = previous.isBlank() ? "" : previous.strip().split(" ", 2)[0];
            String tookOver = pid.isEmpty() ? null : "took over the lock of process " + pid
                    + (alive(pid) ? "" : ", which no longer runs");
            String owner = ProcessHandle.current().pid() + " (" + command + ", since " + Instant.now() + ")\n";
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(owner.getBytes(StandardCharsets.UTF_8)), 0);
            channel.force(false);
            return new DirectoryLock(file, channel, lock, tookOver);
        } catch (IOException e) {
            closeQuietly(channel);
            String unwritable = unwritable(e);
            if (unwritable != null) {
                throw InputException.of("cannot write " + dir + ": " + file.toAbsolutePath().getParent() + " "
                        + unwritable + "; give an output path in a directory that can be written to");
            }
            throw new UncheckedIOException("cannot lock " + dir + " (" + file.getFileName() + "): " + e.getMessage(), e);
        }
    }

    /**
     * Why files cannot be made where the output was asked for, when that is the place's fault and not
     * the disk's (so bad input, exit 2): no permission, a read-only file system, a file where a
     * directory is needed, a place that takes no new files (such as /proc); null otherwise.
     */
    private static String unwritable(IOException e) {
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "is not writable (permission denied)";
        }
        if (e instanceof java.nio.file.FileAlreadyExistsException || e instanceof java.nio.file.NotDirectoryException) {
            return "is a file, not a directory";
        }
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "takes no new files";
        }
        String reason = e instanceof java.nio.file.FileSystemException f && f.getReason() != null
                ? f.getReason().toLowerCase(java.util.Locale.ROOT) : "";
        return reason.contains("read-only") ? "is on a read-only file system"
                : reason.contains("not a directory") ? "lies under a file, not a directory" : null;
    }

    private static String read(FileChannel channel) throws IOException {
        ByteBuffer b = ByteBuffer.allocate((int) Math.min(channel.size(), 4096));
        channel.read(b, 0);
        return new String(b.array(), 0, b.position(), StandardCharsets.UTF_8);
    }

    private static boolean alive(String pid) {
        try {
            return ProcessHandle.of(Long.parseLong(pid)).map(ProcessHandle::isAlive).orElse(false);
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** "took over the lock of process N, which no longer runs" when a killed process left its lock, else null. */
    public String tookOver() {
        return tookOver;
    }

    public Path file() {
        return file;
    }

    /** Empties the lock file and releases the lock. */
    @Override
    public void close() {
        try {
            channel.truncate(0);
            lock.release();
        } catch (IOException e) {
            // the kernel releases the lock when the channel closes
        } finally {
            closeQuietly(channel);
        }
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // nothing more to release
            }
        }
    }
}
