package org.rnnlab.report;

import java.util.List;

/**
 * A table of a report, already in words: a caption, a header, and rows of cells. Columns listed in
 * {@code numeric} are right-aligned; {@code colours} (empty, or one "#rrggbb" per row) marks each
 * row's first cell with its variant's chart colour.
 */
record Table(String caption, List<String> header, List<List<String>> rows, List<Integer> numeric, List<String> colours) {

    Table(String caption, List<String> header, List<List<String>> rows, List<Integer> numeric) {
        this(caption, header, rows, numeric, List.of());
    }

    Table {
        colours = List.copyOf(colours);
        if (!colours.isEmpty() && colours.size() != rows.size()) {
            throw new IllegalArgumentException("table '" + caption + "': " + colours.size() + " colours for " + rows.size() + " rows");
        }
        header = List.copyOf(header);
        rows = rows.stream().map(List::copyOf).toList();
        numeric = List.copyOf(numeric);
        for (List<String> r : rows) {
            if (r.size() != header.size()) {
                throw new IllegalArgumentException("table '" + caption + "': a row has " + r.size() + " cells for "
                        + header.size() + " columns");
            }
        }
    }
}
