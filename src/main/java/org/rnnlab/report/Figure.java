package org.rnnlab.report;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;

import org.jfree.chart.JFreeChart;

/** Something a report draws into an image of a fixed size: one chart, or a grid of them. */
interface Figure {

    int width();

    int height();

    /** Paints the whole figure into (0, 0, width, height). */
    void paint(Graphics2D g);

    /** One chart at a size. */
    static Figure of(JFreeChart chart, int width, int height) {
        return new Figure() {
            @Override
            public int width() {
                return width;
            }

            @Override
            public int height() {
                return height;
            }

            @Override
            public void paint(Graphics2D g) {
                chart.draw(g, new Rectangle2D.Double(0, 0, width, height));
            }
        };
    }
}
