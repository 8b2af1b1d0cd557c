package org.rnnlab.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.rnnlab.experiment.RunOutcome;
import org.rnnlab.experiment.RunResult;

class OutcomeMapTest {

    @Test
    void aCellTakesTheOutcomeOfMostSeeds_andATieGoesToTheWorse() {
        GridCell twoDivergedOneSolved = cell(FakeRun.of("tanh", 10, 0).divergeAt(5).build(),
                FakeRun.of("tanh", 10, 1).divergeAt(7).build(), FakeRun.of("tanh", 10, 2).test(0.001, true).loss(0.001).build());
        assertEquals(RunOutcome.DIVERGED, OutcomeMap.majority(twoDivergedOneSolved));
        assertEquals("1 solved, 2 diverged", OutcomeMap.counts(twoDivergedOneSolved));
        GridCell tie = cell(FakeRun.of("tanh", 10, 0).test(0.001, true).loss(0.001).build(), FakeRun.of("tanh", 10, 1).loss(0.15).build());
        assertEquals(RunOutcome.BASELINE, OutcomeMap.majority(tie), "solved vs baseline: the worse");
    }

    @Test
    void theMapHasARowPerVariantAndAColumnPerLength() {
        StudyGrid grid = new StudyGrid(List.of(FakeRun.of("tanh", 10, 0).build(), FakeRun.of("tanh", 30, 0).build(),
                FakeRun.of("lstm", 10, 0).build()));
        OutcomeMap map = new OutcomeMap(grid, "map");
        assertEquals(92 + 2 * 30 + 40, map.height());
        assertEquals(720, map.width(), "at least 720 wide; two columns of 190 after the 230 of labels need less");
    }

    private static GridCell cell(RunResult... runs) {
        return GridCell.of(runs[0].variant(), runs[0].length(), List.of(runs));
    }
}
