package org.rnnlab.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.rnnlab.error.InputException;

/** Small CSV files for tests, and an assertion on rejected input. */
final class CsvFixtures {

    private CsvFixtures() {
    }

    static Path write(Path dir, String content) {
        return writeBytes(dir, content.getBytes(StandardCharsets.UTF_8));
    }

    static Path writeBytes(Path dir, byte[] content) {
        try {
            Path file = Files.createTempFile(dir, "series", ".csv");
            Files.write(file, content);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Loads {@code file}, expects an InputException at {@code location} ("" for the file alone,
     * ":3" for line 3, ":3:2" for line 3 field 2) whose message holds every fragment.
     */
    static InputException assertRejected(Path file, CsvOptions options, String location, String... fragments) {
        InputException e = assertThrows(InputException.class, () -> CsvLoader.load(file, options));
        assertEquals(file + location, e.location(), "location of: " + e.getMessage());
        for (String fragment : fragments) {
            assertTrue(e.detail().contains(fragment), "message lacks \"" + fragment + "\": " + e.detail());
        }
        assertTrue(!e.detail().contains("\n"), "message must be one line: " + e.detail());
        return e;
    }

    static InputException assertRejected(Path file, String location, String... fragments) {
        return assertRejected(file, CsvOptions.defaults(), location, fragments);
    }
}
