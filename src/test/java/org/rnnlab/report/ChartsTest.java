package org.rnnlab.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.imageio.ImageIO;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rnnlab.train.EpochMetrics;
import org.rnnlab.train.StepMetrics;

class ChartsTest {

    @TempDir
    Path dir;

    @Test
    void valueAxis_isLogarithmicOnlyWhenPositiveValuesSpanMoreThanTwoDecades() {
        assertInstanceOf(LogAxis.class, Charts.valueAxis("loss", new double[] {0.001, 0.5}));
        assertInstanceOf(NumberAxis.class, Charts.valueAxis("loss", new double[] {0.01, 0.5}));
        assertInstanceOf(NumberAxis.class, Charts.valueAxis("x", new double[] {0.0, 0.001, 5}));
        assertInstanceOf(NumberAxis.class, Charts.valueAxis("x", new double[] {Double.NaN, 1, 2}));
    }

    @Test
    void trainingChart_writesPngAndSvg_evenWithNonFiniteSteps() throws Exception {
        List<StepMetrics> steps = List.of(
                new StepMetrics(0, 0, 1.0, 2.0, 1.0, true, false, 0.01, new double[0], new double[0], 0.1),
                new StepMetrics(1, 0, 0.5, 0.5, 0.5, false, false, 0.01, new double[0], new double[0], 0.2),
                new StepMetrics(2, 1, Double.NaN, Double.POSITIVE_INFINITY, 0, false, false, 0.01, new double[0],
                        new double[0], 0.3));
        List<EpochMetrics> epochs = List.of(new EpochMetrics(0, 2, 0.75, 0.8, true, 0.2));
        JFreeChart chart = TrainingCharts.of("t", "s", steps, epochs, "MSE", 1.0, 0);
        Charts.write(chart, dir.resolve("c.png"), 600, 400);
        Charts.write(chart, dir.resolve("c.svg"), 600, 400);
        assertNotNull(ImageIO.read(dir.resolve("c.png").toFile()));
        assertTrue(Files.readString(dir.resolve("c.svg")).contains("<svg"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Charts.write(chart, dir.resolve("c.gif"), 10, 10));
        assertEquals("chart files end in .png or .svg, got " + dir.resolve("c.gif"), e.getMessage());
    }
}
