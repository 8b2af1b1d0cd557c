package org.rnnlab.data;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

import org.rnnlab.text.Plural;

/**
 * The regular time grid of a column of time labels, detected only where it is obvious.
 *
 * <p>Recognised label formats (all labels of a column must share one): {@code YYYY-MM} (months),
 * {@code YYYY-Qn}, {@code YYYY Qn} or {@code YYYYQn} (quarters), integers (years when the column is named "year" or every label
 * has four digits, otherwise plain integers), ISO dates {@code YYYY-MM-DD} (a step in days, or
 * in months when every label falls on the same day of the month or on a month end), and ISO local
 * date-times {@code YYYY-MM-DDTHH:MM[:SS]} ('T' or a blank between date and time).
 *
 * <p>The labels must increase strictly. The step is the most common difference between
 * neighbouring labels; it must account for at least half of the differences, and every other
 * difference must be a whole multiple of it. Those larger differences are {@link #gaps()}: the
 * weekends of an intraday exchange-rate series, for instance, or rows a missing-value policy
 * dropped. Anything else is not obvious, and {@link #detect} returns empty rather than guess.
 */
public final class TimeAxis {

    /** The named frequency of the step. */
    public enum Frequency {
        ANNUAL, QUARTERLY, MONTHLY, WEEKLY, DAILY,
        /** Weekdays only, as markets and offices keep them. */
        BUSINESS_DAILY,
        HOURLY, HALF_HOURLY,
        /** Integer labels (not years) with any step. */
        INTEGER,
        /** A regular step with no common name, e.g. 15 minutes or 2 months. */
        OTHER
    }

    private final Frequency frequency;
    private final TimeLabels.Format format;
    private final long step;
    private final int gaps;
    private final int firstGap;
    private final long lastOrdinal;
    private final int dayOfMonth;
    /** The zone of the last label, written after future labels ("" for local times). */
    private final String zone;
    /** The seconds to add to an ordinal for the local time its label shows (the zone's offset for instants). */
    private final long shown;

    private TimeAxis(Frequency frequency, TimeLabels.Format format, long step, int gaps, int firstGap, long lastOrdinal,
            int dayOfMonth, String zone, boolean instants) {
        this.frequency = frequency;
        this.format = format;
        this.step = step;
        this.gaps = gaps;
        this.firstGap = firstGap;
        this.lastOrdinal = lastOrdinal;
        this.dayOfMonth = dayOfMonth;
        this.zone = zone;
        this.shown = instants ? TimeLabels.offsetSeconds(zone) : 0;
    }

    /**
     * The time axis of {@code labels}, or empty when no regular step is obvious.
     *
     * @param columnName the name of the time column (a column named "year" holds years), or null
     */
    public static Optional<TimeAxis> detect(String columnName, List<String> labels) {
        if (labels.size() < 2) {
            return Optional.empty();
        }
        TimeLabels parsed = TimeLabels.parse(labels);
        if (parsed == null) {
            return Optional.empty();
        }
        long[] stepAndGaps = regularStep(parsed.ordinals());
        if (stepAndGaps == null && parsed.instants()) {
            TimeLabels local = TimeLabels.parseLocal(labels); // days across a change of offset: 23 or 25 hours apart
            long[] localStep = regularStep(local.ordinals());
            if (localStep != null) {
                parsed = local;
                stepAndGaps = localStep;
            }
        }
        TimeLabels.Format format = parsed.format();
        long[] ordinals = parsed.ordinals();
        long lastOrdinal = ordinals[ordinals.length - 1];
        if (stepAndGaps == null && format.isDateTime() && !parsed.instants()) {
            long[] continuous = acrossClockChanges(ordinals);
            stepAndGaps = continuous == null ? null : regularStep(continuous);
            ordinals = stepAndGaps == null ? ordinals : continuous;
        }
        if (format == TimeLabels.Format.DATE && (stepAndGaps == null || stepAndGaps[0] == 1 && stepAndGaps[1] > 0)) {
            TimeLabels business = TimeLabels.businessDaysOfDates(ordinals); // weekends left out: no gaps
            long[] businessStep = business == null ? null : regularStep(business.ordinals());
            if (businessStep != null && businessStep[0] == 1 && (stepAndGaps == null || businessStep[1] < stepAndGaps[1])) {
                stepAndGaps = businessStep;
                format = business.format();
                ordinals = business.ordinals();
                lastOrdinal = ordinals[ordinals.length - 1];
            }
        }
        int day = 0;
        if (stepAndGaps == null && format == TimeLabels.Format.DATE) {
            TimeLabels monthly = TimeLabels.monthsOfDates(labels);
            if (monthly != null) {
                stepAndGaps = regularStep(monthly.ordinals());
                format = monthly.format();
                ordinals = monthly.ordinals();
                lastOrdinal = ordinals[ordinals.length - 1];
                day = TimeLabels.dayOfMonth(labels);
            }
        }
        if (stepAndGaps == null) {
            return Optional.empty();
        }
        long step = stepAndGaps[0];
        Frequency frequency = frequencyOf(format, step, columnName, labels);
        int firstGap = 0;
        while (firstGap + 1 < ordinals.length && ordinals[firstGap + 1] - ordinals[firstGap] == step) {
            firstGap++;
        }
        return Optional.of(new TimeAxis(frequency, format, step, (int) stepAndGaps[1],
                firstGap + 1 < ordinals.length ? firstGap : -1, lastOrdinal, day, parsed.zone(),
                parsed.instants()));
    }

