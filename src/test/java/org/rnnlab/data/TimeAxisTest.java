package org.rnnlab.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Frequency, season and continuation of time labels; silence where nothing is obvious. */
class TimeAxisTest {

    private static TimeAxis axis(String column, String... labels) {
        Optional<TimeAxis> axis = TimeAxis.detect(column, List.of(labels));
        assertTrue(axis.isPresent(), "no axis detected for " + List.of(labels));
        return axis.get();
    }

    private static void assertNone(String column, String... labels) {
        assertEquals(Optional.empty(), TimeAxis.detect(column, List.of(labels)), "labels " + List.of(labels));
    }

    @Test
    void detect_yearMonthLabels_monthlyWithSeason12_continuingAcrossTheYear() {
        TimeAxis a = axis("month", "1960-10", "1960-11", "1960-12");
        assertEquals(TimeAxis.Frequency.MONTHLY, a.frequency());
        assertEquals("1 month", a.step());
        assertEquals(OptionalInt.of(12), a.seasonLength());
        assertEquals(List.of("1961-01", "1961-02"), a.next(2));
    }

    @Test
    void detect_yearMonthLabelsThreeMonthsApart_quarterly() {
        TimeAxis a = axis("month", "2000-01", "2000-04", "2000-07", "2000-10");
        assertEquals(TimeAxis.Frequency.QUARTERLY, a.frequency());
        assertEquals(OptionalInt.of(4), a.seasonLength());
        assertEquals(List.of("2001-01", "2001-04"), a.next(2));
    }

    @Test
    void detect_quarterLabels_quarterly() {
        TimeAxis a = axis("q", "1999-Q3", "1999-Q4", "2000-Q1");
        assertEquals(TimeAxis.Frequency.QUARTERLY, a.frequency());
        assertEquals("1 quarter", a.step());
        assertEquals(OptionalInt.of(4), a.seasonLength());
        assertEquals(List.of("2000-Q2", "2000-Q3", "2000-Q4", "2001-Q1"), a.next(4));
    }

    @Test
    void detect_quarterLabelsAsRAndPandasWriteThem_quarterly_continuingInTheirStyle() {
        TimeAxis r = axis("quarter", "1999 Q3", "1999 Q4", "2000 Q1");
        assertEquals(TimeAxis.Frequency.QUARTERLY, r.frequency());
        assertEquals(OptionalInt.of(4), r.seasonLength());
        assertEquals(List.of("2000 Q2", "2000 Q3"), r.next(2));
        TimeAxis pandas = axis("period", "1999Q4", "2000Q1");
        assertEquals(TimeAxis.Frequency.QUARTERLY, pandas.frequency());
        assertEquals(List.of("2000Q2"), pandas.next(1));
    }

    @Test
    void detect_quarterLabelsOfMixedStyles_noAxis() {
        assertTrue(TimeAxis.detect("q", List.of("1999 Q4", "2000Q1", "2000-Q2")).isEmpty());
        assertTrue(TimeAxis.detect("q", List.of("1999 Q5", "2000 Q1")).isEmpty());
    }

    @Test
    void firstGap_isTheRowBeforeTheFirstMissingStep() {
        assertEquals(OptionalInt.of(1), axis("m", "2020-01", "2020-02", "2020-04", "2020-05", "2020-07").firstGap());
        assertEquals(OptionalInt.empty(), axis("m", "2020-01", "2020-02", "2020-03").firstGap());
    }

    @Test
    void detect_fourDigitIntegers_annualWithoutSeason() {
        TimeAxis a = axis("t", "1932", "1933", "1934");
        assertEquals(TimeAxis.Frequency.ANNUAL, a.frequency());
        assertEquals("1 year", a.step());
        assertEquals(OptionalInt.empty(), a.seasonLength());
        assertEquals(List.of("1935"), a.next(1));
    }

    @Test
    void detect_plainIntegers_integerStepOne() {
        TimeAxis a = axis("day", "1", "2", "3");
        assertEquals(TimeAxis.Frequency.INTEGER, a.frequency());
        assertEquals("1", a.step());
        assertEquals(OptionalInt.empty(), a.seasonLength());
        assertEquals(List.of("4", "5"), a.next(2));
        assertEquals(TimeAxis.Frequency.ANNUAL, axis("Year", "98", "99", "100").frequency());
        assertEquals(List.of("20", "25"), axis("t", "5", "10", "15").next(2));
    }

    @Test
    void detect_isoDates_dailyWithSeason7() {
        TimeAxis a = axis("date", "2020-02-27", "2020-02-28", "2020-02-29");
        assertEquals(TimeAxis.Frequency.DAILY, a.frequency());
        assertEquals(OptionalInt.of(7), a.seasonLength());
        assertEquals(List.of("2020-03-01"), a.next(1));
        assertEquals(TimeAxis.Frequency.WEEKLY, axis("date", "2020-01-06", "2020-01-13", "2020-01-20").frequency());
    }

