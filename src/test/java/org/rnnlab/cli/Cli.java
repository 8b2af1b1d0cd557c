package org.rnnlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Runs the command line in this process, with small models and files, for the command tests. */
final class Cli {

    static final Path AIRLINE = Path.of("datasets", "airline_passengers.csv");
    static final Path EU_STOCKS = Path.of("datasets", "eu_stock_markets_daily.csv");

    /** Options that make training take a fraction of a second. */
    static final String[] TINY = {"--hidden", "4", "--epochs", "3", "--patience", "0"};

    private static final ObjectMapper JSON = new ObjectMapper();

    /** What a command printed and returned. */
    record Run(int exit, String out, String err) {
        Run expectSuccess() {
            assertEquals(0, exit, "exit code; stderr: " + err + "\nstdout: " + out);
            return this;
        }
    }

    private Cli() {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        int exit = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(exit, out.toString(), err.toString());
    }

    /** {@code rnnlab train --data FILE --out DIR} with the tiny options and any others. */
    static Run train(Path data, Path out, String... more) {
        List<String> args = new ArrayList<>(List.of("train", "--data", data.toString(), "--out", out.toString()));
        args.addAll(Arrays.asList(TINY));
        if (!Arrays.asList(more).contains("--transform")) {
            args.addAll(List.of("--transform", "none")); // one training, not auto's candidates; auto has its own tests
        }
        args.addAll(Arrays.asList(more));
        return run(args.toArray(String[]::new));
    }

    /**
     * Expects exit code 2 and one line on stderr, {@code rnnlab: error: ...}, holding every fragment,
     * without a stack trace.
     */
    static String assertRejected(Run r, String... fragments) {
        assertEquals(2, r.exit, "exit code; stderr: " + r.err);
        String err = r.err.strip();
        assertTrue(err.startsWith("rnnlab: error: "), "error line: " + r.err);
        assertFalse(err.contains("\n"), "one line only: " + r.err);
        assertFalse(err.contains("Exception") || err.contains("\tat "), "no stack trace: " + r.err);
        for (String fragment : fragments) {
            assertTrue(err.contains(fragment), "message lacks \"" + fragment + "\": " + err);
        }
        return err;
    }

    static Path write(Path dir, String name, String content) {
        try {
            Path file = dir.resolve(name);
            Files.writeString(file, content, StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode json(Path file) {
        try {
            return JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A monthly series of {@code rows} rows: a seasonal wave on a rising trend, all positive. */
    static String monthly(int rows) {
        StringBuilder s = new StringBuilder("month,value\n");
        for (int r = 0; r < rows; r++) {
            double v = 100 + r + 10 * Math.sin(2 * Math.PI * r / 12);
            s.append(String.format(java.util.Locale.ROOT, "%d-%02d,%.3f%n", 2000 + r / 12, r % 12 + 1, v));
        }
        return s.toString();
    }

    /** {@code rows} months of three columns, sales, temp and price (the last, the default target). */
    static String threeColumnMonthly(int rows) {
        StringBuilder csv = new StringBuilder("month,sales,temp,price\n");
        for (int i = 0; i < rows; i++) {
            csv.append(String.format(java.util.Locale.ROOT, "%d-%02d,%.2f,%.2f,%.2f%n", 2000 + i / 12, i % 12 + 1,
                    10 + Math.sin(i), 5 + Math.cos(i), 20 + 0.1 * i));
        }
        return csv.toString();
    }
}
