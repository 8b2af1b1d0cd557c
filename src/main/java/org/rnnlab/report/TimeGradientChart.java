package org.rnnlab.report;

import java.util.ArrayList;
import java.util.List;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CombinedRangeXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.rnnlab.diagnostics.TimeGradients;
import org.rnnlab.experiment.RunResult;

/**
 * ‖∂L/∂h_t‖ of the top layer against the time step t at one length, at initialisation (left) and
 * after training (right) on a shared log axis, one line per variant: the median over its seeds at
 * each t. A curve falling towards t = 1 is a vanishing gradient, a rising one an exploding gradient.
 */
final class TimeGradientChart {

    private TimeGradientChart() {
    }

    static JFreeChart create(StudyGrid grid, int length, VariantColours colours) {
        XYSeriesCollection before = new XYSeriesCollection(), after = new XYSeriesCollection();
        XYLineAndShapeRenderer left = new XYLineAndShapeRenderer(true, false), right = new XYLineAndShapeRenderer(true, false);
        double lo = Double.POSITIVE_INFINITY, hi = 0;
        for (GridCell c : grid.cellsAt(length)) {
            XYSeries b = median(c.variant(), c.runs(), false), a = median(c.variant(), c.runs(), true);
            for (XYSeries s : List.of(b, a)) {
                if (!s.isEmpty()) {
                    lo = Math.min(lo, s.getMinY());
                    hi = Math.max(hi, s.getMaxY());
                }
            }
            add(before, left, b, colours, c.variant());
            add(after, right, a, colours, c.variant());
        }
        right.setDefaultSeriesVisibleInLegend(false);
        ValueAxis y = ChartStyle.valueAxis("‖∂L/∂h_t‖, top layer", lo, hi, Double.NaN);
        CombinedRangeXYPlot plot = new CombinedRangeXYPlot(y);
        plot.setGap(14);
        plot.add(subplot(before, left, "time step t — at initialisation", length), 1);
        plot.add(subplot(after, right, "time step t — after training (or at divergence)", length), 1);
        ChartStyle.style(plot);
        String subtitle = "median over " + (grid.seeds() == 1 ? "the seed" : "seeds") + " at each t; falling towards t = 1: vanishing, rising: exploding";
        return ChartStyle.chart("Gradient reaching each time step, T = " + length, subtitle, plot, true);
    }

    private static void add(XYSeriesCollection data, XYLineAndShapeRenderer r, XYSeries s, VariantColours colours,
            String variant) {
        int i = data.getSeriesCount();
        data.addSeries(s);
        r.setSeriesPaint(i, colours.of(variant));
        r.setSeriesStroke(i, ChartStyle.line());
    }

    private static XYPlot subplot(XYSeriesCollection data, XYLineAndShapeRenderer r, String label, int length) {
        NumberAxis x = ChartStyle.linear(label, 1, length);
        x.setRange(1, length);
        x.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        XYPlot p = new XYPlot(data, x, null, r);
        ChartStyle.style(p);
        p.setNoDataMessage("no probes recorded");
        return p;
    }

    /** The median over runs of the top layer's norm at each t (finite positive values only). */
    static XYSeries median(String key, List<RunResult> runs, boolean afterTraining) {
        List<double[]> tops = new ArrayList<>();
        for (RunResult r : runs) {
            TimeGradients g = afterTraining ? r.finalGradients() : r.initialGradients();
            if (g != null) {
                tops.add(g.top());
            }
        }
        XYSeries s = new XYSeries(key, false, true);
        int length = tops.stream().mapToInt(a -> a.length).max().orElse(0);
        for (int t = 0; t < length; t++) {
            double[] at = new double[tops.size()];
            for (int k = 0; k < tops.size(); k++) {
                double v = t < tops.get(k).length ? tops.get(k)[t] : Double.NaN;
                at[k] = v > 0 && Double.isFinite(v) ? v : Double.NaN;
            }
            double m = GridCell.median(at);
            if (!Double.isNaN(m)) {
                s.add(t + 1, m);
            }
        }
        return s;
    }
}
