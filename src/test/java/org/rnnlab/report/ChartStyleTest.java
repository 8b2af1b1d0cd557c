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

class ChartStyleTest {

    @TempDir
    Path dir;

    @Test
    void valueAxis_isLogarithmicOnlyWhenPositiveValuesSpanTwentyfoldOrMore() {
        assertInstanceOf(LogAxis.class, ChartStyle.valueAxis("loss", new double[] {0.001, 0.5}));
        assertInstanceOf(LogAxis.class, ChartStyle.valueAxis("loss", new double[] {0.05, 1}));
        assertInstanceOf(NumberAxis.class, ChartStyle.valueAxis("loss", new double[] {0.05, 0.99}));
        assertInstanceOf(NumberAxis.class, ChartStyle.valueAxis("x", new double[] {0.0, 0.001, 5}));
        assertInstanceOf(NumberAxis.class, ChartStyle.valueAxis("x", new double[] {Double.NaN, 1, 2}));
        assertInstanceOf(LogAxis.class, ChartStyle.valueAxis("x", new double[] {Double.NaN, 1, Double.POSITIVE_INFINITY, 500}));
        assertEquals("loss, log scale", ChartStyle.valueAxis("loss", new double[] {0.001, 0.5}).getLabel());
    }

    @Test
    void reportValueAxis_followsTheSameRule() {
        assertInstanceOf(LogAxis.class, ChartStyle.valueAxis("loss", 0.05, 1, 0));
        assertInstanceOf(NumberAxis.class, ChartStyle.valueAxis("loss", 0.05, 0.99, 0));
        assertInstanceOf(NumberAxis.class, ChartStyle.valueAxis("loss", 0, 1, 0));
        assertInstanceOf(NumberAxis.class, ChartStyle.valueAxis("loss", 1, Double.POSITIVE_INFINITY, 0));
    }

    @Test
    void logAxisTicks_areReadableNumbers() {
        LogAxis axis = ChartStyle.log("norm", 1e-7, 1e3);
        assertEquals("1e-7", axis.getNumberFormatOverride().format(1e-7));
        assertEquals("0.01", axis.getNumberFormatOverride().format(0.01));
        assertEquals("1000", axis.getNumberFormatOverride().format(1e3));
    }

    @Test
    void variantColours_areFixedByTheStudysOrder() {
        VariantColours colours = new VariantColours(List.of("tanh", "tanh-clip1"));
        assertEquals(ChartStyle.BLUE, colours.of("tanh"));
        assertEquals(ChartStyle.RED, colours.of("tanh-clip1"));
        assertEquals(java.awt.Color.DARK_GRAY, colours.of("relu"));
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
        assertEquals(List.of(dir.resolve("c.png"), dir.resolve("c.svg")),
                ChartWriter.write(chart, 600, 400, dir.resolve("c.png"), true));
        assertNotNull(ImageIO.read(dir.resolve("c.png").toFile()));
        assertTrue(Files.readString(dir.resolve("c.svg")).contains("<svg"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ChartWriter.write(chart, 10, 10, dir.resolve("c.gif"), false));
        assertEquals("chart files end in .png or .svg, got " + dir.resolve("c.gif"), e.getMessage());
    }
}
