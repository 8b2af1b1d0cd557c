package org.rnnlab.data;

import org.rnnlab.error.InputException;

/**
 * A column asked for (as time column, feature or target) that the file does not have: what is
 * missing and which columns there are, then what to do, which a caller that knows better (a model
 * that reads its training file's columns by name) may replace.
 */
public final class MissingColumnException extends InputException {

    private static final long serialVersionUID = 1L;

    private final String problem;

    MissingColumnException(String location, String problem, String advice) {
        super(location, problem + ": " + advice, null);
        this.problem = problem;
    }

    /** The same missing column with other advice after it. */
    public MissingColumnException withAdvice(String advice) {
        return new MissingColumnException(location(), problem, advice);
    }
}
