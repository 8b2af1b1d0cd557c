package org.rnnlab.report;

import java.awt.Color;
import java.util.List;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CombinedRangeXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The depth charts: the bottom layer's share of the gradient against the number of layers, and for
 * the deepest networks, per layer, the gradient reaching it and the update-to-weight ratio of its
 * W_hh. One line per recipe (colours by family, not by variant); medians over seeds at the longest length.
 */
final class DepthCharts {

    private DepthCharts() {
    }

    /** ‖∂L/∂W_hh^0‖ / Σ_l ‖∂L/∂W_hh^l‖ against depth, with the equal share 1/L dashed. */
    static JFreeChart bottomShare(List<DepthGroups.Family> families, int length) {
        XYSeriesCollection data = new XYSeriesCollection();
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, true);
        int maxDepth = 1;
        for (DepthGroups.Family f : families) {
            XYSeries s = new XYSeries(f.name(), false, true);
            for (int depth : f.byDepth().keySet()) {
                double share = f.median(depth, x -> x.diagnostics().bottomShare());
                if (Double.isFinite(share)) {
                    s.add(depth, share);
                }
                maxDepth = Math.max(maxDepth, depth);
            }
            add(data, r, s, ChartStyle.series(data.getSeriesCount()), false);
        }
        XYSeries equal = new XYSeries("equal share 1/L", false, true);
        for (int d = 1; d <= maxDepth; d++) {
            equal.add(d, 1.0 / d);
        }
        add(data, r, equal, Color.GRAY, true);
        NumberAxis x = depthAxis("layers L", maxDepth);
        NumberAxis y = ChartStyle.linear("bottom layer's share of ‖∂L/∂W_hh‖", 0, 1);
        y.setRange(-0.02, 1.04);
        y.setNumberFormatOverride(java.text.NumberFormat.getPercentInstance(java.util.Locale.ROOT));
        XYPlot plot = new XYPlot(data, x, y, r);
        ChartStyle.style(plot);
        return ChartStyle.chart("The bottom layer's share of the gradient against depth, T = " + length,
                "‖∂L/∂W_hh(bottom)‖ / Σ_l ‖∂L/∂W_hh(l)‖, median over steps, then over seeds", plot, true);
    }

    /** For each recipe's deepest network: the mean over t of ‖∂L/∂h_t‖ per layer, at initialisation and after training. */
    static JFreeChart layerGradients(List<DepthGroups.Family> families, int length) {
        XYSeriesCollection before = new XYSeriesCollection(), after = new XYSeriesCollection();
        XYLineAndShapeRenderer left = new XYLineAndShapeRenderer(true, true), right = new XYLineAndShapeRenderer(true, true);
        double lo = Double.POSITIVE_INFINITY, hi = 0;
        int maxDepth = 1;
        for (int i = 0; i < families.size(); i++) {
            DepthGroups.Family f = families.get(i);
            int depth = f.deepest();
            maxDepth = Math.max(maxDepth, depth);
            XYSeries b = new XYSeries(f.name() + " (L = " + depth + ")", false, true), a = new XYSeries(b.getKey(), false, true);
            for (int l = 0; l < depth; l++) {
                final int layer = l;
                double vb = f.median(depth, r -> DepthGroups.meanHiddenGradient(r, layer, false));
                double va = f.median(depth, r -> DepthGroups.meanHiddenGradient(r, layer, true));
                for (double v : new double[] {vb, va}) {
                    if (v > 0 && Double.isFinite(v)) {
                        lo = Math.min(lo, v);
                        hi = Math.max(hi, v);
                    }
                }
                addPoint(b, l, vb);
                addPoint(a, l, va);
            }
            add(before, left, b, ChartStyle.series(i), false);
            add(after, right, a, ChartStyle.series(i), false);
        }
        right.setDefaultSeriesVisibleInLegend(false);
        ValueAxis y = ChartStyle.valueAxis("mean over t of ‖∂L/∂h_t‖", lo, hi, 0);
        CombinedRangeXYPlot plot = new CombinedRangeXYPlot(y);
        plot.setGap(14);
        plot.add(subplot(before, left, "layer (0 = bottom) — at initialisation", maxDepth), 1);
        plot.add(subplot(after, right, "layer — after training (or at divergence)", maxDepth), 1);
        ChartStyle.style(plot);
        return ChartStyle.chart("Gradient reaching each layer of the deepest networks, T = " + length,
                "on the probe batch; median over seeds; falling towards layer 0: lower layers receive smaller gradients", plot, true);
    }

    /** For each recipe's deepest network: the median over steps of ‖ΔW_hh‖/‖W_hh‖ per layer. */
    static JFreeChart updateRatios(List<DepthGroups.Family> families, int length) {
        XYSeriesCollection data = new XYSeriesCollection();
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, true);
        double lo = Double.POSITIVE_INFINITY, hi = 0;
        int maxDepth = 1;
        for (int i = 0; i < families.size(); i++) {
            DepthGroups.Family f = families.get(i);
            int depth = f.deepest();
            maxDepth = Math.max(maxDepth, depth);
            XYSeries s = new XYSeries(f.name() + " (L = " + depth + ")", false, true);
            for (int l = 0; l < depth; l++) {
                final int layer = l;
                double v = f.median(depth, x -> layer < x.diagnostics().layers() ? x.diagnostics().medianUpdateRatio(layer)
                        : Double.NaN);
                if (v > 0 && Double.isFinite(v)) {
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                }
                addPoint(s, l, v);
            }
            add(data, r, s, ChartStyle.series(i), false);
        }
        XYPlot plot = subplot(data, r, "layer (0 = bottom)", maxDepth);
        plot.setRangeAxis(ChartStyle.valueAxis("‖ΔW_hh‖ / ‖W_hh‖ per step", lo, hi, 0));
        return ChartStyle.chart("Update-to-weight ratio of each layer's W_hh, deepest networks, T = " + length,
                "median over steps, then over seeds; about 1e-3 is the usual healthy range (Karpathy)", plot, true);
    }

    private static void addPoint(XYSeries s, int x, double y) {
        if (y > 0 && Double.isFinite(y)) {
            s.add(x, y);
        }
    }

    private static void add(XYSeriesCollection data, XYLineAndShapeRenderer r, XYSeries s, Color colour, boolean dashed) {
        int i = data.getSeriesCount();
        data.addSeries(s);
        r.setSeriesPaint(i, colour);
        r.setSeriesStroke(i, dashed ? ChartStyle.dashed() : ChartStyle.line());
        r.setSeriesShape(i, ChartStyle.dot());
        r.setSeriesShapesVisible(i, !dashed);
    }

    private static NumberAxis depthAxis(String label, int max) {
        NumberAxis x = ChartStyle.linear(label, 1, Math.max(2, max));
        x.setRange(0.7, Math.max(2, max) + 0.3);
        x.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        return x;
    }

    private static XYPlot subplot(XYSeriesCollection data, XYLineAndShapeRenderer r, String label, int maxDepth) {
        NumberAxis x = ChartStyle.linear(label, 0, Math.max(1, maxDepth - 1));
        x.setRange(-0.3, Math.max(1, maxDepth - 1) + 0.3);
        x.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        XYPlot p = new XYPlot(data, x, null, r);
        ChartStyle.style(p);
        p.setNoDataMessage("no stacked network");
        return p;
    }
}