    public Frequency frequency() {
        return frequency;
    }

    /** The step in words: "1 month", "3 months", "1 quarter", "30 minutes", "1 day", "1". */
    public String step() {
        String unit = format == TimeLabels.Format.INTEGER && frequency == Frequency.ANNUAL ? "year" : format.unit();
        long n = step;
        if (format.isDateTime()) {
            if (step % 86400 == 0) {
                n = step / 86400;
                unit = "day";
            } else if (step % 3600 == 0) {
                n = step / 3600;
                unit = "hour";
            } else if (step % 60 == 0) {
                n = step / 60;
                unit = "minute";
            }
        }
        return unit.isEmpty() ? Long.toString(n) : Plural.of(n, unit);
    }

    /** How many neighbouring labels are further apart than one step (a whole multiple of it). */
    public int gaps() {
        return gaps;
    }

    /** The row (0-based) after which the first gap lies, or empty when there is none. */
    public OptionalInt firstGap() {
        return firstGap < 0 ? OptionalInt.empty() : OptionalInt.of(firstGap);
    }

    /**
     * The number of steps in one season where it is obvious: 12 monthly, 4 quarterly, 7 daily,
     * 24 hourly, 48 half-hourly, and in general one day's worth for a step that divides a day.
     */
    public OptionalInt seasonLength() {
        switch (frequency) {
            case MONTHLY:
                return OptionalInt.of(12);
            case QUARTERLY:
                return OptionalInt.of(4);
            case DAILY:
                return OptionalInt.of(7);
            case BUSINESS_DAILY:
                return OptionalInt.of(5);
            case HOURLY:
                return OptionalInt.of(24);
            case HALF_HOURLY:
                return OptionalInt.of(48);
            case OTHER:
                boolean subDaily = format.isDateTime() && step < 86400 && 86400 % step == 0;
                return subDaily ? OptionalInt.of((int) (86400 / step)) : OptionalInt.empty();
            default:
                return OptionalInt.empty();
        }
    }

