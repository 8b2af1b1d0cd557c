package org.rnnlab.report;

import java.util.List;

/** {@code summary.md}: the same sections, findings, figures and tables as the HTML page, in Markdown. */
final class MarkdownSummary {

    private MarkdownSummary() {
    }

    static String render(String title, List<Section> sections) {
        StringBuilder m = new StringBuilder(16_000);
        m.append("# ").append(title).append("\n\n");
        for (Section s : sections) {
            m.append("## ").append(s.title()).append("\n\n");
            if (!s.findings().isEmpty()) {
                m.append(s.findings()).append("\n\n");
            }
            for (Section.Paragraph p : s.paragraphs()) {
                if (p.code()) {
                    m.append("**").append(p.label()).append("**\n\n```\n").append(p.text()).append("\n```\n\n");
                } else {
                    m.append("**").append(p.label()).append(".** ").append(p.text()).append("\n\n");
                }
            }
            for (Section.Image i : s.images()) {
                m.append("![").append(i.alt()).append("](").append(i.path()).append(")\n\n*").append(i.caption().replace("*", "\\*"))
                        .append("*\n\n");
            }
            for (Table t : s.tables()) {
                table(m, t);
            }
        }
        return m.toString();
    }

    private static void table(StringBuilder m, Table t) {
        m.append("*").append(t.caption()).append("*\n\n|");
        for (String c : t.header()) {
            m.append(' ').append(cell(c)).append(" |");
        }
        m.append("\n|");
        for (int c = 0; c < t.header().size(); c++) {
            m.append(t.numeric().contains(c) ? "---:|" : "---|");
        }
        m.append('\n');
        for (List<String> row : t.rows()) {
            m.append('|');
            for (String c : row) {
                m.append(' ').append(cell(c)).append(" |");
            }
            m.append('\n');
        }
        m.append('\n');
    }

    /** A cell's text with the characters that would break a Markdown table escaped. */
    private static String cell(String s) {
        return s.replace("|", "\\|").replace("\n", " ");
    }
}
