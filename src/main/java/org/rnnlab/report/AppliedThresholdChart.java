package org.rnnlab.report;

import java.awt.Color;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.rnnlab.clip.Clipping;
import org.rnnlab.experiment.RunResult;

/**
 * What each clipping policy actually applied over training at one length, one line per clipping
 * variant (its lowest seed): on top the global-norm threshold τ per step (fixed τ, the τ the auto
 * rule chose, the τ AutoClip took from its history), log scale, over the same run's gradient norm
 * as a thin line; below the share of the rule's units clipped at each step (0 or 1 for the global
 * rules, the share of gate rows and biases for AGC), as a mean over blocks of steps.
 */
final class AppliedThresholdChart {

    /** Steps per block of the clipped-share panel. */
    static final int BLOCK = 10;

    private AppliedThresholdChart() {
    }

    /** True when a study has a clipping variant whose threshold is not one fixed number: auto, AutoClip or AGC. */
    static boolean wanted(StudyGrid grid) {
        return grid.variants().stream().anyMatch(v -> grid.auto(v) || grid.recipe(v).clipping().mode() == Clipping.Mode.AUTOCLIP
                || grid.recipe(v).clipping().mode() == Clipping.Mode.AGC);
    }

    static JFreeChart create(StudyGrid grid, int length, VariantColours colours) {
        XYSeriesCollection taus = new XYSeriesCollection(), shares = new XYSeriesCollection();
        XYLineAndShapeRenderer tauLines = new XYLineAndShapeRenderer(true, false), shareLines = new XYLineAndShapeRenderer(true, false);
        double lo = Double.POSITIVE_INFINITY, hi = 0;
        for (GridCell c : grid.cellsAt(length)) {
            RunResult shown = StepCurve.shown(c);
            if (shown == null || (!grid.auto(c.variant()) && grid.recipe(c.variant()).clipping().mode() == Clipping.Mode.NONE)) {
                continue;
            }
            Color colour = colours.of(c.variant());
            if (grid.auto(c.variant()) || grid.recipe(c.variant()).clipping().globalThreshold()) {
                XYSeries tau = StepCurve.of(c.variant(), shown.steps().threshold(), StepCurve.Thinning.MEAN);
                if (!tau.isEmpty()) {
                    taus.addSeries(tau);
                    tauLines.setSeriesPaint(taus.getSeriesCount() - 1, colour);
                    tauLines.setSeriesStroke(taus.getSeriesCount() - 1, ChartStyle.line());
                    lo = Math.min(lo, tau.getMinY());
                    hi = Math.max(hi, tau.getMaxY());
                }
            }
            boolean inTop = taus.indexOf(c.variant()) >= 0;
            shares.addSeries(blockMeans(c.variant(), shown.steps().clippedUnits()));
            int i = shares.getSeriesCount() - 1;
            shareLines.setSeriesPaint(i, colour);
            shareLines.setSeriesStroke(i, ChartStyle.line());
            shareLines.setSeriesVisibleInLegend(i, !inTop); // one legend entry per variant
        }
        if (!(hi > 0)) {
            lo = 0.1;
            hi = 10;
        }
        XYPlot top = ChartStyle.plot(ChartStyle.valueAxis("applied τ (global L2 norm)", lo, hi, 0));
        top.setDataset(taus);
        top.setRenderer(tauLines);
        top.setNoDataMessage("no global-norm threshold at this length");
        NumberAxis share = ChartStyle.linear("share of units clipped", 0, 1);
        share.setRange(0, 1.02);
        XYPlot bottom = ChartStyle.plot(share);
        bottom.setDataset(shares);
        bottom.setRenderer(shareLines);
        CombinedDomainXYPlot combined = new CombinedDomainXYPlot(ChartStyle.integerAxis("optimisation step (from 1)"));
        combined.setGap(12);
        combined.add(top, 3);
        combined.add(bottom, 2);
        combined.setBackgroundPaint(Color.WHITE);
        String subtitle = "one line per clipping variant" + (grid.seeds() > 1 ? " (its first seed)" : "")
                + "; below: share of units clipped, mean per " + BLOCK + " steps (a unit is the whole gradient for τ rules, a gate "
                + "row or bias for AGC, whose λ is a ratio and not drawn above)";
        return ChartStyle.chart("Clipping threshold applied per step, T = " + length, subtitle, combined, true);
    }

    private static XYSeries blockMeans(String key, double[] values) {
        XYSeries s = new XYSeries(key, false, true);
        for (int from = 0; from < values.length; from += BLOCK) {
            int to = Math.min(values.length, from + BLOCK);
            double sum = 0;
            int n = 0;
            for (int i = from; i < to; i++) {
                if (!Double.isNaN(values[i])) {
                    sum += values[i];
                    n++;
                }
            }
            if (n > 0) {
                s.add(1 + from + (to - from - 1) / 2.0, sum / n);
            }
        }
        return s;
    }
}
