package org.rnnlab.report;

import java.util.List;

/**
 * One section of a report as both the HTML page and the Markdown summary show it: a heading, the
 * sentences written from the numbers, further paragraphs, the figures with their captions, and
 * tables.
 *
 * @param id         the anchor ("explosion")
 * @param title      the heading
 * @param findings   the opening sentences
 * @param paragraphs labelled paragraphs after the findings (reason, command line, ...)
 * @param images     figures, by path relative to the report's directory
 * @param tables     tables after the figures
 */
record Section(String id, String title, String findings, List<Paragraph> paragraphs, List<Image> images, List<Table> tables) {

    /** A figure: the PNG's relative path, a short alternative text, a caption, and the SVG beside it or empty. */
    record Image(String path, String alt, String caption, String svg) {
    }

    /** A labelled paragraph; {@code code} text is shown verbatim in a fixed-width font. */
    record Paragraph(String label, String text, boolean code) {
    }

    Section {
        paragraphs = List.copyOf(paragraphs);
        images = List.copyOf(images);
        tables = List.copyOf(tables);
    }
}
