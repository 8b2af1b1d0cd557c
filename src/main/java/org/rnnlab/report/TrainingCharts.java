package org.rnnlab.report;

import java.awt.Color;
import java.util.List;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.rnnlab.train.EpochMetrics;
import org.rnnlab.text.Numbers;
import org.rnnlab.train.StepMetrics;

/**
 * The chart of a training run, over optimisation steps: the loss on top (every batch, the mean
 * per epoch, and the validation loss per epoch, with the best epoch marked) and the global
 * gradient norm before clipping below it (with the clipping threshold when there is one, as a line
 * per step when it changes, as AutoClip's does).
 */
public final class TrainingCharts {

    private TrainingCharts() {
    }

    /**
     * @param steps         every step's metrics
     * @param epochs        every epoch's metrics
     * @param lossLabel     what the loss is, with units, for the axis ("MSE on scaled targets")
     * @param clipThreshold the global-norm clipping threshold, or NaN when the norm is not clipped
     * @param bestEpoch     the 0-based epoch of the kept weights, or −1
     */
    public static JFreeChart of(String title, String subtitle, List<StepMetrics> steps, List<EpochMetrics> epochs,
            String lossLabel, double clipThreshold, int bestEpoch) {
        return of(title, subtitle, steps, epochs, lossLabel, clipThreshold, false, bestEpoch);
    }

    /**
     * The same, with {@code appliedThreshold}: draw the global-norm threshold the clipping rule applied
     * at each step ({@link StepMetrics#threshold()}, AutoClip's τ) instead of one fixed line.
     */
    public static JFreeChart of(String title, String subtitle, List<StepMetrics> steps, List<EpochMetrics> epochs,
            String lossLabel, double clipThreshold, boolean appliedThreshold, int bestEpoch) {
        XYSeries batchLoss = new XYSeries("training loss per batch", false);
        XYSeries norm = new XYSeries("gradient norm before clipping", false);
        XYSeries applied = new XYSeries("clipping threshold applied", false);
        for (StepMetrics m : steps) {
            add(batchLoss, m.step() + 1, m.loss());
            add(norm, m.step() + 1, m.gradNormBefore());
            if (appliedThreshold) {
                add(applied, m.step() + 1, m.threshold());
            }
        }
        XYSeries epochLoss = new XYSeries("training loss, epoch mean", false);
        XYSeries validation = new XYSeries("validation loss", false);
        for (EpochMetrics e : epochs) {
            add(epochLoss, e.steps(), e.trainLoss());
            add(validation, e.steps(), e.validationLoss());
        }
        boolean dots = epochs.size() <= 60;
        // with thousands of steps the per-step lines merge into a band; block means show the trend through it
        int block = steps.size() > 1000 ? steps.size() / 200 : 0;
        XYSeries lossMean = blockMeans(batchLoss, block, "training loss, mean of " + block + " steps");
        XYSeries normMean = blockMeans(norm, block, "gradient norm, mean of " + block + " steps");

        XYPlot loss = ChartStyle.plot(ChartStyle.valueAxis("loss: " + lossLabel, values(batchLoss), values(epochLoss),
                values(validation)));
        int index = 0;
        Color batchColour = block > 0 ? new Color(0xd6e3f3) : ChartStyle.LIGHT_BLUE;
        index = add(loss, index, batchLoss, ChartStyle.lines(batchColour, 1f, false, false));
        index = add(loss, index, lossMean, ChartStyle.lines(ChartStyle.BLUE.darker(), 1f, false, false));
        index = add(loss, index, epochLoss, ChartStyle.lines(ChartStyle.BLUE, 2f, false, dots));
        add(loss, index, validation, ChartStyle.lines(ChartStyle.ORANGE, 2f, false, dots));
        if (bestEpoch >= 0 && bestEpoch < epochs.size()) {
            long at = epochs.get(bestEpoch).steps();
            boolean early = at < 0.5 * epochs.get(epochs.size() - 1).steps();
            ValueMarker best = ChartStyle.marker(at, ChartStyle.GREEN, "kept: best validation, epoch " + (bestEpoch + 1),
                    early ? RectangleAnchor.TOP_RIGHT : RectangleAnchor.TOP_LEFT,
                    early ? TextAnchor.TOP_LEFT : TextAnchor.TOP_RIGHT);
            loss.addDomainMarker(best, Layer.FOREGROUND);
        }

        XYPlot gradient = gradientPlot(norm, normMean, block > 0, clipThreshold);
        add(gradient, 2, applied, ChartStyle.lines(ChartStyle.RED, 1.5f, false, false));

        CombinedDomainXYPlot combined = new CombinedDomainXYPlot(ChartStyle.integerAxis("optimisation step"));
        combined.setGap(12);
        combined.add(loss, 3);
        combined.add(gradient, 2);
        combined.setBackgroundPaint(Color.WHITE);
        return ChartStyle.chart(title, subtitle, combined);
    }

    /** The gradient norm of every step (light when its block means are drawn over it) and the clipping threshold. */
    private static XYPlot gradientPlot(XYSeries norm, XYSeries normMean, boolean blocks, double clipThreshold) {
        XYPlot gradient = ChartStyle.plot(ChartStyle.valueAxis("gradient norm: global L2", values(norm),
                Double.isNaN(clipThreshold) ? new double[0] : new double[] {clipThreshold}));
        add(gradient, 1, normMean, ChartStyle.lines(Color.BLACK, 1f, false, false));
        add(gradient, 0, norm, ChartStyle.lines(blocks ? Color.LIGHT_GRAY : ChartStyle.GREY, 1f, false, false));
        if (!Double.isNaN(clipThreshold)) {
            ValueMarker clip = ChartStyle.marker(clipThreshold, ChartStyle.RED, "clipping threshold "
                    + Numbers.readable(clipThreshold), RectangleAnchor.TOP_RIGHT, TextAnchor.BOTTOM_RIGHT);
            gradient.addRangeMarker(clip, Layer.FOREGROUND);
        }
        return gradient;
    }

    private static int add(XYPlot plot, int index, XYSeries series, XYLineAndShapeRenderer renderer) {
        if (series.isEmpty()) {
            return index;
        }
        plot.setDataset(index, new XYSeriesCollection(series));
        plot.setRenderer(index, renderer);
        return index + 1;
    }

    private static void add(XYSeries series, double x, double y) {
        if (Double.isFinite(y)) {
            series.add(x, y, false);
        }
    }

    /** Means of consecutive blocks of {@code block} points, at each block's middle; empty when block is 0. */
    private static XYSeries blockMeans(XYSeries series, int block, String name) {
        XYSeries means = new XYSeries(name, false);
        if (block <= 0) {
            return means;
        }
        for (int start = 0; start + block <= series.getItemCount(); start += block) {
            double sum = 0, x = 0;
            for (int i = start; i < start + block; i++) {
                sum += series.getY(i).doubleValue();
                x += series.getX(i).doubleValue();
            }
            means.add(x / block, sum / block, false);
        }
        return means;
    }

    private static double[] values(XYSeries series) {
        double[] v = new double[series.getItemCount()];
        for (int i = 0; i < v.length; i++) {
            v[i] = series.getY(i).doubleValue();
        }
        return v;
    }
}
