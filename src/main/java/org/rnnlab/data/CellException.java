package org.rnnlab.data;

import org.rnnlab.error.InputException;

/**
 * A cell that the reading options refuse but other options would take: an empty or NaN/NA cell
 * under the {@code error} missing-value policy, a number with a decimal comma read with a
 * decimal point, or a date whose day and month contradict the order asked for. Its message says what is wrong and which option would take it; a caller that
 * cannot change the options (a model reads a file as its training file was read) replaces that
 * advice ({@link #withAdvice}), knowing from {@link #remedy} which option it was.
 */
public final class CellException extends InputException {

    private static final long serialVersionUID = 1L;

    /** The option that would take the cell. */
    public enum Remedy {
        /** A missing-value policy that repairs it ({@code --missing drop, ffill or interpolate}). */
        MISSING_VALUE_POLICY,
        /** Decimal commas ({@code --decimal-comma}). */
        DECIMAL_COMMA,
        /** Another order of day and month ({@code --date-order}) for a date that contradicts the one asked for. */
        DATE_ORDER
    }

    private final String problem;
    private final Remedy remedy;

    CellException(String location, String problem, String advice, Remedy remedy) {
        super(location, problem + "; " + advice, null);
        this.problem = problem;
        this.remedy = remedy;
    }

    /** The option that would take the cell. */
    public Remedy remedy() {
        return remedy;
    }

    /** The same cell with other advice after it. */
    public CellException withAdvice(String advice) {
        return new CellException(location(), problem, advice, remedy);
    }
}
