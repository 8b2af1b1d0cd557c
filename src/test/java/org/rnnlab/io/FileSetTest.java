package org.rnnlab.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A forecast's CSV and chart are replaced as one set, also when a write is cut short at any point. */
class FileSetTest {

    @TempDir
    Path dir;
    Path csv;
    Path png;

    @BeforeEach
    void anEarlierSet() throws IOException {
        csv = dir.resolve("forecast.csv");
        png = dir.resolve("forecast.png");
        Files.writeString(csv, "old csv");
        Files.writeString(png, "old png");
    }

    private void stageNew(FileSet set) throws IOException {
        Files.writeString(set.staged(png), "new png");
        Files.writeString(set.staged(csv), "new csv");
    }

    private void assertSet(String which) throws IOException {
        assertEquals(which + " csv", Files.readString(csv));
        assertEquals(which + " png", Files.readString(png));
        assertFalse(Files.exists(dir.resolve(".forecast.csv.new")), "no staging directory left");
        assertFalse(Files.exists(dir.resolve(".forecast.csv.swap")), "no journal left");
    }

    @Test
    void commit_replacesBothFiles() throws IOException {
        FileSet set = FileSet.of(csv);
        stageNew(set);
        set.commit();
        assertSet("new");
    }

    @Test
    void cutShortBeforeTheJournal_leavesTheOldSet_andTheNextWriteDropsTheStagedFiles() throws IOException {
        stageNew(FileSet.of(csv)); // the process dies here, before commit
        assertEquals("old csv", Files.readString(csv));
        FileSet.of(csv);
        assertSet("old");
    }

    @Test
    void cutShortHalfWayThroughTheMoves_isFinishedByTheNextWrite() throws IOException {
        FileSet set = FileSet.of(csv);
        stageNew(set);
        Files.writeString(dir.resolve(".forecast.csv.swap"), "forecast.csv\nforecast.png\n"); // the journal is durable
        Files.move(dir.resolve(".forecast.csv.new/forecast.csv"), csv, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        // the process dies here: a new CSV beside the old chart, until the next command looks
        FileSet.of(csv);
        assertSet("new");
    }
}
