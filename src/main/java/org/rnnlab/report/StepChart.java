package org.rnnlab.report;

import java.awt.Color;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.rnnlab.experiment.RunResult;
import org.rnnlab.text.Numbers;

/**
 * Per-step charts at one sequence length, one line per variant (its lowest seed): the gradient
 * norm before clipping with the clipping thresholds as dashed lines (the explosion chart), and the
 * training loss with the task's baseline. Every diverged run, of any seed, gets a cross where it
 * ended: at its last value, or at the top of the chart when that value was not finite.
 */
final class StepChart {

    private StepChart() {
    }

    static JFreeChart gradientNorms(StudyGrid grid, int length, VariantColours colours) {
        JFreeChart chart = create(grid, length, colours, r -> r.steps().normBefore(), StepCurve.Thinning.MAX,
                "Gradient norm per step, T = " + length, "gradient norm (L2, before clipping)", Double.NaN);
        XYPlot plot = chart.getXYPlot();
        Map<String, List<String>> thresholds = new LinkedHashMap<>();
        for (GridCell c : grid.cellsAt(length)) {
            RunResult shown = StepCurve.shown(c);
            if (shown != null && Double.isFinite(shown.threshold())) {
                thresholds.computeIfAbsent(Numbers.readable(shown.threshold()), k -> new ArrayList<>()).add(c.variant());
            }
        }
        int i = 0;
        for (Map.Entry<String, List<String>> e : thresholds.entrySet()) {
            var m = ChartStyle.marker(Double.parseDouble(e.getKey()), colours.of(e.getValue().get(0)), "τ = " + e.getKey());
            // labels of nearby thresholds would overlap at the right edge: shift each further left
            m.setLabelOffset(new org.jfree.chart.ui.RectangleInsets(2, 2, 2, 4 + 70 * i++));
            plot.addRangeMarker(m, Layer.FOREGROUND);
        }
        return chart;
    }

    static JFreeChart losses(StudyGrid grid, int length, VariantColours colours) {
        return create(grid, length, colours, r -> r.steps().loss(), StepCurve.Thinning.MEAN,
                "Training loss per step, T = " + length, "training loss (batch mean)", grid.baseline(length));
    }

    private static JFreeChart create(StudyGrid grid, int length, VariantColours colours, Function<RunResult, double[]> values,
            StepCurve.Thinning thinning, String title, String yLabel, double baseline) {
        Curves curves = new Curves();
        for (GridCell c : grid.cellsAt(length)) {
            curves.add(c, colours, values, thinning);
        }
        int lines = curves.data.getSeriesCount();
        if (Double.isFinite(baseline) && curves.hi > 0) {
            curves.lo = Math.min(curves.lo, baseline);
            curves.hi = Math.max(curves.hi, baseline);
        }
        boolean clamped = curves.addCrosses();
        NumberAxis x = ChartStyle.linear("optimisation step (from 1)", 1, curves.maxStep);
        x.setRange(1, curves.maxStep);
        x.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        ValueAxis y = ChartStyle.valueAxis(yLabel, curves.lo, curves.hi, 0);
        XYPlot plot = new XYPlot(curves.data, x, y, curves.renderer);
        ChartStyle.style(plot);
        plot.setNoDataMessage("no run of this length trained");
        if (Double.isFinite(baseline)) {
            plot.addRangeMarker(ChartStyle.marker(baseline, Color.BLACK, "baseline " + Numbers.readable(baseline)
                    + " (constant prediction)"), Layer.FOREGROUND);
        }
        String subtitle = "one line per variant" + (grid.seeds() > 1 ? " (its run with seed " + firstSeed(grid) + ")" : "")
                + (curves.crosses.isEmpty() ? "" : "; ✕ = where a run diverged (any seed)")
                + (clamped ? ", on the top edge when beyond it" : "");
        return ChartStyle.chart(title, lines == 0 ? "" : subtitle, plot, true);
    }

    /** The lines of one chart, a cross per diverged run, and the range of values they cover. */
    private static final class Curves {
        final XYSeriesCollection data = new XYSeriesCollection();
        final XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
        final List<double[]> crosses = new ArrayList<>();
        final List<Integer> crossSeries = new ArrayList<>();
        double lo = Double.POSITIVE_INFINITY, hi = 0, maxStep = 2;

        /** The cell's line (its shown run) and the places where any of its runs diverged. */
        void add(GridCell c, VariantColours colours, Function<RunResult, double[]> values, StepCurve.Thinning thinning) {
            RunResult shown = StepCurve.shown(c);
            if (shown == null) {
                return;
            }
            String key = c.variant() + (c.diverged() > 0 ? "  ✕ diverged in " + c.diverged() + " of " + c.size()
                    + (c.size() == 1 ? " run" : " seeds") : "");
            XYSeries line = StepCurve.of(key, values.apply(shown), thinning);
            int index = data.getSeriesCount();
            data.addSeries(line);
            renderer.setSeriesPaint(index, colours.of(c.variant()));
            renderer.setSeriesStroke(index, ChartStyle.line());
            if (!line.isEmpty()) {
                lo = Math.min(lo, line.getMinY());
                hi = Math.max(hi, line.getMaxY());
            }
            for (RunResult r : c.runs()) {
                maxStep = Math.max(maxStep, r.steps().size());
                if (r.diverged()) {
                    double y = StepCurve.atDivergence(r, values.apply(r));
                    crosses.add(new double[] {r.divergedStep() + 1, y});
                    crossSeries.add(index);
                    if (Double.isFinite(y)) {
                        lo = Math.min(lo, y);
                    }
                }
            }
        }

        /**
         * Adds the crosses as series of their own, in their line's colour. A cross far above the
         * curves (an explosion to 1e65, say) would flatten them into the bottom edge: the axis ends
         * CROSS_DECADES decades above the highest curve, and such crosses sit on it. Returns whether
         * any does.
         */
        boolean addCrosses() {
            double top = hi > 0 ? hi * Math.pow(10, CROSS_DECADES) : hi;
            boolean clamped = false;
            for (double[] c : crosses) {
                if (Double.isFinite(c[1]) && c[1] <= top) {
                    hi = Math.max(hi, c[1]);
                } else {
                    clamped = true;
                }
            }
            if (clamped) {
                hi = Math.max(hi, top);
            }
            for (int i = 0; i < crosses.size(); i++) {
                XYSeries cross = new XYSeries("diverged " + i, false, true);
                double y = Double.isFinite(crosses.get(i)[1]) && crosses.get(i)[1] <= top ? crosses.get(i)[1] : hi;
                cross.add(crosses.get(i)[0], y);
                int index = data.getSeriesCount();
                data.addSeries(cross);
                renderer.setSeriesLinesVisible(index, false);
                renderer.setSeriesShapesVisible(index, true);
                renderer.setSeriesShape(index, ChartStyle.cross());
                renderer.setSeriesPaint(index, renderer.getSeriesPaint(crossSeries.get(i)));
                renderer.setSeriesVisibleInLegend(index, false);
            }
            return clamped;
        }
    }

    /** How many decades above the highest curve a diverged run's cross may sit before it is put on the top edge. */
    static final int CROSS_DECADES = 6;

    private static int firstSeed(StudyGrid grid) {
        return grid.records().stream().mapToInt(r -> r.spec().seed()).min().orElse(0);
    }
}
