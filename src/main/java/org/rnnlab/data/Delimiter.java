package org.rnnlab.data;

import org.rnnlab.name.Named;

/**
 * The field separator of a CSV file: comma, semicolon or tab, or {@link #AUTO} to take the one
 * that occurs most often (outside quotes) in the first line.
 */
public enum Delimiter implements Named {
    /** Detect from the first line; with decimal commas only semicolon and tab are candidates. */
    AUTO('\0'),
    COMMA(','),
    SEMICOLON(';'),
    TAB('\t');

    private final char character;

    Delimiter(char character) {
        this.character = character;
    }

    /** The separator character; {@code '\0'} for {@link #AUTO}. */
    public char character() {
        return character;
    }

    /** How a message names it: {@code ','}, {@code ';'} or {@code tab}. */
    String display() {
        return this == TAB ? "tab" : this == AUTO ? "auto" : "'" + character + "'";
    }
}
