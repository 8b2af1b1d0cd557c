package org.rnnlab.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;

import org.rnnlab.error.InputException;

/**
 * A directory written as a set: the new files go into the sibling {@code NAME.incomplete}, which
 * replaces {@code NAME} only when complete ({@link #commit}). After any failure — a full disk, a kill,
 * an exception — {@code NAME} holds exactly the previous complete set (or nothing, for a first run),
 * and {@code NAME.incomplete} what the failed run wrote, with its checkpoints if it made any, so that
 * it can be resumed.
 *
 * <p>The swap is two renames, made safe by a marker: {@code commit} first writes
 * {@code NAME.incomplete/.complete} (durably), then renames {@code NAME} to {@code .NAME.previous} and
 * {@code NAME.incomplete} to {@code NAME}, then deletes the marker and the previous set. Whoever next
 * opens the directory finishes a swap that a crash interrupted: forward when the marker exists, else
 * back to the previous set. The whole is guarded by a {@link DirectoryLock} beside the directory.
 */
public final class StagedDirectory implements AutoCloseable {

    /** The sub-directory of the staging directory that holds checkpoints; removed before the swap. */
    public static final String CHECKPOINTS = "checkpoints";
    private static final String MARKER = ".complete";

    private final Path dir;
    private final Path staging;
    private final Path previous;
    private final DirectoryLock lock;
    private boolean committed;

    private StagedDirectory(Path dir, DirectoryLock lock) {
        Path abs = dir.toAbsolutePath().normalize();
        this.dir = dir;
        this.staging = stagingOf(dir);
        this.previous = abs.resolveSibling("." + abs.getFileName() + ".previous");
        this.lock = lock;
    }

    /**
     * Locks {@code dir}, finishes or undoes a swap that a crash interrupted, and prepares the staging
     * directory: for a new run an empty one (refusing, exit code 2, when it holds an interrupted run's
     * checkpoints, so that hours of training are not thrown away by running the same command again);
     * with {@code resume} the interrupted run's, which must have checkpoints.
     */
    public static StagedDirectory open(Path dir, String command, boolean resume) {
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new IllegalArgumentException("--out: " + dir + " is a file, not a directory; give a directory");
        }
        Path abs = dir.toAbsolutePath().normalize();
        if (abs.getParent() == null || Path.of("").toAbsolutePath().normalize().startsWith(abs)) {
            throw new IllegalArgumentException("--out: " + dir + " holds the current directory, and the run replaces"
                    + " its directory as a whole; give a directory of its own, such as runs/NAME");
        }
        DirectoryLock lock = DirectoryLock.beside(dir, command);
        try {
            StagedDirectory d = new StagedDirectory(dir, lock);
            d.recover();
            d.prepare(resume);
            return d;
        } catch (RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    /** Where the new files go until {@link #commit}. */
    public Path staging() {
        return staging;
    }

    /** The directory that holds the complete set. */
    public Path dir() {
        return dir;
    }

    /** Where checkpoints go: {@code NAME.incomplete/checkpoints}. */
    public Path checkpoints() {
        return staging.resolve(CHECKPOINTS);
    }

    /** Whether {@code dir} holds a complete earlier set. */
    public boolean hasPrevious() {
        return Files.isDirectory(dir);
    }

    /** The lock's note when it was taken over from a killed process, else null. */
    public String tookOverLock() {
        return lock.tookOver();
    }

    /** Makes the staged set the directory's content, replacing the previous set. */
    public void commit() {
        try {
            AtomicFile.writeDurably(staging.resolve(MARKER), out -> {
            });
            finishSwap();
            committed = true;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot replace " + dir + " by " + staging + ": " + e.getMessage(), e);
        }
    }

    /**
     * Ends a run that does not replace the directory: its checkpoints are removed (it finished), its
     * other files stay in the staging directory, and the previous set stays in place.
     */
    public void finish() {
        try {
            deleteTree(checkpoints());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove " + checkpoints() + ": " + e.getMessage(), e);
        }
    }

    /** The staging directory of {@code dir}: {@code NAME.incomplete} beside it. */
    public static Path stagingOf(Path dir) {
        Path abs = dir.toAbsolutePath().normalize();
        return abs.getParent() == null ? abs : dir.resolveSibling(abs.getFileName() + ".incomplete");
    }

    /** Whether {@link #commit} ran. */
    public boolean committed() {
        return committed;
    }

    /**
     * Releases the lock; an uncommitted staging directory stays for inspection or {@code --resume},
     * unless it holds no file at all (a run refused before it wrote anything), which goes.
     */
    @Override
    public void close() {
        try {
            if (!committed && Files.isDirectory(staging) && !holdsAFile(staging)) {
                deleteTree(staging);
            }
        } catch (IOException | UncheckedIOException e) {
            // best effort: an empty directory is left behind, which the next run clears
        } finally {
            lock.close();
        }
    }

    private static boolean holdsAFile(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            return s.anyMatch(Files::isRegularFile);
        }
    }

    private void recover() {
        try {
            if (Files.exists(staging.resolve(MARKER))) {
                finishSwap();
            } else if (Files.exists(previous)) {
                if (!Files.exists(dir)) {
                    Files.move(previous, dir, StandardCopyOption.ATOMIC_MOVE); // the swap had not got far: back
                } else {
                    deleteTree(previous);
                }
            }
            Files.deleteIfExists(dir.resolve(MARKER));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot recover " + dir + " from an interrupted write: " + e.getMessage(), e);
        }
    }

    /** Steps that can be repeated until done: old set aside, new set in, marker and old set gone. */
    private void finishSwap() throws IOException {
        deleteTree(staging.resolve(CHECKPOINTS));
        if (Files.exists(staging)) {
            if (Files.exists(dir)) {
                deleteTree(previous);
                Files.move(dir, previous, StandardCopyOption.ATOMIC_MOVE);
            }
            Files.move(staging, dir, StandardCopyOption.ATOMIC_MOVE);
        }
        Files.deleteIfExists(dir.resolve(MARKER));
        deleteTree(previous);
    }

    private void prepare(boolean resume) throws UncheckedIOException {
        boolean interrupted = Files.isDirectory(checkpoints()) && hasFiles(checkpoints());
        if (resume && !interrupted) {
            throw InputException.of("--resume " + dir + ": no interrupted run to continue (" + staging
                    + (Files.exists(staging) ? " holds no checkpoint" : " does not exist") + ")"
                    + (hasPrevious() ? "; " + dir + " holds a complete run" : ""));
        }
        if (!resume && interrupted) {
            throw InputException.of(staging + " holds an interrupted run with checkpoints; continue it with"
                    + " --resume " + dir + ", or delete " + staging + " to start over");
        }
        try {
            if (!resume) {
                deleteTree(staging);
            }
            Files.createDirectories(staging);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + staging + ": " + e.getMessage(), e);
        }
    }

    private static boolean hasFiles(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.anyMatch(p -> p.getFileName().toString().endsWith(".json"));
        } catch (IOException e) {
            return false;
        }
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                try {
                    Files.deleteIfExists(p);
                } catch (DirectoryNotEmptyException e) {
                    throw new IOException("cannot delete " + p + ": it is not empty", e);
                }
            }
        }
    }
}
