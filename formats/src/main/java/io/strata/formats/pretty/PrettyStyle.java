package io.strata.formats.pretty;

import io.strata.core.io.WriteBuffer;

/**
 * How the three Pretty families draw a {@link PrettyTable}, byte for byte as ClickHouse 24.x:
 * Pretty (a heavy box around the names, light lines between rows), PrettyCompact (names inside
 * the top line, no lines between rows) and PrettySpace (no lines, columns apart by spaces). With
 * output_format_pretty_row_numbers every line starts with a column of row numbers.
 */
enum PrettyStyle {
    GRID(2, "  Showed first "),
    COMPACT(2, "  Showed first "),
    SPACE(2, "\nShowed first ");

    /**
     * Where tab stops in values are measured from: the first value's terminal column. ClickHouse
     * 24.x assumes 2 for every style, PrettySpace too (where values actually start at column 1).
     */
    final int prefix;
    /** The note after a result cut at output_format_pretty_max_rows, before the number. */
    final String showedFirst;

    PrettyStyle(int prefix, String showedFirst) {
        this.prefix = prefix;
        this.showedFirst = showedFirst;
    }

    /** The box-drawing characters, or their ASCII stand-ins with output_format_pretty_grid_charset = ASCII. */
    private record Grid(String[] top, String[] namesEnd, String[] between, String[] bottom, String[] compactTop,
                        String boldBar, String bar, String dash) {
    }

    private static final Grid UTF8 = new Grid(new String[] {"┏", "━", "┳", "┓"}, new String[] {"┡", "━", "╇", "┩"},
            new String[] {"├", "─", "┼", "┤"}, new String[] {"└", "─", "┴", "┘"}, new String[] {"┌", "─", "┬", "┐"},
            "┃", "│", "─");
    private static final Grid ASCII = new Grid(new String[] {"+", "-", "+", "+"}, new String[] {"+", "-", "+", "+"},
            new String[] {"+", "-", "+", "+"}, new String[] {"+", "-", "+", "+"}, new String[] {"+", "-", "+", "+"},
            "|", "|", "-");

    /**
     * Draws rows {@code [0, shown)} of {@code t}; {@code firstRowNumber} is the number of the first
     * row (row numbers continue across blocks).
     */
    void draw(WriteBuffer out, PrettyTable t, int shown, long firstRowNumber, int cutToWidth, PrettySettings s) {
        Grid g = s.ascii() ? ASCII : UTF8;
        int rowNumberWidth = s.rowNumbers() ? (int) Math.floor(Math.log10(t.rows + firstRowNumber - 1)) + 3 : 0;
        switch (this) {
            case GRID -> {
                rule(out, t, g.top(), rowNumberWidth);
                blank(out, rowNumberWidth);
                out.write(g.boldBar()).write(' ');
                for (int i = 0; i < t.widths.length; i++) {
                    if (i > 0) out.write(' ').write(g.boldBar()).write(' ');
                    name(out, t, i, " ", s.color());
                }
                out.write(' ').write(g.boldBar()).write('\n');
                rule(out, t, g.namesEnd(), rowNumberWidth);
                for (int r = 0; r < shown; r++) {
                    if (r > 0) rule(out, t, g.between(), rowNumberWidth);
                    rowNumber(out, r + firstRowNumber, rowNumberWidth, s.color());
                    cells(out, t, r, g.bar(), g.bar(), cutToWidth, s);
                }
                rule(out, t, g.bottom(), rowNumberWidth);
            }
            case COMPACT -> {
                blank(out, rowNumberWidth);
                out.write(g.compactTop()[0]).write(g.dash());
                for (int i = 0; i < t.widths.length; i++) {
                    if (i > 0) out.write(g.dash()).write(g.compactTop()[2]).write(g.dash());
                    name(out, t, i, g.dash(), s.color());
                }
                out.write(g.dash()).write(g.compactTop()[3]).write('\n');
                for (int r = 0; r < shown; r++) {
                    rowNumber(out, r + firstRowNumber, rowNumberWidth, s.color());
                    cells(out, t, r, g.bar(), g.bar(), cutToWidth, s);
                }
                rule(out, t, g.bottom(), rowNumberWidth);
            }
            case SPACE -> {
                blank(out, rowNumberWidth);
                for (int i = 0; i < t.widths.length; i++) {
                    out.write(i == 0 ? " " : "   ");
                    name(out, t, i, " ", s.color());
                }
                out.write("\n\n");
                for (int r = 0; r < shown; r++) {
                    rowNumber(out, r + firstRowNumber, rowNumberWidth, s.color());
                    cells(out, t, r, null, " ", cutToWidth, s);
                }
            }
        }
    }

