package org.rnnlab.stats;

/**
 * A count of events among trials (diverged runs among a variant's runs), with its share and its
 * 95% {@link Wilson} interval.
 *
 * @param events how many trials had the event
 * @param trials how many trials there were, at least one
 */
public record Counts(int events, int trials) {

    public Counts {
        if (trials < 1) {
            throw new IllegalArgumentException("counts need at least one trial, got " + trials);
        }
        if (events < 0 || events > trials) {
            throw new IllegalArgumentException("events must be in [0, " + trials + "], got " + events);
        }
    }

    /** events / trials. */
    public double share() {
        return (double) events / trials;
    }

    /** The 95% Wilson interval of the share. */
    public Interval wilson95() {
        return Wilson.interval95(events, trials);
    }
}
