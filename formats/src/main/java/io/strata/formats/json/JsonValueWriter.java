package io.strata.formats.json;

import io.strata.core.format.FormatSettings;
import io.strata.core.io.WriteBuffer;
import io.strata.formats.text.CellColumn;
import io.strata.formats.text.TextEscaping;

/**
 * Writes one cell as a JSON value: through the type's JSON serialization, or, for the *Strings
 * formats, as a JSON string of the value's plain text form. NULL is {@code null}; in the Strings
 * formats a NULL is the text form ClickHouse gives it ({@code ᴺᵁᴸᴸ}), quoted.
 */
final class JsonValueWriter {
    private final boolean strings;
    private final FormatSettings settings;
    private final WriteBuffer scratch;

    JsonValueWriter(boolean strings, FormatSettings settings) {
        this.strings = strings;
        this.settings = settings;
        this.scratch = strings ? new WriteBuffer() : null;
    }

    void write(WriteBuffer out, CellColumn c, int row) {
        if (!strings) {
            if (c.isNull(row)) out.write("null");
            else c.text.writeJson(c.values, row, out, settings);
            return;
        }
        if (c.isNull(row)) {
            out.write("\"ᴺᵁᴸᴸ\"");
            return;
        }
        scratch.truncate(0);
        c.text.writeText(c.values, row, scratch, settings);
        byte[] text = scratch.toByteArray();
        TextEscaping.writeJson(out, text, 0, text.length);
    }

    /** The JSON string literal of {@code s} (a column name or type name) as bytes, for writing once per row. */
    static byte[] quoted(String s) {
        WriteBuffer b = new WriteBuffer();
        TextEscaping.writeJson(b, s);
        return b.toByteArray();
    }
}
