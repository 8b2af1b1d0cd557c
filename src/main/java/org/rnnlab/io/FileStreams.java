package org.rnnlab.io;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The one place where rnnlab opens a file for writing ({@link AtomicFile} and the appended journals
 * go through it), so that fault tests can make the disk "fill up": {@link #failAfter} makes every
 * stream opened from then on share a budget of bytes, after which writes fail as a full disk does
 * ({@code No space left on device}). Nothing else changes how files are written.
 */
public final class FileStreams {

    /** The message of a write to a full disk, as the JDK reports {@code ENOSPC} on Linux. */
    public static final String NO_SPACE = "No space left on device";

    private static volatile AtomicLong budget;

    private FileStreams() {
    }

    /** A new file (it must not exist), for writing. */
    static OutputStream create(Path file) throws IOException {
        OutputStream out = Files.newOutputStream(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        AtomicLong left = budget;
        return left == null ? out : new Limited(out, left);
    }

    /** A file to append to, created when it does not exist (journals that grow with a run). */
    public static OutputStream append(Path file) throws IOException {
        OutputStream out = Files.newOutputStream(file, StandardOpenOption.CREATE, StandardOpenOption.APPEND,
                StandardOpenOption.WRITE);
        AtomicLong left = budget;
        return left == null ? out : new Limited(out, left);
    }

    /**
     * For fault tests: from now until the returned budget is closed, writes fail with {@value #NO_SPACE}
     * once {@code bytes} bytes in total have been written ({@code Long.MAX_VALUE}: only count them).
     */
    public static Budget failAfter(long bytes) {
        Budget b = new Budget(bytes);
        budget = b.left;
        return b;
    }

    /** The bytes a fault test allows, and how many were written. */
    public static final class Budget implements AutoCloseable {
        private final long bytes;
        private final AtomicLong left;

        private Budget(long bytes) {
            this.bytes = bytes;
            this.left = new AtomicLong(bytes);
        }

        /** Bytes written since the budget was set. */
        public long used() {
            return bytes - left.get();
        }

        @Override
        public void close() {
            budget = null;
        }
    }

    /** A failed write to {@code file} as one line: {@code cannot write FILE: disk full (...)} or the cause. */
    public static java.io.UncheckedIOException writeFailure(Path file, IOException e) {
        return new java.io.UncheckedIOException("cannot write " + file + ": " + (isDiskFull(e)
                ? "disk full (" + NO_SPACE + ")" : e.getMessage()), e);
    }

    /** Whether an exception is a full disk's. */
    public static boolean isDiskFull(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getMessage() != null && t.getMessage().contains(NO_SPACE)) {
                return true;
            }
        }
        return false;
    }

    /** Writes up to the shared budget, then fails. */
    private static final class Limited extends FilterOutputStream {
        private final AtomicLong left;

        Limited(OutputStream out, AtomicLong left) {
            super(out);
            this.left = left;
        }

        @Override
        public void write(int b) throws IOException {
            take(1);
            out.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            long allowed = Math.max(0, Math.min(len, left.get()));
            if (allowed > 0) {
                out.write(b, off, (int) allowed);
            }
            take(len);
        }

        private void take(long n) throws IOException {
            if (left.addAndGet(-n) < 0) {
                left.set(0);
                throw new IOException(NO_SPACE);
            }
        }
    }
}
