package org.rnnlab.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.junit.jupiter.api.Test;

/** When epoch-end checkpoints are written: as often as keeps them within their share of the time. */
class CheckpointingTest {

    @Test
    void theFirstEpochEndCheckpoint_isAlwaysDue() {
        assertTrue(Checkpointing.epochSaveDue(0, 0));
    }

    @Test
    void aCheckpointThatTookOneMillisecond_isFollowedByTheNextAfterNineteen() {
        long ms = 1_000_000;
        assertFalse(Checkpointing.epochSaveDue(19 * ms - 1, ms));
        assertTrue(Checkpointing.epochSaveDue(19 * ms, ms));
    }

    @Test
    void checkpointsDueByTheRule_neverTakeMoreThanTheirShareOfTheTime() {
        Random random = new Random(7);
        for (int trial = 0; trial < 200; trial++) {
            long cost = 1 + random.nextInt(50_000_000), epoch = 1 + random.nextInt(20_000_000);
            long since = 0, saving = 0, total = 0;
            for (int e = 0; e < 500; e++) {
                since += epoch;
                total += epoch;
                if (Checkpointing.epochSaveDue(since, e == 0 ? 0 : cost)) {
                    saving += cost;
                    total += cost;
                    since = 0;
                }
            }
            // the first checkpoint is free of the rule; every later one follows at least 19 of its costs
            assertTrue(saving - cost <= Checkpointing.MAX_SHARE * total + 1e-9 * total,
                    "cost " + cost + ", epoch " + epoch + ": " + saving + " of " + total);
        }
    }

    @Test
    void aNonPositiveInterval_isRefusedNamingTheOption() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Checkpointing(null, 0, null));
        assertEquals("--checkpoint-every must be > 0 seconds, got 0.0", e.getMessage());
    }
}
