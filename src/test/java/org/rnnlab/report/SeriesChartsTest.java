package org.rnnlab.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemCollection;
import org.junit.jupiter.api.Test;

/** The forecast chart: its legend names what it draws. */
class SeriesChartsTest {

    private static List<String> legend(List<SeriesCharts.Band> bands) {
        List<String> labels = List.of("1", "2", "3", "4", "5", "6");
        SeriesCharts.Panel panel = new SeriesCharts.Panel("v", 0, new double[] {1, 2, 3, 4}, new int[] {4, 5},
                new double[] {5, 6}, bands);
        JFreeChart chart = SeriesCharts.forecast("t", "s", "time", labels, List.of(panel), 3, 0);
        List<String> names = new ArrayList<>();
        LegendItemCollection items = chart.getPlot().getLegendItems();
        for (int i = 0; i < items.getItemCount(); i++) {
            names.add(items.get(i).getLabel());
        }
        return names;
    }

    @Test
    void forecast_legendHasASwatchForEachDrawnBand_andNoneForALevelWithoutBounds() {
        double nan = Double.NaN;
        List<String> names = legend(List.of(new SeriesCharts.Band("95% interval", new double[] {nan, nan},
                new double[] {nan, nan}), new SeriesCharts.Band("80% interval", new double[] {4, 5}, new double[] {6, 7})));
        assertEquals(List.of("observed", "forecast", "80% interval"), names);
    }

    /** With bounds at one step only (a one-step forecast, or 95 % bounds for step 1 alone), the band is a box around it. */
    @Test
    void forecast_drawsABandWithOneBoundedStep_asABoxAroundIt() {
        double nan = Double.NaN;
        SeriesCharts.Panel panel = new SeriesCharts.Panel("v", 0, new double[] {1, 2, 3, 4}, new int[] {4, 5},
                new double[] {5, 6}, List.of(new SeriesCharts.Band("95% interval", new double[] {4, nan},
                        new double[] {6, nan})));
        JFreeChart chart = SeriesCharts.forecast("t", "s", "time", List.of("1", "2", "3", "4", "5", "6"), List.of(panel),
                3, 0);
        org.jfree.chart.plot.XYPlot plot = (org.jfree.chart.plot.XYPlot) ((org.jfree.chart.plot.CombinedDomainXYPlot)
                chart.getPlot()).getSubplots().get(0);
        org.jfree.data.xy.IntervalXYDataset band = (org.jfree.data.xy.IntervalXYDataset) plot.getDataset(3);
        assertEquals(2, band.getItemCount(0));
        assertEquals(3.7, band.getXValue(0, 0), 1e-12);
        assertEquals(4.3, band.getXValue(0, 1), 1e-12);
        assertEquals(4, band.getStartYValue(0, 1), 0);
        assertEquals(6, band.getEndYValue(0, 1), 0);
        assertEquals(List.of("observed", "forecast", "95% interval"), legend(panel.bands()));
    }
}
