package io.strata.formats.pretty;

import io.strata.core.io.WriteBuffer;

/** How one family of Pretty formats draws a table of {@link PrettyCells}. */
interface PrettyStyle {

    void writeTable(WriteBuffer out, PrettyCells cells);

    /** The note after a result cut at output_format_pretty_max_rows. */
    default String showedFirstPrefix() {
        return "  Showed first ";
    }

    /** Pretty: heavy box around the names, light lines between every row. */
    PrettyStyle GRID = (out, t) -> {
        int n = t.widths.length;
        rule(out, t, "┏", "━", "┳", "┓");
        out.write("┃");
        for (int i = 0; i < n; i++) {
            if (i > 0) out.write("┃");
            out.write(' ');
            t.writeName(out, i, " ");
            out.write(' ');
        }
        out.write("┃\n");
        rule(out, t, "┡", "━", "╇", "┩");
        for (int r = 0; r < t.rows; r++) {
            if (r > 0) rule(out, t, "├", "─", "┼", "┤");
            row(out, t, r);
        }
        rule(out, t, "└", "─", "┴", "┘");
    };

    /** PrettyCompact: names inside the top line, no lines between rows. */
    PrettyStyle COMPACT = (out, t) -> {
        int n = t.widths.length;
        out.write("┌─");
        for (int i = 0; i < n; i++) {
            if (i > 0) out.write("─┬─");
            t.writeName(out, i, "─");
        }
        out.write("─┐\n");
        for (int r = 0; r < t.rows; r++) row(out, t, r);
        rule(out, t, "└", "─", "┴", "┘");
    };

    /** PrettySpace: no lines at all, columns separated by spaces. */
    PrettyStyle SPACE = new PrettyStyle() {
        @Override
        public void writeTable(WriteBuffer out, PrettyCells t) {
            int n = t.widths.length;
            for (int i = 0; i < n; i++) {
                out.write(i == 0 ? " " : "   ");
                t.writeName(out, i, " ");
            }
            out.write("\n\n");
            for (int r = 0; r < t.rows; r++) {
                for (int i = 0; i < n; i++) {
                    if (i > 0) out.write(' ');
                    t.writeCell(out, i, r);
                }
                out.write('\n');
            }
        }

        @Override
        public String showedFirstPrefix() {
            return "\nShowed first ";
        }
    };

    private static void rule(WriteBuffer out, PrettyCells t, String left, String dash, String cross, String right) {
        out.write(left);
        for (int i = 0; i < t.widths.length; i++) {
            if (i > 0) out.write(cross);
            PrettyCells.pad(out, dash, t.widths[i] + 2);
        }
        out.write(right).write('\n');
    }

    private static void row(WriteBuffer out, PrettyCells t, int r) {
        out.write("│");
        for (int i = 0; i < t.widths.length; i++) {
            if (i > 0) out.write("│");
            t.writeCell(out, i, r);
        }
        out.write("│\n");
    }
}
