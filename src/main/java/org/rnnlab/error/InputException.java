package org.rnnlab.error;

import java.nio.file.Path;

/**
 * Bad input from the user: a malformed data or model file, or an option that cannot be honoured.
 *
 * <p>The message is one line and says what is wrong and what to do. When the problem sits in a
 * file, {@link #location()} names it as {@code FILE:LINE:COLUMN} (line and column 1-based, either
 * may be absent). The command line prints {@code rnnlab: error: LOCATION: MESSAGE} and exits
 * with code 2; library callers can catch this type to tell bad input from internal failures.
 */
public class InputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String location;
    private final String detail;

    protected InputException(String location, String detail, Throwable cause) {
        super(location == null ? detail : location + ": " + detail, cause);
        this.location = location;
        this.detail = detail;
    }

    /** A problem not tied to a place in a file (an option, a combination of settings). */
    public static InputException of(String detail) {
        return new InputException(null, detail, null);
    }

    /** A problem in a file as a whole. */
    public static InputException inFile(Path file, String detail) {
        return new InputException(String.valueOf(file), detail, null);
    }

    /** A problem at a line of a file (1-based). */
    public static InputException at(Path file, long line, String detail) {
        return new InputException(file + ":" + line, detail, null);
    }

    /** A problem at a line and column of a file (both 1-based). */
    public static InputException at(Path file, long line, long column, String detail) {
        return new InputException(file + ":" + line + ":" + column, detail, null);
    }

    /** The same problem, keeping the exception that revealed it (shown only with --debug). */
    public InputException withCause(Throwable cause) {
        return new InputException(location, detail, cause);
    }

    /** {@code FILE}, {@code FILE:LINE} or {@code FILE:LINE:COLUMN}, or {@code null}. */
    public String location() {
        return location;
    }

    /** The message without the location. */
    public String detail() {
        return detail;
    }
}
