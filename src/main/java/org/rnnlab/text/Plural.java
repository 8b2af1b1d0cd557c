package org.rnnlab.text;

/**
 * Counted nouns: "1 epoch", "0 epochs", "3 epochs". English plurals by adding "s", which is right
 * for every noun rnnlab counts (run, seed, step, epoch, row, layer, thread, ...); singular for
 * exactly 1 and −1, plural otherwise (0 included).
 */
public final class Plural {

    private Plural() {
    }

    /** The count and its noun: {@code of(1, "run")} is "1 run", {@code of(2, "worker thread")} "2 worker threads". */
    public static String of(long count, String singular) {
        return count + " " + word(count, singular);
    }

    /** The noun alone, for text that writes the count elsewhere: "run" for 1, "runs" otherwise. */
    public static String word(long count, String singular) {
        return count == 1 || count == -1 ? singular : singular + "s";
    }
}
