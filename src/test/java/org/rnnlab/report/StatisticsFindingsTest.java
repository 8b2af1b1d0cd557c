package org.rnnlab.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.rnnlab.experiment.RunResult;
import org.rnnlab.task.AddingProblem;

/** What a report says about uncertainty: rates with intervals, bootstrap intervals from five seeds, exact tests of contrasts. */
class StatisticsFindingsTest {

    private static Findings findings(List<RunResult> r) {
        return Findings.of(r, StudyDescription.of("t", new AddingProblem(10), FakeRun.SETTINGS, List.of()));
    }

    private static void contains(String text, String expected) {
        assertTrue(text.contains(expected), "expected «" + expected + "» in:\n" + text);
    }

    /** tanh diverges in every seed at T = 100 and never at T = 10; its clipped copy never diverges. */
    private static List<RunResult> clippingStudy(int seeds) {
        List<RunResult> r = new ArrayList<>();
        for (int s = 0; s < seeds; s++) {
            r.add(FakeRun.of("tanh", 10, s).loss(0.01 + 0.001 * s).build());
            r.add(FakeRun.of("tanh", 100, s).divergeAt(40 + s).build());
            r.add(FakeRun.of("tanh-clip1", 10, s).loss(0.02 + 0.001 * s).build());
            r.add(FakeRun.of("tanh-clip1", 100, s).loss(0.1 + 0.001 * s).build());
        }
        return r;
    }

    @Test
    void ratesAreCountsWithWilsonIntervals() {
        assertEquals("11 of 12 runs (95% CI 0.65–0.99)", StatWording.rate(11, 12, "run"));
        assertEquals("0 of 12 runs (95% CI 0–0.24)", StatWording.rate(0, 12, "run"));
        assertEquals("3 of 3 seeds (95% CI 0.44–1)", StatWording.rate(3, 3, "seed"));
        assertEquals("p = 0.1", StatWording.p(0.1));
        assertEquals("p = 0.0079", StatWording.p(2.0 / 252));
    }

    @Test
    void withThreeSeedsAContrastPerLengthIsNotSignificantAndTheReportSaysWhy() {
        String text = findings(clippingStudy(3)).contrasts();
        contains(text, "tanh diverged in 3 of 6 runs, tanh-clip1 (τ = 1) in 0 of 6 (not significant, p = 0.1 over all lengths)");
        contains(text, "not significant at any length: T = 10 (p = 1) and T = 100 (p = 0.1) — with 3 seeds per variant no outcome could be "
                + "(the smallest possible p is 0.1)");
    }

    @Test
    void withFiveSeedsTheSameContrastIsSignificantWhereItIsReal() {
        String text = findings(clippingStudy(5)).contrasts();
        contains(text, "tanh-clip1 (τ = 1) in 0 of 10 (significant, p = 0.0079 over all lengths)");
        contains(text, "the difference in divergence is significant at T = 100 (p = 0.0079); not significant at T = 10 (p = 1) with 5 "
                + "seeds per variant");
    }

    /**
     * At T = 50 relu's two diverged runs rank worst and its finished ones interleave with tanh's:
     * SciPy's exact permutation test on the mean-rank difference gives p = 0.0556.
     */
    @Test
    void activationContrastsTestTheFinalLossWithDivergedRunsRankedWorst() {
        List<RunResult> r = new ArrayList<>();
        for (int s = 0; s < 5; s++) {
            r.add(FakeRun.of("tanh", 10, s).loss(0.01 + 0.001 * s).build());
            r.add(FakeRun.of("relu", 10, s).loss(0.16 + 0.001 * s).build());
            r.add(FakeRun.of("tanh", 50, s).loss(0.1 + 0.01 * s).build());
            r.add(s < 2 ? FakeRun.of("relu", 50, s).divergeAt(3).build() : FakeRun.of("relu", 50, s).loss(0.105 + 0.01 * s).build());
        }
        String text = findings(r).contrasts();
        contains(text, "tanh against relu: divergence in 0 of 10 against 2 of 10 runs (not significant, p = 0.44 over all lengths)");
        contains(text, "final loss lower for tanh at T = 10 (p = 0.0079); not significant at T = 50 (p = 0.056) with 5 seeds per variant");
        Table table = ContrastFindings.table(new StudyGrid(r));
        assertEquals(List.of("tanh / relu", "10", "0 of 5 (0–0.43)", "0 of 5 (0–0.43)", "1", "0.012", "0.162", "0.0079"),
                table.rows().get(0));
    }

    @Test
    void aClippingContrastWithoutDivergenceComparesTheFinalLoss() {
        List<RunResult> r = new ArrayList<>();
        for (int s = 0; s < 5; s++) {
            r.add(FakeRun.of("tanh", 10, s).loss(0.2 + 0.001 * s).build());
            r.add(FakeRun.of("tanh-clip1", 10, s).loss(0.1 + 0.001 * s).build());
        }
        Findings f = findings(r);
        contains(f.contrasts(), "tanh and tanh-clip1 (τ = 1) did not diverge (0 of 5 runs each, 95% CI 0–0.43); final loss lower for "
                + "tanh-clip1 at T = 10 (p = 0.0079).");
        contains(f.explosion(), "No run diverged (0 of 10 runs, 95% CI 0–0.28): every variant trained all its steps at T = 10.");
        contains(f.thresholds(), "At T = 10 the lowest median final loss came with τ = 1 (0.102, 95% CI 0.1–0.104); without clipping it was 0.202.");
    }

    @Test
    void aStudyWithoutPairsHasNoContrasts() {
        List<RunResult> r = List.of(FakeRun.of("tanh", 10, 0).build(), FakeRun.of("lstm", 10, 0).build());
        assertEquals("", findings(r).contrasts());
        assertNull(ContrastFindings.table(new StudyGrid(r)));
    }

    @Test
    void mediansGetBootstrapIntervalsFromFiveSeedsOn() {
        Findings three = findings(clippingStudy(3)), five = findings(clippingStudy(5));
        assertFalse(three.loss().contains("95% CI"), three.loss());
        contains(five.loss(), "At T = 10 the lowest final loss was tanh's 0.012 (95% CI 0.01–0.014; baseline 0.167)");
        Table results = SummaryTables.results(new StudyGrid(clippingStudy(5)));
        List<String> row = results.rows().get(0);
        assertEquals("0 of 5 (0–0.43)", row.get(3));
        assertTrue(row.get(7).matches("0\\.012 \\[0\\.01–0\\.014\\]"), row.get(7));
    }

    @Test
    void theSameRecordsGiveTheSameIntervals() {
        assertEquals(SummaryTables.results(new StudyGrid(clippingStudy(6))).rows(),
                SummaryTables.results(new StudyGrid(clippingStudy(6))).rows());
        assertEquals(findings(clippingStudy(6)).all(), findings(clippingStudy(6)).all());
    }
}
