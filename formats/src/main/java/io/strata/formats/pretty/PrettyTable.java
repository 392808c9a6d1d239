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
import java.nio.charset.StandardCharsets;

/**
 * One block laid out for the Pretty formats, by ClickHouse's rules: every shown value's plain text
 * (NULL as ᴺᵁᴸᴸ), its display width counted from the column where it starts (so tabs line up),
 * and each column's width: the widest of its name and values, where no value counts for more than
 * output_format_pretty_max_column_pad_width or output_format_pretty_max_value_width. Widths are
 * taken over the first output_format_pretty_max_rows rows of the block, as ClickHouse does, even
 * when fewer of them will be printed. Pretty output is presentational and capped in rows, so
 * holding the texts of a block is acceptable.
 */
final class PrettyTable {
    final byte[][] names;
    final int[] nameWidths;
    final boolean[] alignRight;
    final byte[][][] cells;   // [column][row]
    final int[][] cellWidths; // [column][row]
    final int[] widths;
    /** Rows laid out: at most max_rows. */
    final int rows;
    /** Rows in the block (what ClickHouse counts in its row total). */
    final int blockRows;

    /**
     * @param prefix the terminal column where the first value starts (2 in the grids, 1 in PrettySpace)
     */
    PrettyTable(Header header, Chunk chunk, PrettySettings s, FormatSettings settings, int prefix) {
        int n = header.size();
        blockRows = chunk.rowCount();
        rows = (int) Math.min(blockRows, s.maxRows());
        names = new byte[n][];
        nameWidths = new int[n];
        alignRight = new boolean[n];
        cells = new byte[n][rows][];
        cellWidths = new int[n][rows];
        widths = new int[n];
        byte[] nullText = s.nullText().getBytes(StandardCharsets.UTF_8);
        long valueCap = s.maxValueWidth() == 0 ? 0 : s.maxValueWidth() * 4;
        WriteBuffer scratch = new WriteBuffer();
        int start = prefix;
        for (int i = 0; i < n; i++) {
            CellColumn c = CellColumn.of(chunk.column(i));
            long padded = 0;
            for (int r = 0; r < rows; r++) {
                byte[] text;
                if (c.isNull(r)) {
                    text = nullText;
                } else {
                    scratch.truncate(0);
                    c.text.writeText(c.values, r, scratch, settings);
                    text = scratch.toByteArray();
                }
                cells[i][r] = text;
                // ClickHouse measures at most max_value_width * 4 bytes of a value
                int measured = valueCap > 0 && text.length > valueCap ? (int) valueCap : text.length;
                cellWidths[i][r] = DisplayWidth.width(text, 0, measured, start);
                padded = Math.max(padded, Math.min(Math.min(s.maxColumnPadWidth(), s.maxValueWidth()), cellWidths[i][r]));
            }
            names[i] = header.name(i).getBytes(StandardCharsets.UTF_8);
            nameWidths[i] = (int) Math.min(s.maxColumnPadWidth(), DisplayWidth.width(header.name(i)));
            widths[i] = (int) Math.max(padded, nameWidths[i]);
            alignRight[i] = alignsRight(header.type(i));
            start += widths[i] + 3;
        }
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

    static void pad(WriteBuffer out, String s, long n) {
        for (long i = 0; i < n; i++) out.write(s);
    }
}
