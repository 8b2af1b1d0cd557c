package org.rnnlab.clip;

/** A gradient went NaN or infinite and the policy says stop. */
public final class NonFiniteGradientException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final long step;
    private final String parameter;

    public NonFiniteGradientException(long step, String parameter, String message) {
        super(message);
        this.step = step;
        this.parameter = parameter;
    }

    /** The optimisation step (0-based). */
    public long step() {
        return step;
    }

    /** The first parameter whose gradient was not finite. */
    public String parameter() {
        return parameter;
    }
}
