package org.rnnlab.forecast;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rnnlab.data.CsvLoader;
import org.rnnlab.data.TimeSeriesTable;

/** The start-up line a training prints about its data. */
class TrainingDescriptionTest {

    @TempDir
    Path dir;

    private TimeSeriesTable load(String content) throws IOException {
        Path file = dir.resolve("series.csv");
        Files.writeString(file, content);
        return CsvLoader.load(file);
    }

    @Test
    void table_namesOneGap_andWhereItIs() throws IOException {
        String line = TrainingDescription.table(load("month,v\n2020-01,1\n2020-02,2\n2020-04,3\n2020-05,4\n"), 12);
        assertTrue(line.contains("monthly with 1 gap (after 2020-02, line 3) (season 12)"), line);
    }

    @Test
    void table_countsGaps_andPointsAtTheFirst() throws IOException {
        String line = TrainingDescription.table(load("month,v\n2020-01,1\n2020-02,2\n2020-04,3\n2020-05,4\n2020-07,5\n"
                + "2020-08,6\n"), 12);
        assertTrue(line.contains("monthly with 2 gaps (the first after 2020-02, line 3)"), line);
    }

    @Test
    void table_saysNothingOfGaps_withoutThem() throws IOException {
        String line = TrainingDescription.table(load("month,v\n2020-01,1\n2020-02,2\n2020-03,3\n"), 12);
        assertTrue(line.contains(", monthly (season 12);") && !line.contains("gap"), line);
    }

    @Test
    void table_tellsWeeklyFilesHowToAskForAYearlySeason_butNotWhenOneIsGiven() throws IOException {
        String weekly = "week,v\n2020-01-05,1\n2020-01-12,2\n2020-01-19,3\n";
        String line = TrainingDescription.table(load(weekly), 0);
        assertTrue(line.contains(", weekly (no season; --season 52 for a yearly one);"), line);
        assertTrue(TrainingDescription.table(load(weekly), 52).contains(", weekly (season 52);"));
        assertTrue(!TrainingDescription.table(load("year,v\n2000,1\n2001,2\n2002,3\n"), 0).contains("no season"));
    }

    @Test
    void table_namesAnUncommonStep_andDropsASeasonLongerThanTheSeries_sayingWhy() throws IOException {
        StringBuilder minutes = new StringBuilder("time,v\n"), quarters = new StringBuilder("time,v\n");
        for (int i = 0; i < 300; i++) {
            minutes.append(String.format("2021-01-01 %02d:%02d,%d%n", i / 60, i % 60, i));
            quarters.append(String.format("2021-01-%02d %02d:%02d,%d%n", 1 + i / 96, i % 96 / 4, i % 4 * 15, i));
        }
        TimeSeriesTable m = load(minutes.toString());
        org.junit.jupiter.api.Assertions.assertEquals(0, m.defaultSeason());
        org.junit.jupiter.api.Assertions.assertEquals(1440, m.axisSeason());
        String line = TrainingDescription.table(m, m.defaultSeason());
        assertTrue(line.contains("300 rows, every minute (no season: one of 1440 rows needs at least 1442; --season sets"
                + " one);"), line);
        TimeSeriesTable q = load(quarters.toString());
        org.junit.jupiter.api.Assertions.assertEquals(96, q.defaultSeason());
        assertTrue(TrainingDescription.table(q, 96).contains("300 rows, every 15 minutes (season 96);"));
    }
}
