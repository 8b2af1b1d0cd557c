package org.rnnlab.data;

/**
 * A column of a CSV file, named either by its header name or by its 1-based position.
 *
 * <p>Exactly one of the two is set: {@code name} is non-null and {@code index} is 0, or
 * {@code name} is null and {@code index} is at least 1.
 *
 * @param name  the header name, or null
 * @param index the 1-based field position, or 0
 */
public record ColumnRef(String name, int index) {

    public ColumnRef {
        if (name == null && index < 1) {
            throw new IllegalArgumentException("column index must be >= 1, got " + index);
        }
        if (name != null && index != 0) {
            throw new IllegalArgumentException("a column is named by name or by index, not both, got \"" + name
                    + "\" and " + index);
        }
        if (name != null && name.isEmpty()) {
            throw new IllegalArgumentException("column name must not be empty");
        }
    }

    /** The column with this header name. */
    public static ColumnRef byName(String name) {
        if (name == null) {
            throw new IllegalArgumentException("column name must not be null");
        }
        return new ColumnRef(name, 0);
    }

    /** The column at this 1-based position. */
    public static ColumnRef byIndex(int index) {
        return new ColumnRef(null, index);
    }

    /**
     * A column as a user typed it: a string of digits is a 1-based index, anything else a name.
     * (A header name made of digits only can still be reached with {@link #byName}.)
     */
    public static ColumnRef parse(String text) {
        if (text == null || text.isEmpty()) {
            throw new IllegalArgumentException("column must be a name or a 1-based index, got \"" + text + "\"");
        }
        if (text.chars().allMatch(c -> c >= '0' && c <= '9') && text.length() <= 9) {
            return byIndex(Integer.parseInt(text));
        }
        return byName(text);
    }

    @Override
    public String toString() {
        return name != null ? "\"" + name + "\"" : "column " + index;
    }
}