    /**
     * Labels for the {@code n} steps after the last label, in the labels' format. The
     * continuation is naive: it adds one step at a time and knows nothing of the gaps (an
     * intraday series that skips weekends continues into the weekend), and zoned date-times keep
     * the last label's offset (a change to or from summer time ahead is not known).
     */
    public List<String> next(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("number of future labels must be >= 0, got " + n);
        }
        List<String> labels = new ArrayList<>(n);
        for (int k = 1; k <= n; k++) {
            labels.add(format.format(lastOrdinal + k * step + shown, dayOfMonth) + zone);
        }
        return labels;
    }

    private static Frequency frequencyOf(TimeLabels.Format format, long step, String columnName,
            List<String> labels) {
        switch (format) {
            case YEAR_MONTH:
            case MONTHS_OF_DATES:
            case MONTH_ENDS:
                return step == 1 ? Frequency.MONTHLY : step == 3 ? Frequency.QUARTERLY
                        : step == 12 ? Frequency.ANNUAL : Frequency.OTHER;
            case YEAR_QUARTER:
            case YEAR_SPACE_QUARTER:
            case YEAR_QUARTER_COMPACT:
                return step == 1 ? Frequency.QUARTERLY : step == 4 ? Frequency.ANNUAL : Frequency.OTHER;
            case INTEGER:
                boolean years = columnName != null && columnName.toLowerCase(java.util.Locale.ROOT).matches("years?|yr")
                        || labels.stream().allMatch(s -> s.length() == 4 && s.charAt(0) != '-');
                return years && step == 1 ? Frequency.ANNUAL : Frequency.INTEGER;
            case DATE:
                return step == 1 ? Frequency.DAILY : step == 7 ? Frequency.WEEKLY : Frequency.OTHER;
            case BUSINESS_DAYS:
                return step == 1 ? Frequency.BUSINESS_DAILY : Frequency.OTHER;
            default:
                return step == 1800 ? Frequency.HALF_HOURLY : step == 3600 ? Frequency.HOURLY
                        : step == 86400 ? Frequency.DAILY : step == 604800 ? Frequency.WEEKLY : Frequency.OTHER;
        }
    }

    /**
     * Local clock times (seconds) as elapsed time where the clock was set back an hour at the end of
     * summer time: after each label that repeats or steps back by at most an hour to a time before
     * 04:00 (when every zone's clocks change), so that an hour later it follows the label before at
     * the step before, the rest one hour later; null when no label steps back so, or one steps back
     * otherwise (a repeated midday label, or two rows swapped at night, is no clock change).
     */
    static long[] acrossClockChanges(long[] local) {
        long[] t = local.clone();
        long shift = 0;
        for (int i = 1; i < local.length; i++) {
            long d = local[i] - local[i - 1];
            if (d <= 0) {
                boolean asBefore = i >= 2 && d + CLOCK_CHANGE == local[i - 1] - local[i - 2]; // the hour again, step by step
                if (d < -CLOCK_CHANGE || Math.floorMod(local[i], 86400) >= 4 * 3600 || !asBefore) {
                    return null;
                }
                shift += CLOCK_CHANGE;
            }
            t[i] = local[i] + shift;
        }
        return shift == 0 ? null : t;
    }

    /** How far local clock time steps back when summer time ends, in seconds. */
    static final long CLOCK_CHANGE = 3600;

    /** {step, gaps} by the rule in the class comment, or null. */
    static long[] regularStep(long[] ordinals) {
        Map<Long, Integer> counts = new HashMap<>();
        for (int i = 1; i < ordinals.length; i++) {
            long d = ordinals[i] - ordinals[i - 1];
            if (d <= 0) {
                return null;
            }
            counts.merge(d, 1, Integer::sum);
        }
        long step = 0;
        int best = 0;
        for (Map.Entry<Long, Integer> e : counts.entrySet()) {
            if (e.getValue() > best || e.getValue() == best && e.getKey() < step) {
                step = e.getKey();
                best = e.getValue();
            }
        }
        int differences = ordinals.length - 1;
        if (2 * best < differences) {
            return null;
        }
        for (long d : counts.keySet()) {
            if (d % step != 0) {
                return null;
            }
        }
        return new long[] {step, differences - best};
    }

    @Override
    public String toString() {
        return "TimeAxis[" + frequency + ", step " + step() + ", " + gaps + " gaps]";
    }

    static long epochSecond(LocalDateTime t) {
        return t.toEpochSecond(ZoneOffset.UTC);
    }

    static LocalDateTime ofEpochSecond(long s) {
        return LocalDateTime.ofEpochSecond(s, 0, ZoneOffset.UTC);
    }

    static long monthOrdinal(YearMonth m) {
        return m.getYear() * 12L + m.getMonthValue() - 1;
    }

    static YearMonth ofMonthOrdinal(long o) {
        return YearMonth.of((int) Math.floorDiv(o, 12), Math.floorMod(o, 12) + 1);
    }

    static LocalDate ofEpochDay(long d) {
        return LocalDate.ofEpochDay(d);
    }
}