    @Test
    void detect_monthStartAndMonthEndDates_monthly() {
        TimeAxis starts = axis("date", "2020-11-01", "2020-12-01", "2021-01-01");
        assertEquals(TimeAxis.Frequency.MONTHLY, starts.frequency());
        assertEquals(List.of("2021-02-01"), starts.next(1));
        TimeAxis ends = axis("date", "2020-01-31", "2020-02-29", "2020-03-31");
        assertEquals(TimeAxis.Frequency.MONTHLY, ends.frequency());
        assertEquals(List.of("2020-04-30", "2020-05-31"), ends.next(2));
    }

    @Test
    void detect_isoDateTimes_halfHourlyAndHourly_keepingTheirFormat() {
        TimeAxis half = axis("ts", "2000-08-27T23:00:00", "2000-08-27T23:30:00");
        assertEquals(TimeAxis.Frequency.HALF_HOURLY, half.frequency());
        assertEquals("30 minutes", half.step());
        assertEquals(OptionalInt.of(48), half.seasonLength());
        assertEquals(List.of("2000-08-28T00:00:00", "2000-08-28T00:30:00"), half.next(2));
        TimeAxis hourly = axis("ts", "2000-01-01 22:00", "2000-01-01 23:00");
        assertEquals(TimeAxis.Frequency.HOURLY, hourly.frequency());
        assertEquals(OptionalInt.of(24), hourly.seasonLength());
        assertEquals(List.of("2000-01-02 00:00"), hourly.next(1));
    }

    @Test
    void detect_localHoursAcrossTheEndOfSummerTime_hourly_theRepeatedHourNoGap_continuingByTheClock() {
        TimeAxis a = axis("time", "2021-10-31 00:00", "2021-10-31 01:00", "2021-10-31 02:00", "2021-10-31 02:00",
                "2021-10-31 03:00", "2021-10-31 04:00");
        assertEquals(TimeAxis.Frequency.HOURLY, a.frequency());
        assertEquals(OptionalInt.of(24), a.seasonLength());
        assertEquals(0, a.gaps());
        assertEquals(List.of("2021-10-31 05:00", "2021-10-31 06:00"), a.next(2));
        TimeAxis half = axis("time", "2021-10-31 01:30", "2021-10-31 02:00", "2021-10-31 02:30", "2021-10-31 02:00",
                "2021-10-31 02:30", "2021-10-31 03:00");
        assertEquals(TimeAxis.Frequency.HALF_HOURLY, half.frequency());
        assertEquals(List.of("2021-10-31 03:30"), half.next(1));
    }

    @Test
    void detect_aRepeatedLabelOutsideTheNightsClockChanges_orTwoHoursBack_noAxis() {
        assertNone("time", "2021-06-01 11:00", "2021-06-01 12:00", "2021-06-01 12:00", "2021-06-01 13:00");
        assertNone("time", "2021-10-31 02:00", "2021-10-31 03:00", "2021-10-31 01:00", "2021-10-31 02:00");
        assertNone("time", "2022-03-01 02:00", "2022-03-01 02:05", "2022-03-01 02:15", "2022-03-01 02:10",
                "2022-03-01 02:20", "2022-03-01 02:25"); // two rows swapped at night
    }

    @Test
    void detect_zonedDateTimes_asInstants_continuingWithTheLastOffset() {
        TimeAxis utc = axis("ts", "2021-01-01T22:00:00Z", "2021-01-01T23:00:00Z");
        assertEquals(TimeAxis.Frequency.HOURLY, utc.frequency());
        assertEquals(OptionalInt.of(24), utc.seasonLength());
        assertEquals(List.of("2021-01-02T00:00:00Z"), utc.next(1));
        // pandas' zone-aware times across the change to summer time: 01:00+01:00 then 03:00+02:00 is one hour
        TimeAxis summer = axis("ts", "2021-03-28 00:00:00+01:00", "2021-03-28 01:00:00+01:00",
                "2021-03-28 03:00:00+02:00", "2021-03-28 04:00:00+02:00");
        assertEquals(TimeAxis.Frequency.HOURLY, summer.frequency());
        assertEquals(0, summer.gaps(), "no gap where the offset changes");
        assertEquals(List.of("2021-03-28 05:00:00+02:00", "2021-03-28 06:00:00+02:00"), summer.next(2));
        TimeAxis west = axis("ts", "2021-01-01T23:30-05:00", "2021-01-02T00:00-05:00");
        assertEquals(List.of("2021-01-02T00:30-05:00"), west.next(1));
    }

    @Test
    void detect_zonedDaysAcrossAChangeOfOffset_dailyByTheirLocalTimes() {
        TimeAxis days = axis("day", "2021-03-27 00:00:00+01:00", "2021-03-28 00:00:00+01:00",
                "2021-03-29 00:00:00+02:00", "2021-03-30 00:00:00+02:00");
        assertEquals(TimeAxis.Frequency.DAILY, days.frequency());
        assertEquals(0, days.gaps());
        assertEquals(List.of("2021-03-31 00:00:00+02:00"), days.next(1));
        assertNone("ts", "2021-01-01T00:00:00+25:99", "2021-01-01T01:00:00+25:99");
    }

