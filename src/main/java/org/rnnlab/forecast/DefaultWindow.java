package org.rnnlab.forecast;

import org.rnnlab.data.Part;
import org.rnnlab.data.SplitFractions;
import org.rnnlab.data.SplitRows;
import org.rnnlab.data.WindowOptions;

/**
 * The window length when none is given: {@value #PREFERRED} steps (a year of a monthly series,
 * long enough for a season of 12 or less). On a short file, where those windows do not fit every
 * non-empty part of the split, half the rows of the shortest part (at least {@value #SHORTEST}):
 * a window that just fits would leave a single window to validate and test on, half leaves about
 * as many windows as steps per window. A window given explicitly is never changed, so a window
 * that does not fit is still refused with the reason.
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
        SplitRows cut = split.rowsOf(rows);
        int room = Integer.MAX_VALUE;
        for (Part part : Part.values()) {
            int from = Math.max(cut.start(part), firstRow);
            if (cut.end(part) > cut.start(part)) {
                room = Math.min(room, cut.end(part) - from);
            }
        }
        if (room == Integer.MAX_VALUE || room - horizon >= PREFERRED) {
            return PREFERRED;
        }
        int half = Math.min(room / 2, room - horizon);
        return half >= SHORTEST ? half : PREFERRED;
    }

    /** The same windows with the chosen default length. */
    static WindowOptions applied(WindowOptions w, int rows, SplitFractions split, int firstRow) {
        int window = choose(rows, split, w.horizon(), firstRow);
        return new WindowOptions(window, w.horizon(), w.stride(), w.manyToMany());
    }
}
