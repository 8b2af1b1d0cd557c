package org.rnnlab.report;

import java.nio.file.Path;
import java.util.List;

/**
 * Draws every chart of a report into {@code charts/} and names them: per length the gradient-norm,
 * loss and time-gradient charts, then final loss and success against length, the outcome map, one threshold chart
 * per family, the threshold each policy applied per step (when a study has auto τ, AutoClip or AGC),
 * and the activation gallery.
 */
final class ReportCharts {

    static final String DIR = "charts";

    private ReportCharts() {
    }

    static String gradientNorms(int length) {
        return "grad-norm-T" + length;
    }

    static String losses(int length) {
        return "loss-T" + length;
    }

    static String timeGradients(int length) {
        return "time-gradients-T" + length;
    }

    static String appliedThreshold(int length) {
        return "applied-threshold-T" + length;
    }

    static String outcomeMap() {
        return "outcome-map";
    }

    static String finalLoss() {
        return "final-loss-vs-length";
    }

    static String successRate() {
        return "success-vs-length";
    }

    static String threshold(ThresholdFamilies.Family family) {
        return "threshold-" + family.name();
    }

    static String activations() {
        return "activations";
    }

    static String products() {
        return "derivative-products";
    }

    /** The relative path of a chart's PNG (or SVG). */
    static String path(String name, String extension) {
        return DIR + "/" + name + "." + extension;
    }

    static void write(Path reportDir, StudyGrid grid, StudyDescription d, List<ThresholdFamilies.Family> families, boolean svg) {
        Path dir = reportDir.resolve(DIR);
        VariantColours colours = new VariantColours(grid.variants());
        int w = ChartStyle.WIDTH, h = ChartStyle.HEIGHT;
        for (int t : grid.lengths()) {
            write(dir, gradientNorms(t), Figure.of(StepChart.gradientNorms(grid, t, colours), w, h), svg);
            write(dir, losses(t), Figure.of(StepChart.losses(grid, t, colours), w, h), svg);
            write(dir, timeGradients(t), Figure.of(TimeGradientChart.create(grid, t, colours), w, h), svg);
        }
        write(dir, finalLoss(), Figure.of(LengthCharts.finalLoss(grid, colours), w, h), svg);
        write(dir, outcomeMap(), new OutcomeMap(grid, "Outcome of every variant at every length"), svg);
        write(dir, successRate(), Figure.of(LengthCharts.successRate(grid, colours, d.successText()), w, h), svg);
        for (ThresholdFamilies.Family f : families) {
            write(dir, threshold(f), Figure.of(ThresholdChart.create(grid, f), w, ThresholdChart.HEIGHT), svg);
        }
        if (AppliedThresholdChart.wanted(grid)) {
            for (int t : grid.lengths()) {
                write(dir, appliedThreshold(t), Figure.of(AppliedThresholdChart.create(grid, t, colours), w, ThresholdChart.HEIGHT), svg);
            }
        }
        DiagnosticsReport.writeCharts(dir, grid, colours, svg);
        write(dir, activations(), ActivationGrid.all(), svg);
        write(dir, products(), Figure.of(DerivativeProductChart.create(grid.longest()), w, h), svg);
    }

    private static void write(Path dir, String name, Figure figure, boolean svg) {
        ChartWriter.write(figure, dir.resolve(name + ".png"), svg);
    }
}
