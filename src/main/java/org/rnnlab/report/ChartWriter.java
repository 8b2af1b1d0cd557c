package org.rnnlab.report;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.imageio.ImageIO;

import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;
import org.rnnlab.io.AtomicFile;

/**
 * Writes charts as files, PNG or SVG by the file's extension, each atomically: a PNG is drawn
 * antialiased on white, an SVG is the same drawing as vector graphics.
 */
public final class ChartWriter {

    private ChartWriter() {
    }

    /**
     * Writes the chart at {@code png} and, when {@code svg}, at the same name ending in .svg;
     * returns the files written.
     */
    public static List<Path> write(JFreeChart chart, int width, int height, Path png, boolean svg) {
        return write(Figure.of(chart, width, height), png, svg);
    }

    /** Writes the figure at {@code png} (and the SVG beside it); returns the files written. */
    static List<Path> write(Figure figure, Path png, boolean svg) {
        List<Path> written = new ArrayList<>();
        write(figure, png);
        written.add(png);
        if (svg) {
            Path file = withExtension(png, "svg");
            write(figure, file);
            written.add(file);
        }
        return written;
    }

    /** Writes the figure as PNG or SVG, by the file's extension. */
    static void write(Figure figure, Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".svg")) {
            writeSvg(figure, file);
        } else if (name.endsWith(".png")) {
            writePng(figure, file);
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

    private static void writePng(Figure figure, Path file) {
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
        AtomicFile.write(file, out -> {
            if (!ImageIO.write(image, "png", out)) {
                throw new IOException("no PNG writer available");
            }
        });
    }

    private static void writeSvg(Figure figure, Path file) {
        SVGGraphics2D s = new SVGGraphics2D(figure.width(), figure.height());
        s.setColor(Color.WHITE);
        s.fillRect(0, 0, figure.width(), figure.height());
        figure.paint(s);
        String text = s.getSVGDocument();
        AtomicFile.write(file, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
    }
}
