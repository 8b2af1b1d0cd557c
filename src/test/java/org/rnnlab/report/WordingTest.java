package org.rnnlab.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class WordingTest {

    @Test
    void sharesAndTimes() {
        assertEquals("46%", Wording.percent(0.456));
        assertEquals("<1%", Wording.percent(0.001));
        assertEquals("0%", Wording.percent(0));
        assertEquals("0.4 s", Wording.seconds(0.42));
        assertEquals("3 min 5 s", Wording.seconds(185));
        assertEquals("–", Wording.percent(Double.NaN));
        assertEquals("–", Wording.seconds(Double.NaN));
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
    void countsOfAWhole() {
        assertEquals("1 of 3 seeds", Wording.count(1, 3, "seed"));
        assertEquals("1 of 1 run", Wording.count(1, 1, "run"));
        assertEquals("0 of 6 runs", Wording.count(0, 6, "run"));
    }

    @Test
    void powersBeyondTheRangeOfDoubles() {
        assertEquals("1e-602", ActivationFindings.power(0.1, 602));
        assertEquals("6.22e-61", ActivationFindings.power(0.25, 100));
        assertEquals("0", ActivationFindings.powerOfTen(Double.NEGATIVE_INFINITY));
    }
}
