package io.strata.formats.pretty;

import io.strata.core.block.Chunk;
import io.strata.core.block.Header;
import io.strata.core.format.FormatSettings;
import io.strata.core.io.WriteBuffer;
import io.strata.core.type.DataType;
import io.strata.core.type.DecimalType;
import io.strata.core.type.LowCardinalityType;
import io.strata.core.type.NullableType;
import io.strata.core.type.TypeId;
import io.strata.formats.text.CellColumn;

/**
 * The text of a block laid out for the Pretty formats: every value's plain text form (NULL as
 * {@code ᴺᵁᴸᴸ}), its display width, and each column's width (the widest of its name and values).
 * Pretty formats are presentational and capped at output_format_pretty_max_rows, so building
 * strings per cell is acceptable here.
 */
final class PrettyCells {
    static final String NULL_TEXT = "ᴺᵁᴸᴸ";

    final String[] names;
    final int[] nameWidths;
    final boolean[] alignRight;
    final String[][] cells; // [column][row]
    final int[][] cellWidths;
    final int[] widths;
    final int rows;

    PrettyCells(Header header, Chunk chunk, int rows, FormatSettings settings) {
        int n = header.size();
        this.rows = rows;
        names = header.names().toArray(new String[0]);
        nameWidths = new int[n];
        alignRight = new boolean[n];
        cells = new String[n][rows];
        cellWidths = new int[n][rows];
        widths = new int[n];
        WriteBuffer scratch = new WriteBuffer();
        for (int i = 0; i < n; i++) {
            nameWidths[i] = displayWidth(names[i]);
            alignRight[i] = alignsRight(header.type(i));
            int w = nameWidths[i];
            CellColumn c = CellColumn.of(chunk.column(i));
            for (int r = 0; r < rows; r++) {
                String text;
                if (c.isNull(r)) {
                    text = NULL_TEXT;
                } else {
                    scratch.truncate(0);
                    c.text.writeText(c.values, r, scratch, settings);
                    text = scratch.toString();
                }
                cells[i][r] = text;
                cellWidths[i][r] = displayWidth(text);
                w = Math.max(w, cellWidths[i][r]);
            }
            widths[i] = w;
        }
    }

    /** Writes {@code " value "} padded with spaces to the column width, on the left for right-aligned columns. */
    void writeCell(WriteBuffer out, int column, int row) {
        int padding = widths[column] - cellWidths[column][row];
        if (alignRight[column]) pad(out, ' ', padding);
        out.write(' ').write(cells[column][row]).write(' ');
        if (!alignRight[column]) pad(out, ' ', padding);
    }

    /** Writes the column name padded with {@code fill} to the column width, aligned like the values. */
    void writeName(WriteBuffer out, int column, String fill) {
        int padding = widths[column] - nameWidths[column];
        if (alignRight[column]) pad(out, fill, padding);
        out.write(names[column]);
        if (!alignRight[column]) pad(out, fill, padding);
    }

    static void pad(WriteBuffer out, char c, int n) {
        for (int i = 0; i < n; i++) out.write(c);
    }

    static void pad(WriteBuffer out, String s, int n) {
        for (int i = 0; i < n; i++) out.write(s);
    }

    /**
     * Numbers (integers, floats, decimals) and the types ClickHouse stores as numbers (Date,
     * Date32, DateTime, DateTime64, Bool) are right-aligned in Pretty and Markdown output.
     */
    static boolean alignsRight(DataType type) {
        if (type instanceof NullableType n) return alignsRight(n.inner());
        if (type instanceof LowCardinalityType l) return alignsRight(l.inner());
        if (type.isNumeric() || type instanceof DecimalType) return true;
        TypeId id = type.id();
        return id == TypeId.DATE || id == TypeId.DATE32 || id == TypeId.DATETIME || id == TypeId.DATETIME64 || id == TypeId.BOOL;
    }

    /** Terminal columns taken by {@code s}: combining marks take none, East Asian wide characters two. */
    static int displayWidth(String s) {
        int width = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            int type = Character.getType(cp);
            if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || cp == 0x200B) continue;
            width += isWide(cp) ? 2 : 1;
        }
        return width;
    }

    private static boolean isWide(int cp) {
        return (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF && cp != 0x303F)
                || (cp >= 0xAC00 && cp <= 0xD7A3) || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F)
                || (cp >= 0xFF00 && cp <= 0xFF60) || (cp >= 0xFFE0 && cp <= 0xFFE6)
                || (cp >= 0x1F300 && cp <= 0x1F64F) || (cp >= 0x1F900 && cp <= 0x1F9FF)
                || (cp >= 0x20000 && cp <= 0x3FFFD);
    }
}
