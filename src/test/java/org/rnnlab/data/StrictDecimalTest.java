package org.rnnlab.data;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The strict decimal syntax, cell by cell. */
class StrictDecimalTest {

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(delimiter = '|', value = {
        "0|NUMBER", "-12|NUMBER", "+12|NUMBER", "1.5|NUMBER", ".5|NUMBER", "5.|NUMBER", "1e3|NUMBER",
        "1E-3|NUMBER", "-2.5e+10|NUMBER", "1e400|OUT_OF_RANGE", "''|EMPTY", "NaN|MISSING_MARKER",
        "na|MISSING_MARKER", "N/A|MISSING_MARKER", "Inf|INFINITE", "-infinity|INFINITE", "0x1p3|TEXT", "1d|TEXT",
        "1f|TEXT", "1e|TEXT", ".|TEXT", "+|TEXT", "e5|TEXT", "1.2.3|TEXT", "' 1'|TEXT", "1,5|TEXT", "infinite|TEXT",
        "--1|TEXT", "1-|TEXT"})
    void classify_acceptsOnlySignDigitsFractionExponent(String cell, StrictDecimal.Kind kind) {
        assertEquals(kind, StrictDecimal.classify(cell, '.'));
    }

    @ParameterizedTest(name = "{0} with a decimal comma is {1}")
    @CsvSource(delimiter = '|', value = {"1,5|NUMBER", "1.5|TEXT", "-,5e2|NUMBER"})
    void classify_withDecimalComma_swapsThePoint(String cell, StrictDecimal.Kind kind) {
        assertEquals(kind, StrictDecimal.classify(cell, ','));
    }
}
