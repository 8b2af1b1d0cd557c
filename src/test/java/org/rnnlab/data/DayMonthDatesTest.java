package org.rnnlab.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Spreadsheet dates become ISO dates when the labels themselves say which number is the day. */
class DayMonthDatesTest {

    @Test
    void monthDayYear_isRead_whenASecondNumberIsAboveTwelve() {
        assertEquals(List.of("2020-12-30", "2020-12-31", "2021-01-01"),
                DayMonthDates.toIso(List.of("12/30/2020", "12/31/2020", "1/1/2021")));
    }

    @Test
    void dayMonthYear_isRead_whenAFirstNumberIsAboveTwelve_withSlashesOrDots() {
        assertEquals(List.of("2020-12-30", "2020-12-31"), DayMonthDates.toIso(List.of("30/12/2020", "31/12/2020")));
        assertEquals(List.of("2020-12-30", "2020-12-31"), DayMonthDates.toIso(List.of("30.12.2020", "31.12.2020")));
        assertEquals(List.of("2020-02-01", "2020-03-01"), DayMonthDates.toIso(List.of("01.02.2020", "01.03.2020")),
                "dots without evidence: day.month");
    }

    @Test
    void ambiguousMixedOrContradictoryLabels_stayAsTheyAre() {
        List<String> ambiguous = List.of("01/02/2020", "02/02/2020");
        assertSame(ambiguous, DayMonthDates.toIso(ambiguous), "every number 12 or less");
        List<String> mixed = List.of("13/01/2020", "14.01.2020");
        assertSame(mixed, DayMonthDates.toIso(mixed));
        List<String> both = List.of("13/01/2020", "01/13/2020");
        assertSame(both, DayMonthDates.toIso(both));
        List<String> iso = List.of("2020-01-13", "2020-01-14");
        assertSame(iso, DayMonthDates.toIso(iso));
    }

    @Test
    void aDayItsMonthLacks_becomesAnIsoDateThatIsNotOne() {
        assertEquals(List.of("2020-02-28", "2020-02-30"), DayMonthDates.toIso(List.of("02/28/2020", "02/30/2020")));
        assertEquals(false, DayMonthDates.isRealDate("2020-02-30"));
        assertEquals(true, DayMonthDates.isRealDate("2020-02-29"));
    }

    @Test
    void theReadingIsToldByTheLabels_givenOnlyWhereTheyAreAmbiguous_andNamedInWords() {
        assertEquals(false, DayMonthDates.dayFirst(List.of("12/30/2020"), null));
        assertEquals(true, DayMonthDates.dayFirst(List.of("30/12/2020"), null));
        assertEquals(true, DayMonthDates.dayFirst(List.of("01.02.2020"), null));
        assertEquals(null, DayMonthDates.dayFirst(List.of("01/02/2020"), null));
        assertEquals(true, DayMonthDates.dayFirst(List.of("01/02/2020"), true), "a given reading decides");
        assertEquals(null, DayMonthDates.dayFirst(List.of("2020-01-02"), true), "not such dates");
        assertEquals("month/day/year", DayMonthDates.reading(false, "12/30/2020"));
        assertEquals("day.month.year", DayMonthDates.reading(true, "01.02.2020"));
    }
}
