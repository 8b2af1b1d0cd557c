package org.rnnlab.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rnnlab.cell.CellType;
import org.rnnlab.data.CsvOptions;
import org.rnnlab.data.PrepareOptions;
import org.rnnlab.data.WindowOptions;
import org.rnnlab.forecast.ModelSource;
import org.rnnlab.forecast.RunSummary;
import org.rnnlab.forecast.TrainingPlan;
import org.rnnlab.forecast.TrainingRun;
import org.rnnlab.forecast.TransformChoice;
import org.rnnlab.model.Initialization;
import org.rnnlab.model.ModelConfig;
import org.rnnlab.model.SequenceModel;
import org.rnnlab.train.TrainingConfig;
import org.rnnlab.train.TrainingListener;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;

/** The training chart drawn from Java, as {@code rnnlab train} draws it, without the command line. */
class TrainingChartFileTest {

    @TempDir
    Path dir;

    @Test
    void write_fromALibraryTrainingRun_drawsTrainingPng() throws Exception {
        Path data = Path.of("datasets", "airline_passengers.csv");
        ModelSource models = new ModelSource() {
            @Override
            public SequenceModel create(int inputs, int outputs, boolean manyToMany, int window, long seed) {
                return SequenceModel.create(ModelConfig.of(CellType.GRU, inputs, 4, outputs),
                        Initialization.pytorchDefault(seed));
            }

            @Override
            public TrainingConfig training(int trainingWindows, int window) {
                return TrainingConfig.defaults().withEpochs(2);
            }
        };
        TrainingRun.Hooks hooks = new TrainingRun.Hooks() {
            @Override
            public List<TrainingListener> listeners(TrainingConfig config) {
                return List.of();
            }

            @Override
            public List<String> artifacts(Path out, RunSummary run) {
                return TrainingChartFile.write(out, false, run, data);
            }

            @Override
            public void note(String line) {
            }
        };
        Path out = dir.resolve("run");
        TrainingPlan plan = new TrainingPlan(data, CsvOptions.defaults(), PrepareOptions.of(WindowOptions.of(12, 1)),
                true, TransformChoice.of(true, false, false), OptionalInt.empty(), models, 0, out, 1, 1, false);
        RunSummary run = TrainingRun.run(plan, hooks, JsonNodeFactory.instance.objectNode());

        assertTrue(run.written().contains(TrainingChartFile.FILE_NAME), run.written().toString());
        BufferedImage png = ImageIO.read(out.resolve(TrainingChartFile.FILE_NAME).toFile());
        assertNotNull(png);
        assertEquals(1200, png.getWidth());
        assertEquals(800, png.getHeight());
        assertTrue(Files.notExists(out.resolve("training.svg")));
    }
}
