package io.strata.formats.pretty;

import io.strata.core.error.DbException;
import io.strata.core.error.ErrorCode;
import io.strata.core.settings.Settings;
import io.strata.formats.TerminalOutputStream;
import java.io.OutputStream;
import java.util.Locale;

/**
 * The output_format_pretty_* settings the Pretty family and Vertical read, resolved once per query.
 *
 * @param maxRows            output_format_pretty_max_rows: rows shown before "Showed first N."
 * @param maxColumnPadWidth  output_format_pretty_max_column_pad_width: no column is padded wider
 * @param maxValueWidth      output_format_pretty_max_value_width: longer values are cut with ⋯ (0: never)
 * @param cutSingleValue     output_format_pretty_max_value_width_apply_for_single_value
 * @param color              output_format_pretty_color resolved: 1, or auto on a terminal (NoEscapes formats: never)
 * @param ascii              output_format_pretty_grid_charset = ASCII: +-| grid, NULL as "NULL", ~ for ⋯
 * @param rowNumbers         output_format_pretty_row_numbers
 */
record PrettySettings(long maxRows, long maxColumnPadWidth, long maxValueWidth, boolean cutSingleValue, boolean color,
                      boolean ascii, boolean rowNumbers) {

    static PrettySettings of(Settings s, OutputStream out, boolean noEscapes) {
        String charset = s.getString("output_format_pretty_grid_charset").trim();
        boolean ascii;
        if (charset.equalsIgnoreCase("ASCII")) {
            ascii = true;
        } else if (charset.equalsIgnoreCase("UTF-8") || charset.equalsIgnoreCase("UTF8")) {
            ascii = false;
        } else {
            throw new DbException(ErrorCode.BAD_ARGUMENTS, "Unknown value '" + charset
                    + "' for output_format_pretty_grid_charset, expected ASCII or UTF-8");
        }
        return new PrettySettings(s.getLong("output_format_pretty_max_rows"),
                s.getLong("output_format_pretty_max_column_pad_width"),
                s.getLong("output_format_pretty_max_value_width"),
                s.getLong("output_format_pretty_max_value_width_apply_for_single_value") != 0,
                !noEscapes && color(s.getString("output_format_pretty_color"), out),
                ascii,
                s.getBool("output_format_pretty_row_numbers"));
    }

    /** 1/true: colours; 0/false: none; auto: colours only on a terminal (never over HTTP). */
    private static boolean color(String value, OutputStream out) {
        String v = value.trim().toLowerCase(Locale.ROOT);
        if (v.equals("auto")) return out instanceof TerminalOutputStream;
        return !(v.equals("0") || v.equals("false"));
    }

    /** How NULL looks: ClickHouse prints ᴺᵁᴸᴸ, or NULL with the ASCII charset. */
    String nullText() {
        return ascii ? "NULL" : "ᴺᵁᴸᴸ";
    }
}
