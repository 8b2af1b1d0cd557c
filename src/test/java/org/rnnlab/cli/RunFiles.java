package org.rnnlab.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** A run directory's files, byte for byte, and the parts of two runs that must be equal bit for bit. */
final class RunFiles {

    private RunFiles() {
    }

    /** Every file under {@code dir} (relative name to content as text), to compare a directory before and after. */
    static Map<String, String> snapshot(Path dir) {
        Map<String, String> files = new TreeMap<>();
        if (!Files.exists(dir)) {
            return files;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                byte[] bytes = Files.readAllBytes(p);
                files.put(dir.relativize(p).toString(), bytes.length + " bytes, hash "
                        + Arrays.hashCode(bytes) + (p.toString().endsWith(".png") ? "" : ": " + new String(bytes)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    /** Temporary files left anywhere under {@code dir}: a write that did not finish. */
    static List<Path> leftovers(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(p -> p.getFileName().toString().endsWith(".tmp")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * What an interrupted and resumed run must share with an uninterrupted one: model.json but the time it
     * started, metrics.csv but its wall-clock {@code seconds} column.
     */
    static String trained(Path dir) {
        try {
            String model = Files.readString(dir.resolve("model.json")).replaceAll("\"started\" : \"[^\"]*\"", "");
            List<String> lines = Files.readAllLines(dir.resolve("metrics.csv"));
            int seconds = Arrays.asList(lines.get(0).split(",")).indexOf("seconds");
            String metrics = lines.stream().map(line -> {
                String[] cells = line.split(",", -1);
                return Stream.concat(Arrays.stream(cells, 0, seconds), Arrays.stream(cells, seconds + 1, cells.length))
                        .collect(Collectors.joining(","));
            }).collect(Collectors.joining("\n"));
            return "model.json:\n" + model + "\nmetrics.csv:\n" + metrics;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
