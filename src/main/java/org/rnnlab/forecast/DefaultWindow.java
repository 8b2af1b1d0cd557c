package org.rnnlab.forecast;

import org.rnnlab.data.SplitFractions;
import org.rnnlab.data.WindowOptions;

/**
 * The window length when none is given: {@value #PREFERRED} steps (a year of a monthly series,
 * long enough for a season of 12 or less). Only the training part limits it, since the windows of
 * the validation and test parts may take their inputs from the rows before the part
 * ({@link org.rnnlab.data.SplitRows#firstWindowStart}). On a short file, where the training part
 * would hold fewer than about {@value #PREFERRED} windows of {@value #PREFERRED} steps, the window
 * is half the training rows (at least {@value #SHORTEST}): that leaves about as many training
 * windows as steps per window. A window given explicitly is never changed, so a window that does
 * not fit is still refused with the reason.
 */
public final class DefaultWindow {

    /** The default window length. */
    public static final int PREFERRED = 12;

    /** A shorter window than this is not worth training; the usual "too short" error says why. */
    static final int SHORTEST = 2;

    private DefaultWindow() {
    }

    /**
     * The default window for a series of {@code rows} rows cut by {@code split}, whose first
     * {@code firstRow} rows have no input (differences), or {@link #PREFERRED} when even a window
     * of {@link #SHORTEST} steps does not fit (so the usual error says why).
     */
    public static int choose(int rows, SplitFractions split, int horizon, int firstRow) {
        int room = split.rowsOf(rows).trainEnd() - firstRow;
        if (room >= 2 * PREFERRED + horizon) {
            return PREFERRED;
        }
        int half = half(room, horizon);
        return half >= SHORTEST ? half : PREFERRED;
    }

    /** Half the {@code room} training rows, leaving the horizon's rows after the window. */
    private static int half(int room, int horizon) {
        return Math.min(room / 2, room - horizon);
    }

    /**
     * Whether {@code rows} rows are too few for any model under {@code split}: even the shortest
     * window leaves the training part nothing to train on, or a part the split asks for gets no row.
     */
    static boolean tooFew(int rows, SplitFractions split, int horizon, int firstRow) {
        org.rnnlab.data.SplitRows r = split.rowsOf(rows);
        boolean parts = (split.validation() == 0 || r.validationEnd() > r.trainEnd())
                && (split.test() == 0 || rows > r.validationEnd());
        return !parts || half(r.trainEnd() - firstRow, horizon) < SHORTEST;
    }

    /** The fewest rows that are not {@link #tooFew}: what to ask of a series too short for any model. */
    static int fewestRows(SplitFractions split, int horizon, int firstRow) {
        int rows = 2;
        while (tooFew(rows, split, horizon, firstRow)) {
            rows++;
        }
        return rows;
    }

    /** The same windows with the chosen default length. */
    static WindowOptions applied(WindowOptions w, int rows, SplitFractions split, int firstRow) {
        int window = choose(rows, split, w.horizon(), firstRow);
        return new WindowOptions(window, w.horizon(), w.stride(), w.manyToMany());
    }
}
