package org.rnnlab.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;

/**
 * Writes a file completely or not at all: the content goes to a temporary file in the same
 * directory, which then replaces the target in one rename. A crash or an error half-way leaves the
 * previous file, if any, untouched and no half-written file behind. A full disk is said as such:
 * {@code cannot write DIR/metrics.csv: disk full (No space left on device)}. Files are opened through {@link FileStreams}, where fault tests inject failures.
 */
public final class AtomicFile {

    /** Writes the content to a stream. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    private AtomicFile() {
    }

    /** Writes {@code target} atomically, creating its directory if needed. */
    public static void write(Path target, Content content) {
        write(target, content, false);
    }

    /**
     * Writes {@code target} atomically and forces its content to the disk before the rename, so that
     * even a power cut leaves the previous file or the whole new one (run starts, manifests,
     * markers), and forces the directory after it, so that the new name is on the disk too.
     */
    public static void writeDurably(Path target, Content content) {
        write(target, content, true);
    }

    private static void write(Path target, Content content, boolean durable) {
        Path dir = target.toAbsolutePath().getParent();
        Path temp = null;
        try {
            Files.createDirectories(dir);
            // not Files.createTempFile: its files are readable by the owner only (rw-------), and the
            // rename would pass that on to every model and report; a new file gets the umask's permissions
            temp = dir.resolve("." + target.getFileName() + "." + Long.toUnsignedString(RANDOM.nextLong(), 36) + ".tmp");
            try (OutputStream out = FileStreams.create(temp)) {
                content.writeTo(out);
            }
            if (durable) {
                try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                    channel.force(true); // the content is on the disk before the rename makes it the file
                }
            }
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            temp = null;
            if (durable) {
                forceDirectory(dir);
            }
        } catch (IOException e) {
            throw FileStreams.writeFailure(target, e);
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // the temporary file is hidden and harmless; the original error matters more
                }
            }
        }
    }

    /**
     * Forces the directory's entries to the disk, so that the rename itself survives a power cut
     * (on Linux a file's fsync does not cover the directory entry that names it). Where a directory
     * cannot be opened for this (not POSIX), the rename is left to the file system's own ordering.
     */
    private static void forceDirectory(Path dir) throws IOException {
        FileChannel channel;
        try {
            channel = FileChannel.open(dir, StandardOpenOption.READ);
        } catch (IOException | UnsupportedOperationException e) {
            return; // a directory that cannot be opened (not POSIX): the file itself is already on the disk
        }
        try (channel) {
            channel.force(true);
        }
    }

    /** Writes text (UTF-8) atomically. */
    public static void writeString(Path target, String text) {
        write(target, out -> out.write(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }
}
