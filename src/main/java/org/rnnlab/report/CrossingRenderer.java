package org.rnnlab.report;

import java.awt.Shape;

import org.jfree.chart.renderer.category.LineAndShapeRenderer;

/**
 * Dots joined by lines across categories, spread a little sideways per series so equal values stay
 * visible; an item flagged as crossed (every run there diverged) is drawn as a cross with no line
 * to or from it.
 */
final class CrossingRenderer extends LineAndShapeRenderer {

    private final boolean[][] crossed;

    /** {@code crossed[row][column]}: the items drawn as crosses. */
    CrossingRenderer(boolean[][] crossed) {
        super(true, true);
        this.crossed = crossed;
        setDefaultShape(ChartStyle.dot());
        setAutoPopulateSeriesShape(false);
        setDefaultStroke(ChartStyle.line());
        setAutoPopulateSeriesStroke(false);
        setUseSeriesOffset(true);
        setItemMargin(0.2);
    }

    private boolean crossed(int row, int column) {
        return row < crossed.length && column >= 0 && column < crossed[row].length && crossed[row][column];
    }

    @Override
    public Shape getItemShape(int row, int column) {
        return crossed(row, column) ? ChartStyle.cross() : super.getItemShape(row, column);
    }

    @Override
    public boolean getItemLineVisible(int row, int column) {
        return !crossed(row, column) && !crossed(row, column - 1);
    }
}
