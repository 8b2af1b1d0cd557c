package org.rnnlab.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

import org.rnnlab.cell.CellType;
import org.rnnlab.clip.Clipping;
import org.rnnlab.data.NoisySine;
import org.rnnlab.data.Sequences;
import org.rnnlab.model.Initialization;
import org.rnnlab.model.ModelConfig;
import org.rnnlab.model.SequenceModel;
import org.rnnlab.optim.OptimizerConfig;
import org.rnnlab.optim.OptimizerKind;
import org.rnnlab.train.EpochMetrics;
import org.rnnlab.train.StepMetrics;
import org.rnnlab.train.Trainer;
import org.rnnlab.train.TrainingConfig;
import org.rnnlab.train.TrainingListener;
import org.rnnlab.train.TrainingResult;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** A one-minute tour: an LSTM learns to continue a noisy sine wave, printing the loss as it falls. */
@Command(name = "demo", mixinStandardHelpOptions = true, header = "Watch a small LSTM learn a noisy sine wave.",
        description = {"Train a small LSTM to predict the next value of a noisy sine wave, printing the",
                "training and validation loss per epoch. Predicting the mean would score 0.5."})
final class DemoCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--cell", defaultValue = "lstm", description = "rnn, lstm or gru (default: ${DEFAULT-VALUE}).")
    CellType cell;

    @Option(names = "--hidden", defaultValue = "32", description = "Hidden units (default: ${DEFAULT-VALUE}).")
    int hidden;

    @Option(names = "--epochs", defaultValue = "15", description = "Epochs (default: ${DEFAULT-VALUE}).")
    int epochs;

    @Option(names = "--seed", defaultValue = "1", description = "Seed of weights, data and shuffling (default: ${DEFAULT-VALUE}).")
    long seed;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        NoisySine task = new NoisySine(30, 20.0, 0.1);
        Sequences train = task.generate(1024, seed), validation = task.generate(256, seed + 1);
        ModelConfig config = ModelConfig.of(cell, 1, hidden, 1);
        SequenceModel model = SequenceModel.create(config, Initialization.pytorchDefault(seed));
        TrainingConfig training = TrainingConfig.defaults().withEpochs(epochs).withBatchSize(32)
                .withOptimizer(OptimizerConfig.of(OptimizerKind.ADAM, 5e-3)).withClipping(Clipping.globalNorm(1.0))
                .withSeed(seed);
        out.printf("%s, hidden %d, %d parameters; noisy sine, windows of %d steps, %d training and %d validation sequences%n",
                cell, hidden, model.parameterCount(), task.steps(), train.count(), validation.count());
        out.printf("%5s  %12s  %12s  %10s  %8s  %7s%n", "epoch", "train MSE", "valid MSE", "grad norm", "clipped", "time");
        TrainingResult result = Trainer.fit(model, train, validation, training, List.of(new TrainingListener() {
            double normSum;
            int steps, clipped;

            @Override
            public void onStep(StepMetrics m, SequenceModel ignored) {
                normSum += m.gradNormBefore();
                steps++;
                clipped += m.clipped() ? 1 : 0;
            }

            @Override
            public void onEpoch(EpochMetrics m) {
                out.printf("%5d  %12.6f  %12.6f  %10.4f  %7.0f%%  %6.1fs%n", m.epoch() + 1, m.trainLoss(),
                        m.validationLoss(), normSum / steps, 100.0 * clipped / steps, m.seconds());
                out.flush();
                normSum = 0;
                steps = 0;
                clipped = 0;
            }
        }));
        out.printf("%s after %d steps; best validation MSE %.6f (epoch %d)%n", result.outcome(), result.steps(),
                result.bestValidationLoss(), result.bestEpoch() + 1);
        return result.outcome().diverged() ? 1 : 0;
    }
}
