package org.rnnlab.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The set of files a directory holds, for directories that are written in place file by file and kept
 * across invocations (study directories, whose per-run records accumulate): each file is written
 * atomically ({@link AtomicFile}), and {@code manifest.tsv} — every file's relative name, size and
 * SHA-256 — is written last, durably. A directory whose files do not match its manifest was being
 * rewritten when something failed; {@link #problems} says which files differ.
 *
 * <p>Format: one line per file, {@code NAME<TAB>BYTES<TAB>SHA256}, sorted as given.
 */
public final class Manifest {

    public static final String FILE_NAME = "manifest.tsv";

    private Manifest() {
    }

    /** Writes {@code dir/manifest.tsv} naming {@code files} (relative to {@code dir}), after they are all written. */
    public static void write(Path dir, List<String> files) {
        StringBuilder text = new StringBuilder();
        for (String name : files) {
            Path f = dir.resolve(name);
            try {
                text.append(name).append('\t').append(Files.size(f)).append('\t').append(sha256(f)).append('\n');
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list " + f + " in the manifest: " + e.getMessage(), e);
            }
        }
        AtomicFile.writeDurably(dir.resolve(FILE_NAME), out -> out.write(text.toString().getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * What does not match the manifest ("summary.md: 812 bytes, the manifest says 790"; "no manifest.tsv"),
     * empty when every listed file is as the manifest says.
     */
    public static List<String> problems(Path dir) {
        Map<String, String[]> listed = new LinkedHashMap<>();
        try {
            for (String line : Files.readAllLines(dir.resolve(FILE_NAME))) {
                String[] cells = line.split("\t");
                if (cells.length == 3) {
                    listed.put(cells[0], cells);
                }
            }
        } catch (NoSuchFileException e) {
            return List.of("no " + FILE_NAME + " (the directory was never completed)");
        } catch (IOException e) {
            return List.of("cannot read " + FILE_NAME + ": " + e.getMessage());
        }
        List<String> problems = new ArrayList<>();
        listed.forEach((name, cells) -> {
            Path f = dir.resolve(name);
            try {
                long size = Files.size(f);
                if (size != Long.parseLong(cells[1])) {
                    problems.add(name + ": " + size + " bytes, the manifest says " + cells[1]);
                } else if (!sha256(f).equals(cells[2])) {
                    problems.add(name + ": other content than the manifest's");
                }
            } catch (NoSuchFileException e) {
                problems.add(name + ": missing");
            } catch (IOException | NumberFormatException e) {
                problems.add(name + ": " + e.getMessage());
            }
        });
        return problems;
    }

    private static String sha256(Path file) throws IOException {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK lacks SHA-256", e);
        }
    }
}
