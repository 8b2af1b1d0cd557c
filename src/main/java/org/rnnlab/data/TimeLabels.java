package org.rnnlab.data;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;

/**
 * Time labels read as whole numbers on a common scale ("ordinals"): months since year 0, quarters,
 * days since 1970-01-01, seconds since 1970-01-01T00:00 (local time, no zone), or the integers
 * themselves. {@link TimeAxis} finds the step on that scale. Date-times may end in a zone, ISO
 * 8601's {@code Z} or an offset such as {@code +01:00} (as pandas writes zone-aware times), on
 * every label or none; they are then read as instants, seconds since 1970-01-01T00:00Z, so a
 * change of offset (summer time) is no step.
 *
 * @param format   the label format shared by every label
 * @param ordinals one ordinal per label
 * @param zone     the zone of the last label ({@code Z}, {@code +01:00}), or empty for local times
 * @param instants whether zoned labels were read as instants ({@link #parse}) rather than as the
 *                 local times they name ({@link #parseLocal})
 */
record TimeLabels(Format format, long[] ordinals, String zone, boolean instants) {

    /** A label format: how to read it and how to write an ordinal back in it. */
    enum Format {
        /** {@code 1990-Q1}. */
        YEAR_QUARTER("quarter"),
        /** {@code 1990 Q1}, as R's {@code zoo::yearqtr} prints quarters. */
        YEAR_SPACE_QUARTER("quarter"),
        /** {@code 1990Q1}, as pandas prints quarterly periods. */
        YEAR_QUARTER_COMPACT("quarter"),
        YEAR_MONTH("month"),
        INTEGER(""),
        DATE("day"),
        /** Dates on one day of the month, stepping in months. */
        MONTHS_OF_DATES("month"),
        /** Dates on month ends, stepping in months. */
        MONTH_ENDS("month"),
        /** Dates on weekdays only (Monday to Friday), stepping in business days. */
        BUSINESS_DAYS("business day"),
        DATE_TIME("second"),
        DATE_TIME_MINUTES("second"),
        DATE_TIME_SPACE("second"),
        DATE_TIME_SPACE_MINUTES("second");

        private final String unit;

        Format(String unit) {
            this.unit = unit;
        }

        String unit() {
            return unit;
        }

        boolean isDateTime() {
            return unit.equals("second");
        }

        /** The label of an ordinal; {@code dayOfMonth} is used by {@link #MONTHS_OF_DATES}. */
        String format(long ordinal, int dayOfMonth) {
            switch (this) {
                case YEAR_QUARTER:
                case YEAR_SPACE_QUARTER:
                case YEAR_QUARTER_COMPACT:
                    String between = this == YEAR_QUARTER ? "-" : this == YEAR_SPACE_QUARTER ? " " : "";
                    return String.format("%04d%sQ%d", Math.floorDiv(ordinal, 4), between, Math.floorMod(ordinal, 4) + 1);
                case YEAR_MONTH:
                    return TimeAxis.ofMonthOrdinal(ordinal).toString();
                case INTEGER:
                    return Long.toString(ordinal);
                case DATE:
                    return TimeAxis.ofEpochDay(ordinal).toString();
                case MONTHS_OF_DATES:
                    return TimeAxis.ofMonthOrdinal(ordinal).atDay(dayOfMonth).toString();
                case MONTH_ENDS:
                    return TimeAxis.ofMonthOrdinal(ordinal).atEndOfMonth().toString();
                case BUSINESS_DAYS:
                    return TimeAxis.ofEpochDay(epochDayOfBusinessDay(ordinal)).toString();
                default:
                    LocalDateTime t = TimeAxis.ofEpochSecond(ordinal);
                    String date = t.toLocalDate().toString();
                    char separator = this == DATE_TIME || this == DATE_TIME_MINUTES ? 'T' : ' ';
                    String time = String.format("%02d:%02d", t.getHour(), t.getMinute());
                    boolean seconds = this == DATE_TIME || this == DATE_TIME_SPACE;
                    return date + separator + time + (seconds ? String.format(":%02d", t.getSecond()) : "");
            }
        }
    }

