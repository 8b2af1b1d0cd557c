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
}
