package org.rnnlab.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.svg.SVGGraphics2D;
import org.rnnlab.io.AtomicFile;

/**
 * The look shared by rnnlab's charts, and writing them as PNG or SVG. Charts are drawn for people
 * reading a report: white background, light grid, a title and subtitle that say what was run,
 * axis labels with units, a legend, and a logarithmic value axis where the data spans decades.
 */
public final class Charts {

    /** Colours (the Tableau 10 palette, readable by most colour-blind readers). */
    public static final Color BLUE = new Color(0x1f77b4), ORANGE = new Color(0xff7f0e), GREEN = new Color(0x2ca02c),
            RED = new Color(0xd62728), GREY = new Color(0x7f7f7f), LIGHT_BLUE = new Color(0xaec7e8);

    /** Above this ratio of largest to smallest positive value, a value axis is logarithmic. */
    public static final double LOG_SCALE_RATIO = 100;

    static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 18);
    static final Font SUBTITLE = new Font(Font.SANS_SERIF, Font.PLAIN, 13);
    static final Font LABEL = new Font(Font.SANS_SERIF, Font.PLAIN, 13);
    static final Font TICK = new Font(Font.SANS_SERIF, Font.PLAIN, 11);

    private Charts() {
    }

    /** A chart around a plot, with the shared title, subtitle and legend style. */
    public static JFreeChart chart(String title, String subtitle, Plot plot) {
        JFreeChart chart = new JFreeChart(title, TITLE, plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        if (subtitle != null && !subtitle.isEmpty()) {
            TextTitle sub = new TextTitle(subtitle, SUBTITLE);
            sub.setPaint(Color.DARK_GRAY);
            chart.addSubtitle(sub);
        }
        LegendTitle legend = chart.getLegend();
        legend.setItemFont(LABEL);
        legend.setFrame(BlockBorder.NONE);
        legend.setBackgroundPaint(Color.WHITE);
        return chart;
    }

    /** A plot with the shared background, grid and insets; datasets added later are drawn on top. */
    public static XYPlot plot(ValueAxis range) {
        XYPlot plot = new XYPlot();
        plot.setRangeAxis(range);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(new Color(0xdddddd));
        plot.setRangeGridlinePaint(new Color(0xdddddd));
        plot.setOutlinePaint(new Color(0xbbbbbb));
        plot.setAxisOffset(new RectangleInsets(4, 4, 4, 4));
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
        return plot;
    }

    /** A numeric axis with integer ticks (steps, epochs, rows). */
    public static NumberAxis integerAxis(String label) {
        NumberAxis axis = new NumberAxis(label);
        axis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        style(axis);
        return axis;
    }

    /**
     * A value axis for {@code values} (NaN ignored): logarithmic, with a tick per decade, when
     * every value is positive and they span more than {@link #LOG_SCALE_RATIO}; otherwise linear.
     */
    public static ValueAxis valueAxis(String label, double[]... values) {
        double min = Double.POSITIVE_INFINITY, max = 0;
        boolean nonPositive = false;
        for (double[] series : values) {
            for (double v : series) {
                if (v > 0 && Double.isFinite(v)) {
                    min = Math.min(min, v);
                    max = Math.max(max, v);
                } else if (v <= 0) {
                    nonPositive = true;
                }
            }
        }
        if (!nonPositive && max > 0 && max / min > LOG_SCALE_RATIO) {
            LogAxis axis = new LogAxis(label + ", log scale");
            axis.setSmallestValue(min / 2);
            axis.setTickUnit(new NumberTickUnit(1));
            axis.setMinorTickCount(9);
            axis.setMinorTickMarksVisible(true);
            axis.setNumberFormatOverride(new DecimalFormat("0.######", DecimalFormatSymbols.getInstance(Locale.ROOT)));
            style(axis);
            return axis;
        }
        NumberAxis axis = new NumberAxis(label);
        axis.setAutoRangeIncludesZero(false);
        style(axis);
        return axis;
    }

    /** A line renderer for series 0: solid or dashed lines of the given width, with or without dots. */
    public static XYLineAndShapeRenderer lines(Color color, float width, boolean dashed, boolean dots) {
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, dots);
        r.setSeriesPaint(0, color);
        r.setSeriesStroke(0, dashed
                ? new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 1f, new float[] {6f, 4f}, 0f)
                : new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        if (dots) {
            r.setSeriesShape(0, new Ellipse2D.Double(-3, -3, 6, 6));
        }
        r.setDrawSeriesLineAsPath(true);
        return r;
    }

    /** A dashed marker line with a label in the shared style. */
    public static ValueMarker marker(double value, Color color, String label, RectangleAnchor anchor,
            TextAnchor textAnchor) {
        ValueMarker m = new ValueMarker(value, color, dashed(1.5f));
        m.setLabel(label);
        m.setLabelFont(TICK);
        m.setLabelPaint(color.darker());
        m.setLabelBackgroundColor(new Color(255, 255, 255, 200));
        m.setLabelAnchor(anchor);
        m.setLabelTextAnchor(textAnchor);
        return m;
    }

    /** A dashed stroke for markers. */
    public static BasicStroke dashed(float width) {
        return new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 1f, new float[] {5f, 4f}, 0f);
    }

    /** Writes the chart as PNG or SVG (by the file's extension), atomically. */
    public static void write(JFreeChart chart, Path file, int width, int height) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".svg")) {
            SVGGraphics2D g = new SVGGraphics2D(width, height);
            chart.draw(g, new Rectangle2D.Double(0, 0, width, height));
            String svg = g.getSVGDocument();
            AtomicFile.write(file, out -> out.write(svg.getBytes(StandardCharsets.UTF_8)));
        } else if (name.endsWith(".png")) {
            AtomicFile.write(file, out -> ChartUtils.writeChartAsPNG(out, chart, width, height));
        } else {
            throw new IllegalArgumentException("chart files end in .png or .svg, got " + file);
        }
    }

    /** The file name with its extension replaced: {@code training.png} to {@code training.svg}. */
    public static Path withExtension(Path file, String extension) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return file.resolveSibling((dot < 0 ? name : name.substring(0, dot)) + "." + extension);
    }

    private static void style(ValueAxis axis) {
        axis.setLabelFont(LABEL);
        axis.setTickLabelFont(TICK);
    }
}