    /** The labels read in the format of the first label, or null if any label does not fit it. */
    static TimeLabels parse(List<String> labels) {
        Format format = formatOf(labels.get(0));
        if (format == null) {
            return null;
        }
        boolean zoned = !zoneOf(labels.get(0)).isEmpty();
        long[] ordinals = new long[labels.size()];
        try {
            for (int i = 0; i < ordinals.length; i++) {
                String s = labels.get(i);
                if (!fits(s, format, zoned)) {
                    return null;
                }
                ordinals[i] = instant(format, s);
            }
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
        String zone = zoneOf(labels.get(labels.size() - 1));
        return new TimeLabels(format, ordinals, zone, !zone.isEmpty());
    }

    /**
     * Zoned labels read as the local times they name, their zones aside: a daily series across a
     * change to summer time steps 23 hours as instants but one day as local times. Null when the
     * labels are not all zoned date-times of one format.
     */
    static TimeLabels parseLocal(List<String> labels) {
        TimeLabels zoned = parse(labels);
        if (zoned == null || !zoned.instants()) {
            return null;
        }
        long[] ordinals = new long[labels.size()];
        for (int i = 0; i < ordinals.length; i++) {
            String s = labels.get(i);
            ordinals[i] = ordinal(zoned.format(), s.substring(0, s.length() - zoneOf(s).length()));
        }
        return new TimeLabels(zoned.format(), ordinals, zoned.zone(), false);
    }

    /** Whether {@code s} has the format {@code format}, with a zone exactly when {@code zoned}. */
    private static boolean fits(String s, Format format, boolean zoned) {
        return formatOf(s) == format && zoneOf(s).isEmpty() != zoned;
    }

    /** The ordinal of a label: for a date-time with a zone, the seconds of the instant it names. */
    private static long instant(Format format, String s) {
        String zone = zoneOf(s);
        return ordinal(format, s.substring(0, s.length() - zone.length())) - offsetSeconds(zone);
    }

    /**
     * A date-time label's zone: {@code "Z"}, an offset {@code "+HH:MM"} or {@code "-HH:MM"}, or
     * empty (also for labels that are not date-times).
     */
    static String zoneOf(String s) {
        int n = s.length();
        if (n >= 17 && s.charAt(n - 1) == 'Z') {
            return "Z";
        }
        if (n >= 22 && (s.charAt(n - 6) == '+' || s.charAt(n - 6) == '-') && digits(s, n - 5, n - 3)
                && s.charAt(n - 3) == ':' && digits(s, n - 2, n) && Integer.parseInt(s.substring(n - 5, n - 3)) <= 18
                && Integer.parseInt(s.substring(n - 2)) < 60) {
            return s.substring(n - 6); // offsets within ±18:00, as java.time allows
        }
        return "";
    }

    /** The seconds a zone is ahead of UTC (0 for {@code Z} and for none). */
    static long offsetSeconds(String zone) {
        if (zone.length() != 6) {
            return 0;
        }
        long seconds = Integer.parseInt(zone.substring(1, 3)) * 3600L + Integer.parseInt(zone.substring(4, 6)) * 60L;
        return zone.charAt(0) == '-' ? -seconds : seconds;
    }

    /**
     * The index of the first label that is not a valid label in the format of the first one (a
     * month 13, a 29 February outside a leap year, another style), or −1 when every label fits or
     * the first is an integer or of no recognised format.
     */
    static int firstMisfit(List<String> labels) {
        Format format = formatOf(labels.get(0));
        if (format == null || format == Format.INTEGER) {
            return -1;
        }
        boolean zoned = !zoneOf(labels.get(0)).isEmpty();
        for (int i = 0; i < labels.size(); i++) {
            String s = labels.get(i);
            try {
                if (!fits(s, format, zoned)) {
                    return i;
                }
                instant(format, s);
            } catch (DateTimeException | NumberFormatException e) {
                return i;
            }
        }
        return -1;
    }

    /** True when {@code s} is a time label of one of the recognised formats. */
    static boolean isLabel(String s) {
        return formatOf(s) != null;
    }

    /** ISO dates read as months, if they all fall on one day (at most 28) or all on month ends. */
    static TimeLabels monthsOfDates(List<String> labels) {
        long[] months = new long[labels.size()];
        boolean sameDay = true;
        boolean monthEnds = true;
        int day = LocalDate.parse(labels.get(0)).getDayOfMonth();
        for (int i = 0; i < months.length; i++) {
            LocalDate d = LocalDate.parse(labels.get(i));
            sameDay &= d.getDayOfMonth() == day && day <= 28;
            monthEnds &= d.getDayOfMonth() == d.lengthOfMonth();
            months[i] = TimeAxis.monthOrdinal(YearMonth.from(d));
        }
        if (sameDay) {
            return new TimeLabels(Format.MONTHS_OF_DATES, months, "", false);
        }
        return monthEnds ? new TimeLabels(Format.MONTH_ENDS, months, "", false) : null;
    }

    /**
     * ISO dates read as business days (weekdays counted from the Monday before 1970-01-01), if none
     * falls on a Saturday or Sunday; null otherwise.
     */
    static TimeLabels businessDaysOfDates(long[] epochDays) {
        long[] business = new long[epochDays.length];
        for (int i = 0; i < business.length; i++) {
            long fromMonday = epochDays[i] + 3; // 1970-01-01 was a Thursday
            long weekday = Math.floorMod(fromMonday, 7);
            if (weekday >= 5) {
                return null;
            }
            business[i] = 5 * Math.floorDiv(fromMonday, 7) + weekday;
        }
        return new TimeLabels(Format.BUSINESS_DAYS, business, "", false);
    }

    /** The epoch day of a business-day ordinal ({@link #businessDaysOfDates}). */
    static long epochDayOfBusinessDay(long business) {
        return 7 * Math.floorDiv(business, 5) + Math.floorMod(business, 5) - 3;
    }

    /** The day of the month of the first label (an ISO date). */
    static int dayOfMonth(List<String> labels) {
        return LocalDate.parse(labels.get(0)).getDayOfMonth();
    }

    /** The format of a label, its zone aside (a zone only after a date-time). */
    private static Format formatOf(String label) {
        String zone = zoneOf(label);
        String s = label.substring(0, label.length() - zone.length());
        Format format = localFormatOf(s);
        return zone.isEmpty() || format != null && format.isDateTime() ? format : null;
    }

    private static Format localFormatOf(String s) {
        int n = s.length();
        if (n == 7 && digits(s, 0, 4) && s.charAt(5) == 'Q' && quarter(s.charAt(6))) {
            return s.charAt(4) == '-' ? Format.YEAR_QUARTER : s.charAt(4) == ' ' ? Format.YEAR_SPACE_QUARTER : null;
        }
        if (n == 6 && digits(s, 0, 4) && s.charAt(4) == 'Q' && quarter(s.charAt(5))) {
            return Format.YEAR_QUARTER_COMPACT;
        }
        if (n == 7 && digits(s, 0, 4) && s.charAt(4) == '-' && digits(s, 5, 7)) {
            return Format.YEAR_MONTH;
        }
        if (n >= 1 && n <= 18 && (digits(s, 0, n) || n >= 2 && s.charAt(0) == '-' && digits(s, 1, n))) {
            return Format.INTEGER;
        }
        boolean date = n >= 10 && digits(s, 0, 4) && s.charAt(4) == '-' && digits(s, 5, 7) && s.charAt(7) == '-'
                && digits(s, 8, 10);
        if (!date) {
            return null;
        }
        if (n == 10) {
            return Format.DATE;
        }
        char separator = s.charAt(10);
        boolean minutes = n >= 16 && (separator == 'T' || separator == ' ') && digits(s, 11, 13) && s.charAt(13) == ':'
                && digits(s, 14, 16);
        if (minutes && n == 16) {
            return separator == 'T' ? Format.DATE_TIME_MINUTES : Format.DATE_TIME_SPACE_MINUTES;
        }
        if (minutes && n == 19 && s.charAt(16) == ':' && digits(s, 17, 19)) {
            return separator == 'T' ? Format.DATE_TIME : Format.DATE_TIME_SPACE;
        }
        return null;
    }

    private static long ordinal(Format format, String s) {
        switch (format) {
            case YEAR_QUARTER:
            case YEAR_SPACE_QUARTER:
            case YEAR_QUARTER_COMPACT:
                return Integer.parseInt(s.substring(0, 4)) * 4L + (s.charAt(s.length() - 1) - '1');
            case YEAR_MONTH:
                return TimeAxis.monthOrdinal(YearMonth.of(Integer.parseInt(s.substring(0, 4)),
                        Integer.parseInt(s.substring(5, 7))));
            case INTEGER:
                return Long.parseLong(s);
            case DATE:
                return date(s).toEpochDay();
            default:
                int second = s.length() == 19 ? Integer.parseInt(s.substring(17, 19)) : 0;
                return TimeAxis.epochSecond(date(s).atTime(Integer.parseInt(s.substring(11, 13)),
                        Integer.parseInt(s.substring(14, 16)), second));
        }
    }

    private static LocalDate date(String s) {
        return LocalDate.of(Integer.parseInt(s.substring(0, 4)), Integer.parseInt(s.substring(5, 7)),
                Integer.parseInt(s.substring(8, 10)));
    }

    private static boolean quarter(char c) {
        return c >= '1' && c <= '4';
    }

    private static boolean digits(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }
}