    @Test
    void detect_zonesOnSomeLabelsOnly_orAfterADate_noAxis_andTheFirstMisfitIsNamed() {
        assertNone("ts", "2021-01-01T22:00:00Z", "2021-01-01T23:00:00");
        assertNone("ts", "2021-01-01T22:00:00", "2021-01-01T23:00:00Z");
        assertNone("day", "2021-01-01Z", "2021-01-02Z");
        assertEquals(1, TimeLabels.firstMisfit(List.of("2021-01-01T22:00:00Z", "2021-01-01T23:00:00")));
        assertEquals(-1, TimeLabels.firstMisfit(List.of("2021-01-01T22:00:00Z", "2021-01-01T23:00:00+01:00")));
    }

    @Test
    void detect_quarterHours_seasonIsOneDay() {
        TimeAxis a = axis("ts", "2000-01-01T00:00", "2000-01-01T00:15", "2000-01-01T00:30");
        assertEquals(TimeAxis.Frequency.OTHER, a.frequency());
        assertEquals("15 minutes", a.step());
        assertEquals(OptionalInt.of(96), a.seasonLength());
    }

    @Test
    void detect_stepIsTheMostCommonDifference_andGapsAreCounted() {
        List<String> labels = new ArrayList<>();
        for (String day : List.of("2001-03-29", "2001-03-30", "2001-04-02")) {
            for (int h = 0; h < 24; h++) {
                labels.add(day + String.format("T%02d:00:00", h));
                labels.add(day + String.format("T%02d:30:00", h));
            }
        }
        TimeAxis a = TimeAxis.detect("timestamp", labels).orElseThrow();
        assertEquals(TimeAxis.Frequency.HALF_HOURLY, a.frequency());
        assertEquals(1, a.gaps());
        assertEquals(List.of("2001-04-03T00:00:00"), a.next(1));
    }

    @Test
    void detect_weekdaysOnly_businessDailyWithSeason5_continuingOnMonday_aHolidayAGap() {
        List<String> days = new ArrayList<>();
        for (java.time.LocalDate d = java.time.LocalDate.of(2023, 1, 2); days.size() < 15; d = d.plusDays(1)) {
            if (d.getDayOfWeek().getValue() <= 5) {
                days.add(d.toString());
            }
        }
        TimeAxis a = axis("date", days.toArray(String[]::new));
        assertEquals(TimeAxis.Frequency.BUSINESS_DAILY, a.frequency());
        assertEquals(OptionalInt.of(5), a.seasonLength());
        assertEquals(0, a.gaps());
        assertEquals("1 business day", a.step());
        assertEquals("2023-01-20", days.get(days.size() - 1), "a Friday");
        assertEquals(List.of("2023-01-23", "2023-01-24"), a.next(2));
        days.remove(7); // Wednesday 11 January, a holiday
        TimeAxis holiday = axis("date", days.toArray(String[]::new));
        assertEquals(TimeAxis.Frequency.BUSINESS_DAILY, holiday.frequency());
        assertEquals(1, holiday.gaps());
        assertEquals(OptionalInt.of(6), holiday.firstGap());
        assertEquals(TimeAxis.Frequency.DAILY, axis("date", "2023-01-06", "2023-01-07", "2023-01-08").frequency(),
                "every day, weekends too");
        assertEquals(TimeAxis.Frequency.DAILY, axis("date", "2023-01-02", "2023-01-03", "2023-01-04").frequency(),
                "three weekdays in a row say nothing of weekends");
    }

    @Test
    void next_isNaive_continuingIntoAWeekendAtTheStep() {
        TimeAxis a = axis("timestamp", "2001-03-30T23:00:00", "2001-03-30T23:30:00");
        assertEquals(List.of("2001-03-31T00:00:00"), a.next(1));
    }

    @ParameterizedTest
    @ValueSource(strings = {"decreasing", "duplicate", "mixed", "irregular", "text", "single", "badMonth", "notMultiple"})
    void detect_saysNothing_whenNothingIsObvious(String kind) {
        switch (kind) {
            case "decreasing": assertNone("t", "2020-03", "2020-02"); break;
            case "duplicate": assertNone("t", "2020-01", "2020-01", "2020-02"); break;
            case "mixed": assertNone("t", "2020-01", "2020-02-01"); break;
            case "irregular": assertNone("t", "1", "2", "4", "7", "11"); break;
            case "text": assertNone("t", "a", "b"); break;
            case "single": assertNone("t", "2020-01"); break;
            case "badMonth": assertNone("t", "2020-12", "2020-13"); break;
            default: assertNone("t", "0", "2", "4", "5"); break;
        }
    }
}
