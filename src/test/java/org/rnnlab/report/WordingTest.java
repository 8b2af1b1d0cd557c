package org.rnnlab.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class WordingTest {

    @Test
    void numbersHaveThreeSignificantDigitsAndNoTrailingZeros() {
        assertEquals("0.0123", Wording.number(0.012345));
        assertEquals("4.5", Wording.number(4.5));
        assertEquals("100", Wording.number(100));
        assertEquals("1.2e-7", Wording.number(1.2e-7));
        assertEquals("3e5", Wording.number(3e5));
        assertEquals("–", Wording.number(Double.NaN));
        assertEquals("∞", Wording.number(Double.POSITIVE_INFINITY));
        assertEquals("0", Wording.number(0));
        assertEquals("0.001", Wording.number(0.0009996));
        assertEquals("1e5", Wording.number(99999.7));
        assertEquals("12300", Wording.number(12345));
    }

    @Test
    void sharesAndTimes() {
        assertEquals("46%", Wording.percent(0.456));
        assertEquals("<1%", Wording.percent(0.001));
        assertEquals("0%", Wording.percent(0));
        assertEquals("0.4 s", Wording.seconds(0.42));
        assertEquals("3 min 5 s", Wording.seconds(185));
    }

    @Test
    void listsAndLengths() {
        assertEquals("a, b and c", Wording.list(List.of("a", "b", "c")));
        List<Integer> all = List.of(10, 20, 50, 100);
        assertEquals("T ≥ 50", Wording.lengths(List.of(50, 100), all));
        assertEquals("T = 10 and 50", Wording.lengths(List.of(10, 50), all));
        assertEquals("T = 100", Wording.lengths(List.of(100), all));
        assertEquals("every length (T = 10–100)", Wording.lengths(all, all));
    }

    @Test
    void powersBeyondTheRangeOfDoubles() {
        assertEquals("1e-602", ActivationFindings.power(0.1, 602));
        assertEquals("6.22e-61", ActivationFindings.power(0.25, 100));
        assertEquals("0", ActivationFindings.powerOfTen(Double.NEGATIVE_INFINITY));
    }
}
