package org.rnnlab.data;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates written day and month first, as spreadsheets export them — {@code 12/31/2020} (month,
 * day, year: the United States), {@code 31/12/2020} and {@code 31.12.2020} (day, month, year),
 * also with a time of day ({@code 1/13/2022 7:00}) — rewritten as ISO dates ({@code 2020-12-31},
 * {@code 2022-01-13 07:00}), which {@link TimeAxis} reads. Which of the two
 * numbers is the day is taken from the labels themselves: a first number above 12 makes them
 * day/month, a second above 12 month/day; slash dates with neither (every number 12 or less, as
 * in monthly dates on the 1st) are ambiguous and stay as they are, as do labels of mixed styles
 * and labels where both numbers exceed 12 somewhere; dotted dates with neither are day.month, as
 * they are written where dots are used. A label with a day its month lacks ({@code 02/30/2020})
 * becomes an ISO date that is not one ({@link #isRealDate} tells); a column that contradicts
 * itself is named at its first contradiction ({@link #contradiction}). A reading may also be
 * given ({@link CsvOptions#dayFirst}: {@code --date-order}, or a model's training file's), which
 * then decides for labels that alone would be ambiguous.
 */
final class DayMonthDates {

    /**
     * The label at {@code index} contradicts the column, as {@code message} says; {@code advice} is
     * null, or (when the label contradicts the reading given) says what to do, as a sentence of its
     * own that a caller that cannot change the reading replaces ({@link CellException}).
     */
    record Contradiction(int index, String message, String advice) {
    }

    private static final Pattern DATE = Pattern.compile(
            "(\\d{1,2})([/.])(\\d{1,2})\\2(\\d{4})(?: (\\d{1,2}):(\\d{2})(:\\d{2})?)?");

    private DayMonthDates() {
    }

    /** The labels as ISO dates, or {@code labels} themselves when they are not all such dates of one reading. */
    static List<String> toIso(List<String> labels) {
        Boolean dayFirst = dayFirst(labels, null);
        return dayFirst == null ? labels : toIso(labels, dayFirst);
    }

    /** Such dates ({@link #dayFirst} said they all are) as ISO dates, read day first or month first. */
    static List<String> toIso(List<String> labels, boolean dayFirst) {
        List<String> iso = new ArrayList<>(labels.size());
        // spreadsheets write midnight as the date alone (1/12/2022 beside 1/12/2022 1:00): 00:00 where others have times
        String midnight = labels.stream().map(DATE::matcher).filter(m -> m.matches() && m.group(5) != null).findFirst()
                .map(m -> m.group(7) == null ? " 00:00" : " 00:00:00").orElse("");
        for (String label : labels) {
            Matcher m = DATE.matcher(label);
            m.matches();
            int first = Integer.parseInt(m.group(1)), second = Integer.parseInt(m.group(3));
            String time = m.group(5) == null ? midnight : String.format(" %02d:%s%s", Integer.parseInt(m.group(5)),
                    m.group(6), m.group(7) == null ? "" : m.group(7));
            iso.add(String.format("%s-%02d-%02d", m.group(4), dayFirst ? second : first, dayFirst ? first : second)
                    + time);
        }
        return iso;
    }

    /** A reading in words, "month/day/year" or "day.month.year", with the separator of {@code label}. */
    static String reading(boolean dayFirst, String label) {
        return order(dayFirst, separator(label));
    }

    /**
     * Where a column of such dates contradicts itself, as a sentence for its line: the first label
     * with another separator than the first label's, or the first whose order contradicts an earlier
     * label's (a second number above 12 after a first above 12, or the reverse); null when the
     * labels are not all such dates, or agree.
     *
     * @param column the column's name as messages quote it
     * @param lines  the file line of each label
     * @param given  the reading asked for ({@code --date-order}, or a model's training file's), or null
     */
    static Contradiction contradiction(List<String> labels, String column, long[] lines, Boolean given) {
        int evidence = -1;
        boolean dayFirst = given != null && given;
        for (int i = 0; i < labels.size(); i++) {
            if (!isDayMonthDate(labels.get(i))) {
                return null;
            }
        }
        char separator = labels.isEmpty() ? 0 : separator(labels.get(0));
        for (int i = 0; i < labels.size(); i++) {
            Matcher m = DATE.matcher(labels.get(i));
            m.matches();
            String label = "\"" + labels.get(i) + "\"";
            if (m.group(2).charAt(0) != separator) {
                return new Contradiction(i, "time label " + label + " in column " + column + " is not in the format of \""
                        + labels.get(0) + "\" on line " + lines[0] + "; give every time label in one format", null);
            }
            boolean first = Integer.parseInt(m.group(1)) > 12, second = Integer.parseInt(m.group(3)) > 12;
            if ((first || second) && given != null && first != given) {
                return new Contradiction(i, "time label " + label + " in column " + column + " reads as "
                        + order(!given, separator) + ", but " + order(given, separator) + " was asked for",
                        "give the dates in that order, or --date-order " + (given ? "month-day" : "day-month"));
            }
            if ((first || second) && evidence >= 0 && first != dayFirst) {
                return new Contradiction(i, "time label " + label + " in column " + column + " reads as "
                        + order(!dayFirst, separator) + ", but \"" + labels.get(evidence) + "\" on line " + lines[evidence]
                        + " as " + order(dayFirst, separator) + "; give every date in one order", null);
            }
            if ((first || second) && evidence < 0) {
                evidence = i;
                dayFirst = first;
            }
        }
        return null;
    }

    private static char separator(String label) {
        return label.contains(".") ? '.' : '/';
    }

    private static String order(boolean dayFirst, char separator) {
        String s = String.valueOf(separator);
        return (dayFirst ? "day" + s + "month" : "month" + s + "day") + s + "year";
    }

    /** Whether {@code s} is written as such a date, whichever number is the day ({@code 01/02/2020}). */
    static boolean isDayMonthDate(String s) {
        return DATE.matcher(s).matches();
    }

    /** Whether an ISO date {@code yyyy-mm-dd} (with a time of day or not) names a day of the calendar. */
    static boolean isRealDate(String iso) {
        try {
            LocalDate.parse(iso.substring(0, Math.min(iso.length(), 10)));
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    /** Whether every label is a slash date whose numbers are all 12 or less: either number could be the day. */
    static boolean ambiguous(List<String> labels) {
        return !labels.isEmpty() && labels.stream().map(DATE::matcher).allMatch(m -> m.matches()
                && m.group(2).equals("/") && Integer.parseInt(m.group(1)) <= 12 && Integer.parseInt(m.group(3)) <= 12);
    }

    /**
     * True for day first, false for month first, null when the labels are not such dates of one
     * reading; {@code given} (when not null) decides for labels that are all such dates.
     */
    static Boolean dayFirst(List<String> labels, Boolean given) {
        if (given != null) {
            return !labels.isEmpty() && labels.stream().allMatch(DayMonthDates::isDayMonthDate)
                    && labels.stream().map(DayMonthDates::separator).distinct().count() == 1 ? given : null;
        }
        char separator = 0;
        boolean dayFirst = false, monthFirst = false;
        for (String label : labels) {
            Matcher m = DATE.matcher(label);
            if (!m.matches() || separator != 0 && m.group(2).charAt(0) != separator) {
                return null;
            }
            separator = m.group(2).charAt(0);
            dayFirst |= Integer.parseInt(m.group(1)) > 12;
            monthFirst |= Integer.parseInt(m.group(3)) > 12;
        }
        if (labels.isEmpty() || dayFirst && monthFirst || !dayFirst && !monthFirst && separator == '/') {
            return null;
        }
        return dayFirst || !monthFirst; // dotted dates without evidence: day.month
    }
}
