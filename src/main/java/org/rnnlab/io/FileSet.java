package org.rnnlab.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A few files beside each other that belong together (a forecast's CSV and its chart), replaced
 * as a set. The new files are written completely into a staging directory {@code .NAME.new}
 * beside the primary file; then a journal {@code .NAME.swap} naming the files is written durably,
 * the files are moved over the old ones, and the journal and the staging directory are removed.
 * {@link #recover} — called before every new write — finishes a swap that a crash cut short (all
 * its files were complete before the journal existed) or, without a journal, drops an unfinished
 * staging directory. So the files are the previous complete set, or the new complete set once the
 * next command has looked; never a new CSV next to an old chart.
 */
public final class FileSet {

    private final Path primary;
    private final Path staging;
    private final Path journal;

    private FileSet(Path primary) {
        Path abs = primary.toAbsolutePath().normalize();
        this.primary = abs;
        this.staging = abs.resolveSibling("." + abs.getFileName() + ".new");
        this.journal = abs.resolveSibling("." + abs.getFileName() + ".swap");
    }

    /** A set named by its primary file, after recovering from an interrupted earlier write. */
    public static FileSet of(Path primary) {
        FileSet set = new FileSet(primary);
        set.recover();
        return set;
    }

    /** Where {@code finalFile} (beside the primary file) is written until {@link #commit}. */
    public Path staged(Path finalFile) {
        try {
            Files.createDirectories(staging);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + staging + ": " + e.getMessage(), e);
        }
        return staging.resolve(finalFile.getFileName().toString());
    }

    /** Replaces the old files by every file staged so far, as one set. */
    public void commit() {
        List<String> names = new ArrayList<>();
        try (Stream<Path> files = Files.list(staging)) {
            files.filter(Files::isRegularFile).map(f -> f.getFileName().toString()).filter(n -> !n.endsWith(".tmp"))
                    .sorted().forEach(names::add);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + staging + ": " + e.getMessage(), e);
        }
        String text = String.join("\n", names) + "\n";
        AtomicFile.writeDurably(journal, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
        recover();
    }

    /** Finishes a journalled swap, or drops a staging directory that never got a journal. */
    void recover() {
        try {
            if (Files.isRegularFile(journal)) {
                for (String name : Files.readAllLines(journal, StandardCharsets.UTF_8)) {
                    Path from = staging.resolve(name);
                    if (!name.isBlank() && Files.exists(from)) {
                        Files.move(from, primary.resolveSibling(name), StandardCopyOption.REPLACE_EXISTING,
                                StandardCopyOption.ATOMIC_MOVE);
                    }
                }
            }
            deleteTree(staging);
            Files.deleteIfExists(journal);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot finish writing the files of " + primary + ": " + e.getMessage(), e);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(f);
            }
        } catch (NoSuchFileException e) {
            // nothing staged
        }
    }
}
