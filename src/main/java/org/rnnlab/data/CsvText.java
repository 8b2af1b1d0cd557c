package org.rnnlab.data;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.rnnlab.error.InputException;

/**
 * The bytes of a CSV file as checked UTF-8 text: a leading byte-order mark is dropped; UTF-16,
 * NUL bytes (binary files) and malformed UTF-8 are rejected with the line where they occur.
 */
final class CsvText {

    private CsvText() {
    }

    /** Decodes {@code bytes}, read from {@code file}, into text without a byte-order mark. */
    static String decode(Path file, byte[] bytes) {
        if (bytes.length >= 2 && ((bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE)
                || (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF))) {
            throw InputException.inFile(file, "the file is UTF-16 text (it starts with a UTF-16 byte-order mark);"
                    + " save it as UTF-8 and load it again");
        }
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                throw InputException.at(file, lineOf(bytes, i), "the file contains a NUL byte (at byte offset " + i
                        + "), so it looks binary (a spreadsheet, a compressed or UTF-16 file), not CSV text;"
                        + " export the data as a UTF-8 CSV file");
            }
        }
        int start = bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF
                ? 3 : 0;
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length - start);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int at = in.position();
            throw InputException.at(file, lineOf(bytes, at), String.format(
                    "the file is not valid UTF-8 (byte 0x%02X at byte offset %d cannot start or continue a UTF-8"
                            + " character; the file may be Latin-1 or Windows-1252); re-save it as UTF-8",
                    bytes[at] & 0xFF, at));
        }
        decoder.flush(out);
        out.flip();
        return out.toString();
    }

    /** The 1-based line of a byte offset, counting LF, CRLF and lone CR line ends. */
    static long lineOf(byte[] bytes, int offset) {
        long line = 1;
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n' || (bytes[i] == '\r' && (i + 1 >= bytes.length || bytes[i + 1] != '\n'))) {
                line++;
            }
        }
        return line;
    }

    /** The 1-based line of a character position in decoded text. */
    static long lineOf(String text, long position) {
        long line = 1;
        int end = (int) Math.min(position, text.length());
        for (int i = 0; i < end; i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
                line++;
            }
        }
        return line;
    }

    /**
     * Text from the file as a message shows it: in double quotes, line breaks and other control
     * characters escaped (messages are one line), cut after 40 characters.
     */
    static String quote(String text) {
        StringBuilder b = new StringBuilder(Math.min(text.length(), 44) + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            if (i == 40) {
                b.append("...");
                break;
            }
            char c = text.charAt(i);
            if (c == '\n') {
                b.append("\\n");
            } else if (c == '\r') {
                b.append("\\r");
            } else if (c == '\t') {
                b.append("\\t");
            } else if (c < 0x20 || c == 0x7f) {
                b.append(String.format("\\u%04x", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.append('"').toString();
    }
}
