package org.rnnlab.report;

import java.awt.Color;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.util.ArrayList;
import java.util.List;

import org.rnnlab.experiment.RunOutcome;

/**
 * The outcome map: one row per variant, one column per sequence length, each cell coloured by the
 * outcome most of its seeds had (a tie goes to the worse outcome) and labelled with the counts,
 * "2 solved, 1 diverged". The classic map of a gain study (where gradients vanish, where runs go
 * non-finite, where clipping survives with an exploded state), and a summary of any study.
 */
final class OutcomeMap implements Figure {

    private static final int LABEL_W = 230, CELL_W = 190, CELL_H = 30, TOP = 92, KEY_H = 40;

    /** The colour of each outcome, in {@link RunOutcome}'s order. */
    static Color colour(RunOutcome o) {
        return switch (o) {
            case SOLVED -> new Color(0x2ca02c);
            case LEARNED -> new Color(0xa6dba0);
            case BASELINE -> new Color(0xd9d9d9);
            case STATE_EXPLODED -> new Color(0xff9f40);
            case DIVERGED -> new Color(0xd62728);
            case FAILED -> new Color(0x555555);
        };
    }

    private final StudyGrid grid;
    private final String title;

    OutcomeMap(StudyGrid grid, String title) {
        this.grid = grid;
        this.title = title;
    }

    @Override
    public int width() {
        return Math.max(720, LABEL_W + grid.lengths().size() * CELL_W + 20);
    }

    @Override
    public int height() {
        return TOP + grid.variants().size() * CELL_H + KEY_H;
    }

    @Override
    public void paint(Graphics2D g) {
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width(), height());
        g.setColor(Color.BLACK);
        g.setFont(ChartStyle.TITLE);
        g.drawString(title, 14, 26);
        g.setFont(ChartStyle.SUBTITLE);
        g.setColor(Color.DARK_GRAY);
        g.drawString("each cell: the outcome of most seeds (ties: the worse), with the counts" + (grid.seeds() > 1 ? " over "
                + grid.seeds() + " seeds" : ""), 14, 46);
        g.setFont(ChartStyle.LEGEND);
        g.setColor(Color.BLACK);
        List<Integer> lengths = grid.lengths();
        for (int j = 0; j < lengths.size(); j++) {
            centred(g, "T = " + lengths.get(j), LABEL_W + j * CELL_W, TOP - 12, CELL_W);
        }
        List<String> variants = grid.variants();
        for (int i = 0; i < variants.size(); i++) {
            int y = TOP + i * CELL_H;
            g.setColor(Color.BLACK);
            g.setFont(ChartStyle.LEGEND);
            g.drawString(variants.get(i), 14, y + CELL_H / 2 + 5);
            for (int j = 0; j < lengths.size(); j++) {
                cell(g, grid.cell(variants.get(i), lengths.get(j)), LABEL_W + j * CELL_W, y);
            }
        }
        key(g, TOP + variants.size() * CELL_H + 26);
    }

    private void cell(Graphics2D g, GridCell c, int x, int y) {
        g.setColor(c == null ? Color.WHITE : colour(majority(c)));
        g.fillRect(x + 1, y + 1, CELL_W - 2, CELL_H - 2);
        if (c == null) {
            return;
        }
        g.setColor(majority(c) == RunOutcome.DIVERGED || majority(c) == RunOutcome.FAILED || majority(c) == RunOutcome.SOLVED
                ? Color.WHITE : Color.BLACK);
        g.setFont(ChartStyle.TICK);
        centred(g, counts(c), x, y + CELL_H / 2 + 5, CELL_W);
    }

    /** The outcome most runs of the cell had; on a tie the later (worse) one in {@link RunOutcome}'s order. */
    static RunOutcome majority(GridCell c) {
        RunOutcome best = RunOutcome.BASELINE;
        int most = -1;
        for (RunOutcome o : RunOutcome.values()) {
            int n = c.count(o);
            if (n > 0 && n >= most) {
                best = o;
                most = n;
            }
        }
        return best;
    }

    /** "3 solved" or "2 learned, 1 diverged", with short words when the cell is narrow. */
    static String counts(GridCell c) {
        List<String> parts = new ArrayList<>();
        for (RunOutcome o : RunOutcome.values()) {
            int n = c.count(o);
            if (n > 0) {
                parts.add(n + " " + (o == RunOutcome.STATE_EXPLODED ? "exploded" : o.id()));
            }
        }
        return String.join(", ", parts);
    }

    private void key(Graphics2D g, int y) {
        int x = 14;
        g.setFont(ChartStyle.TICK);
        for (RunOutcome o : RunOutcome.values()) {
            g.setColor(colour(o));
            g.fillRect(x, y - 11, 14, 14);
            g.setColor(Color.BLACK);
            g.drawString(o.id(), x + 19, y);
            x += 40 + g.getFontMetrics().stringWidth(o.id());
        }
    }

    /** Draws {@code text} centred in {@code width}, in a smaller font (down to 8 pt) if it would not fit. */
    private static void centred(Graphics2D g, String text, int x, int baseline, int width) {
        java.awt.Font font = g.getFont();
        while (g.getFontMetrics().stringWidth(text) > width - 6 && g.getFont().getSize2D() > 8f) {
            g.setFont(g.getFont().deriveFont(g.getFont().getSize2D() - 0.5f));
        }
        FontMetrics m = g.getFontMetrics();
        g.drawString(text, x + Math.max(2, (width - m.stringWidth(text)) / 2), baseline);
        g.setFont(font);
    }
}
