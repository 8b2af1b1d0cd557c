package org.rnnlab.forecast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.rnnlab.cell.CellType;
import org.rnnlab.data.PrepareOptions;
import org.rnnlab.data.SplitFractions;
import org.rnnlab.data.TimeSeriesTable;
import org.rnnlab.data.Transforms;
import org.rnnlab.data.WindowOptions;
import org.rnnlab.error.InputException;
import org.rnnlab.model.Initialization;
import org.rnnlab.model.ModelConfig;
import org.rnnlab.model.SequenceModel;
import org.rnnlab.train.TrainingConfig;

/** auto's choice: made on the validation part only, deterministic, and refusing what cannot fit. */
class RecipeSearchTest {

    private static final int ROWS = 96, SEASON = 12;

    private static final ModelSource TINY = new ModelSource() {
        @Override
        public SequenceModel create(int inputs, int outputs, boolean manyToMany, int window, long seed) {
            return SequenceModel.create(ModelConfig.of(CellType.LSTM, inputs, 4, outputs), Initialization.pytorchDefault(seed));
        }

        @Override
        public TrainingConfig training(int trainingWindows, int window) {
            return TrainingConfig.defaults().withEpochs(4);
        }
    };

    private static double[] trendingSeasonal() {
        Random random = new Random(1);
        double[] x = new double[ROWS];
        for (int r = 0; r < ROWS; r++) {
            x[r] = 100 + 2 * r + 15 * Math.sin(2 * Math.PI * r / SEASON) + random.nextGaussian();
        }
        return x;
    }

    private static TimeSeriesTable table(double[] x) {
        return TimeSeriesTable.of(List.of("y"), new double[][] {x}, List.of("y"), List.of("y"));
    }

    private static PrepareOptions options() {
        return PrepareOptions.of(WindowOptions.of(6, 1)).withSplit(new SplitFractions(0.6, 0.2, 0.2));
    }

    @Test
    void choice_andEveryScore_ignoreTheTestPart() {
        double[] x = trendingSeasonal();
        double[] perturbed = x.clone();
        int testStart = (int) Math.round(0.8 * ROWS);
        for (int r = testStart; r < ROWS; r++) {
            perturbed[r] = x[r] * 3 + 1000; // still positive, so the candidates stay the same
        }
        List<Transforms> candidates = TransformChoice.candidates(table(x), SEASON);
        assertEquals(candidates, TransformChoice.candidates(table(perturbed), SEASON));
        List<RecipeSearch.Candidate> a = RecipeSearch.train(table(x), options(), candidates, TINY, 5, 2, c -> { });
        List<RecipeSearch.Candidate> b = RecipeSearch.train(table(perturbed), options(), candidates, TINY, 5, 2, c -> { });
        for (int i = 0; i < candidates.size(); i++) {
            assertEquals(a.get(i).score(), b.get(i).score(), 0.0, candidates.get(i).label());
        }
        assertEquals(RecipeSearch.best(a).orElseThrow().transforms(), RecipeSearch.best(b).orElseThrow().transforms());
    }

    @Test
    void scores_areTheSameForAnyThreadCount() {
        TimeSeriesTable t = table(trendingSeasonal());
        List<Transforms> candidates = TransformChoice.candidates(t, SEASON);
        List<RecipeSearch.Candidate> one = RecipeSearch.train(t, options(), candidates, TINY, 5, 1, c -> { });
        List<RecipeSearch.Candidate> two = RecipeSearch.train(t, options(), candidates, TINY, 5, 2, c -> { });
        for (int i = 0; i < candidates.size(); i++) {
            assertEquals(one.get(i).score(), two.get(i).score(), 0.0, candidates.get(i).label());
        }
    }

    @Test
    void candidates_leaveOutLogForANonPositiveSeries_andSdiffWithoutASeason() {
        double[] x = trendingSeasonal();
        x[3] = -1;
        assertEquals(List.of("none", "diff", "sdiff(12)", "sdiff(12),diff"),
                TransformChoice.candidates(table(x), SEASON).stream().map(Transforms::label).toList());
        assertEquals(List.of("none", "diff", "log", "log,diff"),
                TransformChoice.candidates(table(trendingSeasonal()), 0).stream().map(Transforms::label).toList());
    }

    @Test
    void rejects_aSplitWithoutValidation_andWindowsThatFitNoCandidate() {
        TimeSeriesTable t = table(trendingSeasonal());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> RecipeSearch.train(t,
                options().withSplit(new SplitFractions(0.8, 0, 0.2)), List.of(Transforms.none()), TINY, 5, 1, c -> { }));
        assertTrue(e.getMessage().startsWith("--transform auto chooses on the validation part"), e.getMessage());
        PrepareOptions tooLong = options().withSplit(new SplitFractions(0.6, 0.2, 0.2));
        InputException tooShort = assertThrows(InputException.class, () -> RecipeSearch.requireOneFits(t,
                new PrepareOptions(WindowOptions.of(60, 1), tooLong.split(), tooLong.scaling(), Transforms.none()),
                TransformChoice.candidates(t, SEASON)));
        assertTrue(tooShort.getMessage().contains("window 60 + horizon 1 needs at least 61 rows"), tooShort.getMessage());
    }

    @Test
    void resolve_needsASeasonForSdiff() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> TransformChoice.of(false, true, false).resolve(0));
        assertTrue(e.getMessage().startsWith("--transform sdiff needs the season"), e.getMessage());
        assertEquals(new Transforms(true, true, 7), TransformChoice.of(true, true, true).resolve(7));
    }
}
