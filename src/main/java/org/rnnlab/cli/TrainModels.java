package org.rnnlab.cli;

import java.nio.file.Path;
import java.util.List;

import org.rnnlab.error.InputException;
import org.rnnlab.forecast.ModelSource;
import org.rnnlab.forecast.TrainedModel;
import org.rnnlab.model.ModelConfig;
import org.rnnlab.model.ModelFile;
import org.rnnlab.model.SequenceModel;
import org.rnnlab.model.TaskShape;
import org.rnnlab.train.TrainingConfig;

import picocli.CommandLine.Model.CommandSpec;

/** The networks {@code train}'s options describe: new ones, or the one of --init-from, and their training. */
final class TrainModels implements ModelSource {

    private final CommandSpec spec;
    private final ModelArgs model;
    private final TrainingArgs training;

    TrainModels(CommandSpec spec, ModelArgs model, TrainingArgs training) {
        this.spec = spec;
        this.model = model;
        this.training = training;
    }

    @Override
    public boolean trained() {
        return model.initFrom != null;
    }

    /** A new model, or the one of --init-from (whose shape then rules). */
    @Override
    public SequenceModel create(int inputs, int outputs, boolean manyToMany, int window, long seed) {
        if (model.initFrom == null) {
            return SequenceModel.create(model.config(inputs, outputs, manyToMany, window, training.lastChunk(window)),
                    model.initialization(seed));
        }
        for (String option : List.of("--cell", "--activation", "--activation-param", "--hidden", "--layers", "--init",
                "--init-scale", "--recurrent-init", "--recurrent-init-scale", "--forget-bias", "--norm", "--highway")) {
            if (spec.commandLine().getParseResult().hasMatchedOption(option)) {
                throw new IllegalArgumentException(option + " cannot go with --init-from: the network's shape and"
                        + " weights come from " + model.initFrom + "; leave " + option + " out");
            }
        }
        Path file = TrainedModel.resolve(model.initFrom);
        SequenceModel loaded = ModelFile.read(file).model();
        ModelConfig c = loaded.config();
        TaskShape task = manyToMany ? TaskShape.MANY_TO_MANY : TaskShape.MANY_TO_ONE;
        if (c.inputSize() != inputs || c.outputSize() != outputs || c.task() != task) {
            throw InputException.inFile(file, "--init-from: this model reads " + c.inputSize() + " inputs and predicts "
                    + c.outputSize() + " targets (" + c.task().id() + "), but the data has " + inputs + " features and "
                    + outputs + " targets (" + task.id() + "); choose --features, --target and --many-to-many to"
                    + " match, or train from scratch");
        }
        return loaded;
    }

    @Override
    public TrainingConfig training(int trainingWindows, int window) {
        return training.config(trainingWindows, window);
    }
}
