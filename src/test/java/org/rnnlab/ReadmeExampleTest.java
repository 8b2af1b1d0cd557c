package org.rnnlab;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rnnlab.cell.CellType;
import org.rnnlab.clip.Clipping;
import org.rnnlab.data.NoisySine;
import org.rnnlab.data.Sequences;
import org.rnnlab.model.Initialization;
import org.rnnlab.model.ModelConfig;
import org.rnnlab.model.ModelFile;
import org.rnnlab.model.SequenceModel;
import org.rnnlab.optim.OptimizerConfig;
import org.rnnlab.optim.OptimizerKind;
import org.rnnlab.train.Trainer;
import org.rnnlab.train.TrainingConfig;
import org.rnnlab.train.TrainingResult;

/** The README's Java example, kept compiling and working (with a smaller data set). */
class ReadmeExampleTest {

    @Test
    void readmeExample_trainsAnLstmThatBeatsPredictingTheMean(@TempDir Path dir) throws Exception {
        Sequences train = new NoisySine(30, 20.0, 0.1).generate(256, 1);   // README: 1024
        ModelConfig config = ModelConfig.of(CellType.LSTM, 1, 32, 1);
        SequenceModel model = SequenceModel.create(config, Initialization.pytorchDefault(1));
        TrainingConfig training = TrainingConfig.defaults()
                .withEpochs(10)
                .withOptimizer(OptimizerConfig.of(OptimizerKind.ADAM, 5e-3))
                .withClipping(Clipping.globalNorm(1.0));
        TrainingResult result = Trainer.fit(model, train, null, training, List.of());
        ModelFile.write(dir.resolve("sine-lstm.json"), model, null, null);

        assertTrue(Files.size(dir.resolve("sine-lstm.json")) > 1000);
        assertTrue(result.finalLoss() < 0.05, "predicting the mean scores 0.5; got " + result.finalLoss());
    }
}
