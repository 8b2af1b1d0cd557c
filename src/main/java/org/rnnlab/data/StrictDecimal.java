package org.rnnlab.data;

/**
 * A strict reader of decimal numbers as they appear in CSV cells.
 *
 * <p>Accepted: an optional sign, digits with an optional fraction (at least one digit in all),
 * and an optional exponent, i.e. {@code [+-]? (d+ (P d*)? | P d+) ([eE] [+-]? d+)?} where
 * {@code P} is the decimal point ({@code .}, or {@code ,} when decimal commas are asked for).
 * Rejected, unlike {@link Double#parseDouble}: {@code NaN}, {@code Infinity}, hexadecimal
 * ({@code 0x1p3}), type suffixes ({@code 1d}, {@code 1f}), surrounding blanks, thousands
 * separators, and values beyond the range of a double ({@code 1e400}).
 */
final class StrictDecimal {

    /** What a cell holds. */
    enum Kind {
        /** A finite number in the accepted syntax. */
        NUMBER,
        /** An empty cell. */
        EMPTY,
        /** A missing-value marker: NaN, NA, N/A or a spreadsheet's #N/A (any case). */
        MISSING_MARKER,
        /** Inf or Infinity with an optional sign (any case). */
        INFINITE,
        /** A number in the accepted syntax that overflows a double. */
        OUT_OF_RANGE,
        /** Anything else. */
        TEXT
    }

    private StrictDecimal() {
    }

    /** Classifies a cell; {@code point} is the decimal point character. */
    static Kind classify(String s, char point) {
        if (s.isEmpty()) {
            return Kind.EMPTY;
        }
        if (isSyntacticNumber(s, point)) {
            return Double.isInfinite(parseChecked(s, point)) ? Kind.OUT_OF_RANGE : Kind.NUMBER;
        }
        String body = s.charAt(0) == '+' || s.charAt(0) == '-' ? s.substring(1) : s;
        if (body.equalsIgnoreCase("inf") || body.equalsIgnoreCase("infinity")) {
            return Kind.INFINITE;
        }
        if (s.equalsIgnoreCase("nan") || s.equalsIgnoreCase("na") || s.equalsIgnoreCase("n/a")
                || s.equalsIgnoreCase("#n/a")) {
            return Kind.MISSING_MARKER;
        }
        return Kind.TEXT;
    }

    /** True if {@code s} is a finite number in the accepted syntax. */
    static boolean isNumber(String s, char point) {
        return classify(s, point) == Kind.NUMBER;
    }

    /** The value of a cell that {@link #classify} called {@link Kind#NUMBER}. */
    static double parseChecked(String s, char point) {
        return Double.parseDouble(point == '.' ? s : s.replace(point, '.'));
    }

    /** The syntax check alone, without range. */
    static boolean isSyntacticNumber(String s, char point) {
        int n = s.length();
        int i = 0;
        if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            i++;
        }
        int intDigits = 0;
        while (i < n && isDigit(s.charAt(i))) {
            i++;
            intDigits++;
        }
        int fracDigits = 0;
        if (i < n && s.charAt(i) == point) {
            i++;
            while (i < n && isDigit(s.charAt(i))) {
                i++;
                fracDigits++;
            }
        }
        if (intDigits + fracDigits == 0) {
            return false;
        }
        if (i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            i++;
            if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
                i++;
            }
            int expDigits = 0;
            while (i < n && isDigit(s.charAt(i))) {
                i++;
                expDigits++;
            }
            if (expDigits == 0) {
                return false;
            }
        }
        return i == n;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
