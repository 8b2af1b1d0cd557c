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
import org.rnnlab.diagnostics.JacobianFlow;
import org.rnnlab.experiment.RunResult;

/**
 * σ_max(∂h_T/∂h_{T−k}) against the lag k at one length, at initialisation (left) and after training
 * (right) on a shared log axis, one line per variant: the median over its seeds at each lag; the top
 * layer solid and, in a stacked network, the bottom layer dashed in the same colour (not repeated in
 * the legend). A line falling
 * with k is a Jacobian product that contracts (gradients through it vanish), a rising one expands.
 */
final class JacobianFlowChart {

    private JacobianFlowChart() {
    }

    static JFreeChart create(StudyGrid grid, int length, VariantColours colours) {
        XYSeriesCollection before = new XYSeriesCollection(), after = new XYSeriesCollection();
        XYLineAndShapeRenderer left = new XYLineAndShapeRenderer(true, true), right = new XYLineAndShapeRenderer(true, true);
        double lo = Double.POSITIVE_INFINITY, hi = 0;
        boolean stacked = grid.records().stream().anyMatch(r -> r.spec().settings().layers() > 1);
        for (GridCell c : grid.cellsAt(length)) {
            boolean deep = !c.runs().isEmpty() && c.runs().get(0).spec().settings().layers() > 1;
            for (boolean bottom : deep ? new boolean[] {false, true} : new boolean[] {false}) {
                String key = c.variant() + (bottom ? ", bottom layer" : "");
                XYSeries b = median(key, c.runs(), false, bottom), a = median(key, c.runs(), true, bottom);
                for (XYSeries s : List.of(b, a)) {
                    if (!s.isEmpty()) {
                        lo = Math.min(lo, s.getMinY());
                        hi = Math.max(hi, s.getMaxY());
                    }
                }
                add(before, left, b, colours, c.variant(), bottom, !bottom);
                add(after, right, a, colours, c.variant(), bottom, false);
            }
        }
        ValueAxis y = ChartStyle.valueAxis("σ_max(∂h_T/∂h_{T−k})", lo, hi, 0);
        CombinedRangeXYPlot plot = new CombinedRangeXYPlot(y);
        plot.setGap(14);
        plot.add(subplot(before, left, "lag k — at initialisation", length), 1);
        plot.add(subplot(after, right, "lag k — after training (or at divergence)", length), 1);
        ChartStyle.style(plot);
        String subtitle = "spectral norm of the Jacobian product, median over " + (grid.seeds() == 1 ? "the seed"
                : "seeds") + " of the mean over " + JacobianFlow.SEQUENCES + " probe sequences; falling with k: contracting"
                + (stacked ? "; solid: top layer, dashed: bottom layer" : "");
        return ChartStyle.chart("Jacobian flow across lags, T = " + length, subtitle, plot, true);
    }

    private static void add(XYSeriesCollection data, XYLineAndShapeRenderer r, XYSeries s, VariantColours colours,
            String variant, boolean dashed, boolean inLegend) {
        int i = data.getSeriesCount();
        data.addSeries(s);
        r.setSeriesPaint(i, colours.of(variant));
        r.setSeriesStroke(i, dashed ? ChartStyle.dashed() : ChartStyle.line());
        r.setSeriesShape(i, ChartStyle.dot());
        r.setSeriesVisibleInLegend(i, inLegend);
    }

    private static XYPlot subplot(XYSeriesCollection data, XYLineAndShapeRenderer r, String label, int length) {
        NumberAxis x = ChartStyle.linear(label, 1, length);
        x.setRange(0.5, length + 0.5);
        x.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        XYPlot p = new XYPlot(data, x, null, r);
        ChartStyle.style(p);
        p.setNoDataMessage("no Jacobian flow recorded");
        return p;
    }

    /** The median over runs of the top (or bottom) layer's spectral norm at each lag (finite positive values only). */
    static XYSeries median(String key, List<RunResult> runs, boolean afterTraining, boolean bottom) {
        List<JacobianFlow> flows = new ArrayList<>();
        for (RunResult r : runs) {
            JacobianFlow f = afterTraining ? r.diagnostics().finalJacobian() : r.diagnostics().initialJacobian();
            if (f != null) {
                flows.add(f);
            }
        }
        XYSeries s = new XYSeries(key, false, true);
        if (flows.isEmpty()) {
            return s;
        }
        int[] lags = flows.get(0).lags();
        for (int i = 0; i < lags.length; i++) {
            double[] at = new double[flows.size()];
            for (int k = 0; k < flows.size(); k++) {
                double[][] sp = flows.get(k).spectral();
                double v = i < sp[0].length ? sp[bottom ? 0 : sp.length - 1][i] : Double.NaN;
                at[k] = v > 0 && Double.isFinite(v) ? v : Double.NaN;
            }
            double m = GridCell.median(at);
            if (!Double.isNaN(m)) {
                s.add(lags[i], m);
            }
        }
        return s;
    }

    /** The median over runs of the top layer's per-step factor of σ_max ({@link JacobianFlow#growthPerStep}). */
    static double medianGrowth(List<RunResult> runs, boolean afterTraining) {
        double[] g = runs.stream().mapToDouble(r -> {
            JacobianFlow f = afterTraining ? r.diagnostics().finalJacobian() : r.diagnostics().initialJacobian();
            return f == null ? Double.NaN : f.growthPerStep(f.spectral().length - 1);
        }).toArray();
        return GridCell.median(g);
    }
}
