package org.rnnlab.data;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.rnnlab.error.InputException;

/**
 * Reads a CSV time series into a {@link TimeSeriesTable}, with commons-csv doing the CSV syntax.
 *
 * <p>Accepted: UTF-8 with or without a byte-order mark; LF or CRLF line ends; comma, semicolon or
 * tab separators; quoted fields; blanks around fields (trimmed); empty or blank lines (skipped); numbers
 * as {@link StrictDecimal} reads them (scientific notation included). Every rejection is an
 * {@link InputException} located at {@code FILE:LINE:FIELD} (both 1-based) wherever there is a
 * line and field to point at, with a message that says what is wrong and what to do.
 *
 * <p>Only the time, feature and target columns are read; other columns are skipped unchecked.
 */
public final class CsvLoader {

    private CsvLoader() {
    }

    /** Loads a file with {@link CsvOptions#defaults()}. */
    public static TimeSeriesTable load(Path file) {
        return load(file, CsvOptions.defaults());
    }

    /** Loads a file. */
    public static TimeSeriesTable load(Path file, CsvOptions options) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw InputException.inFile(file, "no such file; check the path").withCause(e);
        } catch (IOException e) {
            throw InputException.inFile(file, "cannot read the file (" + e.getMessage() + "); check that it is a"
                    + " readable file").withCause(e);
        }
        String text = CsvText.decode(file, bytes);
        if (text.isBlank()) {
            throw InputException.inFile(file, "the file is empty; expected "
                    + (options.header() ? "a header row and " : "") + "rows of comma-, semicolon- or tab-separated values");
        }
        Delimiter delimiter = options.delimiter() == Delimiter.AUTO
                ? detectDelimiter(file, text, options.decimalComma())
                : options.delimiter();
        Records records = parse(file, text, delimiter);
        List<String> header;
        int first;
        if (options.header()) {
            header = checkHeader(file, records.line(0), records.rows.get(0), options.decimalPoint());
            first = 1;
        } else {
            header = new ArrayList<>();
            for (int f = 1; f <= records.rows.get(0).length; f++) {
                header.add(Integer.toString(f));
            }
            first = 0;
        }
        List<String[]> data = records.rows.subList(first, records.rows.size());
        if (data.isEmpty()) {
            throw InputException.at(file, records.line(0), "the file has a header (" + CsvText.quote(String.join(",", header))
                    + ") but no data rows below it; add at least one row of values");
        }
        for (int r = 0; r < data.size(); r++) {
            if (data.get(r).length != header.size()) {
                int found = data.get(r).length;
                throw InputException.at(file, records.line(first + r), Math.min(found, header.size()) + 1,
                        "expected " + header.size() + " fields separated by " + delimiter.display() + " (as in "
                                + (options.header() ? "the header" : "the first row") + "), found " + found
                                + "; check for a missing or stray separator, and quote values that contain one");
            }
        }
        ColumnSelection selection = ColumnSelection.resolve(file, header, data, options);
        boolean unnamedIndex = options.header() && records.rows.get(0)[0].isEmpty() && header.get(0).equals(INDEX);
        if (unnamedIndex && selection.time() != 0 && options.features().isEmpty()) {
            selection = selection.withoutDefaultFeature(0); // a row counter beside the file's own time column
        }
        return new TableReader(file, options, header, data, records.linesFrom(first, records.rows.size()), selection).read();
    }

    /** Picks the separator that occurs most often outside quotes on the first non-empty line. */
    static Delimiter detectDelimiter(Path file, String text, boolean decimalComma) {
        int commas = 0;
        int semicolons = 0;
        int tabs = 0;
        boolean quoted = false;
        int start = 0;
        while (start < text.length() && (text.charAt(start) == '\n' || text.charAt(start) == '\r'
                || text.charAt(start) == ' ')) {
            start++;
        }
        for (int i = start; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted) {
                commas += c == ',' ? 1 : 0;
                semicolons += c == ';' ? 1 : 0;
                tabs += c == '\t' ? 1 : 0;
            }
        }
        if (decimalComma) {
            commas = 0;
        }
        int max = Math.max(commas, Math.max(semicolons, tabs));
        if (max == 0) {
            return decimalComma ? Delimiter.SEMICOLON : Delimiter.COMMA;
        }
        int ties = (commas == max ? 1 : 0) + (semicolons == max ? 1 : 0) + (tabs == max ? 1 : 0);
        if (ties > 1) {
            throw InputException.at(file, CsvText.lineOf(text, start), "cannot tell the separator from the first line:"
                    + " it has " + commas + " commas, " + semicolons + " semicolons and " + tabs + " tabs;"
                    + " give the delimiter explicitly");
        }
        return commas == max ? Delimiter.COMMA : semicolons == max ? Delimiter.SEMICOLON : Delimiter.TAB;
    }

    private static Records parse(Path file, String text, Delimiter delimiter) {
        CSVFormat format = CSVFormat.DEFAULT.builder()
                .setDelimiter(delimiter.character())
                .setQuote('"')
                .setIgnoreEmptyLines(true)
                .setTrim(true)
                .get();
        Records records = new Records(text);
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            for (CSVRecord record : parser) {
                String[] values = record.values();
                if (values.length == 1 && values[0].isEmpty()) {
                    continue;
                }
                records.add(values, record.getCharacterPosition());
            }
        } catch (IOException | UncheckedIOException e) {
            throw malformed(file, text, records, e);
        }
        if (records.rows.isEmpty()) {
            throw InputException.inFile(file, "the file has no rows; expected a header row and rows of values");
        }
        return records;
    }

    /** A CSV syntax error from commons-csv, at the line it names or else after the last good record. */
    private static InputException malformed(Path file, String text, Records records, Exception e) {
        String message = String.valueOf(e.getMessage());
        Matcher m = Pattern.compile("\\(startline (\\d+)\\)").matcher(message);
        long line = m.find() ? Long.parseLong(m.group(1))
                : records.rows.isEmpty() ? 1 : records.line(records.rows.size() - 1) + 1;
        String what = message.contains("EOF reached before encapsulated token finished")
                ? "a quoted field that starts on this line is never closed; add the closing quote \""
                : "malformed CSV (" + message.replaceAll("^.*?(CSVException|IOException): ", "")
                        + "); check the quotes on this line: a quoted field must end right before a separator";
        return InputException.at(file, line, what).withCause(e);
    }

    private static List<String> checkHeader(Path file, long line, String[] names, char point) {
        if (looksLikeData(names, point)) {
            List<String> quoted = Arrays.stream(names).map(CsvText::quote).toList();
            throw InputException.at(file, line, "the first line (" + String.join(", ", quoted) + ") holds values"
                    + " (numbers or dates), not column names, so it looks like the first row of data; add a header line"
                    + " that names the columns, read the file as having no header (--no-header), or give the columns"
                    + " names that are not numbers");
        }
        names = namedIndex(names);
        for (int f = 0; f < names.length; f++) {
            if (names[f].isEmpty()) {
                throw InputException.at(file, line, f + 1, "column " + (f + 1) + " has no name in the header; name"
                        + " every column (or remove a trailing separator, or load the file without a header)");
            }
            for (int g = 0; g < f; g++) {
                if (names[g].equals(names[f])) {
                    throw InputException.at(file, line, f + 1, "the column name " + CsvText.quote(names[f]) + " appears twice in"
                            + " the header (columns " + (g + 1) + " and " + (f + 1) + "); give every column a unique name");
                }
            }
        }
        return Arrays.asList(names);
    }

    /**
     * The header with an unnamed first column named {@value #INDEX}, as pandas writes a data frame's
     * row index ({@code ,value} over {@code 0,1.5}): {@code index} is what pandas itself names it on
     * {@code reset_index()}, and as a time-axis name it makes a 0, 1, 2, … column the time column
     * rather than a feature. Unchanged when another column is unnamed too or already has that name.
     */
    static String[] namedIndex(String[] names) {
        if (names.length < 2 || !names[0].isEmpty() || Arrays.asList(names).contains(INDEX)) {
            return names;
        }
        for (int f = 1; f < names.length; f++) {
            if (names[f].isEmpty()) {
                return names;
            }
        }
        String[] named = names.clone();
        named[0] = INDEX;
        return named;
    }

    /** The name an unnamed first column gets ({@link #namedIndex}). */
    static final String INDEX = "index";

    /**
     * True when every field of the header is a number or a time label (spreadsheet dates among
     * them) and at least one is a number other than a column's position: the names {@code 0, 1, …} or {@code 1, 2, …} of two or more
     * columns, which data frames without column names are written with, stay names (one column
     * named "1" or "0" is more likely a count series without a header, whose first value would be
     * lost).
     */
    static boolean looksLikeData(String[] names, char point) {
        boolean positions0 = true;
        boolean positions1 = true;
        boolean number = false;
        for (int f = 0; f < names.length; f++) {
            boolean isNumber = StrictDecimal.isSyntacticNumber(names[f], point);
            if (!isNumber && !TimeLabels.isLabel(names[f]) && !DayMonthDates.isDayMonthDate(names[f])) {
                return false;
            }
            number |= isNumber;
            positions0 &= names[f].equals(Integer.toString(f));
            positions1 &= names[f].equals(Integer.toString(f + 1));
        }
        return number && (names.length < 2 || !positions0 && !positions1);
    }

    /** Parsed records with the character position where each starts. */
    private static final class Records {
        final String text;
        final List<String[]> rows = new ArrayList<>();
        long[] positions = new long[1024];

        Records(String text) {
            this.text = text;
        }

        void add(String[] values, long position) {
            if (rows.size() == positions.length) {
                positions = Arrays.copyOf(positions, positions.length * 2);
            }
            positions[rows.size()] = position;
            rows.add(values);
        }

        long line(int record) {
            return linesFrom(record, record + 1)[0];
        }

        /**
         * Line numbers of records {@code [from, to)}, in one pass over the text. A record's position
         * can sit on empty lines that the parser skipped before it; those are stepped over.
         */
        long[] linesFrom(int from, int to) {
            long[] lines = new long[to - from];
            long line = 1;
            int i = 0;
            for (int r = 0; r < to; r++) {
                for (long pos = positions[r]; i < pos || i < text.length() && isLineBreak(text.charAt(i)); i++) {
                    char c = text.charAt(i);
                    if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
                        line++;
                    }
                }
                if (r >= from) {
                    lines[r - from] = line;
                }
            }
            return lines;
        }

        private static boolean isLineBreak(char c) {
            return c == '\n' || c == '\r';
        }
    }
}