    private static void blank(WriteBuffer out, int width) {
        for (int i = 0; i < width; i++) out.write(' ');
    }

    private static void rule(WriteBuffer out, PrettyTable t, String[] parts, int rowNumberWidth) {
        blank(out, rowNumberWidth);
        out.write(parts[0]);
        for (int i = 0; i < t.widths.length; i++) {
            if (i > 0) out.write(parts[2]);
            PrettyTable.pad(out, parts[1], t.widths[i] + 2L);
        }
        out.write(parts[3]).write('\n');
    }

    /** The column name padded with {@code fill} to the column width, aligned like the values; bold in colour. */
    private static void name(WriteBuffer out, PrettyTable t, int column, String fill, boolean color) {
        int padding = t.widths[column] - t.nameWidths[column];
        if (t.alignRight[column]) PrettyTable.pad(out, fill, padding);
        if (color) out.write("\033[1m");
        out.write(t.names[column]);
        if (color) out.write("\033[0m");
        if (!t.alignRight[column]) PrettyTable.pad(out, fill, padding);
    }

    private static void rowNumber(WriteBuffer out, long number, int width, boolean color) {
        if (width == 0) return;
        String text = number + ". ";
        blank(out, width - text.length());
        if (color) out.write("\033[90m");
        out.write(text);
        if (color) out.write("\033[0m");
    }

    /** One table line: {@code edge} (null: none) around the cells, {@code separator} between them. */
    private static void cells(WriteBuffer out, PrettyTable t, int row, String edge, String separator, int cutToWidth,
                              PrettySettings s) {
        if (edge != null) out.write(edge);
        for (int i = 0; i < t.widths.length; i++) {
            if (i > 0) out.write(separator);
            cell(out, t, i, row, cutToWidth, s);
        }
        if (edge != null) out.write(edge);
        out.write('\n');
    }

    /**
     * {@code " value "} padded to the column width (on the left for right-aligned columns). A value
     * wider than {@code cutToWidth} is cut to output_format_pretty_max_value_width columns and ends
     * with ⋯ instead of the closing space, as ClickHouse does.
     */
    private static void cell(WriteBuffer out, PrettyTable t, int column, int row, int cutToWidth, PrettySettings s) {
        byte[] text = t.cells[column][row];
        long width = t.cellWidths[column][row];
        boolean cut = cutToWidth > 0 && width > cutToWidth;
        if (cut) width = s.maxValueWidth();
        long padding = Math.max(0, t.widths[column] - width);
        if (t.alignRight[column]) blankLong(out, padding);
        out.write(' ');
        if (cut) {
            // the leading space counts: keep 1 + max_value_width columns of " value"
            byte[] spaced = new byte[text.length + 1];
            spaced[0] = ' ';
            System.arraycopy(text, 0, spaced, 1, text.length);
            int keep = DisplayWidth.bytesBeforeWidth(spaced, 0, spaced.length, 0, (int) (1 + s.maxValueWidth()));
            out.write(spaced, 1, Math.max(0, keep - 1));
            String ellipsis = s.ascii() ? "~" : "⋯";
            out.write(s.color() ? "\033[31;1m" + ellipsis + "\033[0m" : ellipsis);
        } else {
            out.write(text).write(' ');
        }
        if (!t.alignRight[column]) blankLong(out, padding);
    }

    private static void blankLong(WriteBuffer out, long n) {
        for (long i = 0; i < n; i++) out.write(' ');
    }
}
