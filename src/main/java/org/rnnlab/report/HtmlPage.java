package org.rnnlab.report;

import java.util.List;

/**
 * {@code index.html}: the whole report on one page that opens from disk — inline CSS, no scripts,
 * no external addresses; the only links are to the report's own files and its own anchors.
 */
final class HtmlPage {

    private static final String CSS = """
            body { font-family: "DejaVu Sans", "Segoe UI", Helvetica, Arial, sans-serif; color: #222; margin: 0; background: #fafafa; }
            main { max-width: 980px; margin: 0 auto; padding: 24px 28px 60px; background: #fff; }
            h1 { font-size: 1.7em; margin: 0.2em 0 0.4em; }
            h2 { font-size: 1.3em; margin-top: 2.2em; padding-bottom: 0.2em; border-bottom: 1px solid #ddd; }
            p.findings { font-size: 1.05em; line-height: 1.55; background: #f3f6fa; border-left: 4px solid #1f77b4; padding: 10px 14px; }
            p { line-height: 1.5; }
            nav ol { columns: 2; line-height: 1.6; }
            figure { margin: 1.4em 0; }
            figure img { max-width: 100%; height: auto; border: 1px solid #e4e4e4; }
            figcaption { font-size: 0.92em; color: #444; margin-top: 0.3em; line-height: 1.45; }
            table { border-collapse: collapse; margin: 0.6em 0 1.6em; font-size: 0.88em; }
            caption { text-align: left; font-weight: bold; padding: 4px 0; }
            th, td { border: 1px solid #ddd; padding: 3px 8px; vertical-align: top; }
            th { background: #f0f0f0; text-align: left; }
            td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
            .swatch { display: inline-block; width: 0.9em; height: 0.9em; margin-right: 0.4em; vertical-align: -0.1em; border-radius: 2px; }
            div.wide { overflow-x: auto; }
            pre { background: #f4f4f4; padding: 8px 12px; overflow-x: auto; }
            .label { font-weight: bold; }
            footer { margin-top: 3em; font-size: 0.9em; color: #555; }
            """;

    private HtmlPage() {
    }

    static String render(String title, List<Section> sections, List<String[]> files) {
        StringBuilder h = new StringBuilder(32_000);
        h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>").append(esc(title))
                .append("</title>\n<style>\n").append(CSS).append("</style>\n</head>\n<body>\n<main>\n<h1>").append(esc(title))
                .append("</h1>\n<nav><ol>\n");
        for (Section s : sections) {
            h.append("<li><a href=\"#").append(s.id()).append("\">").append(esc(s.title())).append("</a></li>\n");
        }
        h.append("</ol></nav>\n");
        for (Section s : sections) {
            section(h, s);
        }
        h.append("<footer><p>Files of this report: ");
        for (int i = 0; i < files.size(); i++) {
            String[] f = files.get(i);
            h.append(i == 0 ? "" : " · ").append("<a href=\"").append(esc(f[0])).append("\">").append(esc(f[0])).append("</a> (")
                    .append(esc(f[1])).append(")");
        }
        h.append("</p></footer>\n</main>\n</body>\n</html>\n");
        return h.toString();
    }

    private static void section(StringBuilder h, Section s) {
        h.append("<section id=\"").append(s.id()).append("\">\n<h2>").append(esc(s.title())).append("</h2>\n");
        if (!s.findings().isEmpty()) {
            h.append("<p class=\"findings\">").append(esc(s.findings())).append("</p>\n");
        }
        for (Section.Paragraph p : s.paragraphs()) {
            if (p.code()) {
                h.append("<p class=\"label\">").append(esc(p.label())).append("</p>\n<pre>").append(esc(p.text())).append("</pre>\n");
            } else {
                h.append("<p><span class=\"label\">").append(esc(p.label())).append(".</span> ").append(esc(p.text()))
                        .append("</p>\n");
            }
        }
        for (Section.Image i : s.images()) {
            h.append("<figure>\n<img src=\"").append(esc(i.path())).append("\" alt=\"").append(esc(i.alt()))
                    .append("\" width=\"900\">\n<figcaption>").append(esc(i.caption()));
            if (!i.svg().isEmpty()) {
                h.append(" <a href=\"").append(esc(i.svg())).append("\">SVG</a>");
            }
            h.append("</figcaption>\n</figure>\n");
        }
        for (Table t : s.tables()) {
            table(h, t);
        }
        h.append("</section>\n");
    }

    private static void table(StringBuilder h, Table t) {
        h.append("<div class=\"wide\"><table>\n<caption>").append(esc(t.caption())).append("</caption>\n<thead><tr>");
        for (String c : t.header()) {
            h.append("<th>").append(esc(c)).append("</th>");
        }
        h.append("</tr></thead>\n<tbody>\n");
        for (int r = 0; r < t.rows().size(); r++) {
            List<String> row = t.rows().get(r);
            h.append("<tr>");
            for (int c = 0; c < row.size(); c++) {
                h.append(t.numeric().contains(c) ? "<td class=\"num\">" : "<td>");
                if (c == 0 && !t.colours().isEmpty()) {
                    h.append("<span class=\"swatch\" style=\"background:").append(t.colours().get(r)).append("\"></span>");
                }
                h.append(esc(row.get(c))).append("</td>");
            }
            h.append("</tr>\n");
        }
        h.append("</tbody>\n</table></div>\n");
    }

    static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
