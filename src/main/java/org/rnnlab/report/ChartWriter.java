package org.rnnlab.report;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import org.jfree.svg.SVGGraphics2D;
import org.rnnlab.io.AtomicFile;

/** Writes a figure as {@code NAME.png} (and {@code NAME.svg} on request), each atomically. */
final class ChartWriter {

    private ChartWriter() {
    }

    /** Writes the figure into {@code dir} and returns the PNG's path. */
    static Path write(Path dir, String name, Figure figure, boolean svg) {
        Path png = dir.resolve(name + ".png");
        BufferedImage image = new BufferedImage(figure.width(), figure.height(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, figure.width(), figure.height());
            figure.paint(g);
        } finally {
            g.dispose();
        }
        AtomicFile.write(png, out -> {
            if (!ImageIO.write(image, "png", out)) {
                throw new java.io.IOException("no PNG writer available");
            }
        });
        if (svg) {
            SVGGraphics2D s = new SVGGraphics2D(figure.width(), figure.height());
            s.setColor(Color.WHITE);
            s.fillRect(0, 0, figure.width(), figure.height());
            figure.paint(s);
            String text = s.getSVGDocument();
            AtomicFile.write(dir.resolve(name + ".svg"), out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
        }
        return png;
    }
}
