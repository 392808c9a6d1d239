package io.strata.formats.text;

import io.strata.core.block.Chunk;
import io.strata.core.block.Header;
import io.strata.core.column.Column;
import io.strata.core.column.ColumnBuilder;
import io.strata.core.error.DbException;
import io.strata.core.format.FormatSettings;
import io.strata.core.io.ReadBuffer;
import io.strata.formats.InputReader;
import java.io.InputStream;
import java.util.Arrays;

/**
 * The skeleton of row-oriented text input: an optional prefix (names/types rows), then rows until
 * the input ends. Subclasses parse one row into the builders; this class cuts chunks of at most
 * maxRows rows, fills columns a row did not mention with defaults, and appends the row number to
 * parse errors.
 */
public abstract class RowInputReader implements InputReader {
    protected final ReadBuffer in;
    protected final Header header;
    protected final FormatSettings settings;
    protected final FieldDecoder decoder;
    /** The 1-based number of the data row being parsed. */
    protected long rowNumber;
    private boolean prefixRead;
    private boolean finished;

    /** The bytes of the current field, reused for every field. */
    protected byte[] field = new byte[256];
    protected int fieldLength;

    protected RowInputReader(InputStream stream, Header header, FormatSettings settings) {
        this.in = new ReadBuffer(stream);
        this.header = header;
        this.settings = settings;
        this.decoder = new FieldDecoder(settings);
    }

    @Override
    public final Chunk read(int maxRows) {
        if (finished) return null;
        if (!prefixRead) {
            prefixRead = true;
            readPrefix();
        }
        int n = header.size();
        ColumnBuilder[] builders = new ColumnBuilder[n];
        for (int i = 0; i < n; i++) builders[i] = header.type(i).createBuilder(Math.min(maxRows, 1024));
        int rows = 0;
        while (rows < maxRows) {
            rowNumber++;
            boolean more;
            try {
                more = readRow(builders);
            } catch (DbException e) {
                DbException withRow = withRow(e);
                if (withRow.getClass() != DbException.class) throw withRow; // a format's own signal (Values expressions)
                // the first column that did not get its value of this row is the one that failed
                for (int i = 0; i < n; i++) {
                    if (builders[i].size() <= rows) {
                        throw new DbException(withRow.code(), withRow.getMessage() + "\nRow " + rowNumber + ":\nColumn " + i
                                + ", name: " + header.name(i) + ", type: " + header.type(i).name(), e);
                    }
                }
                throw withRow;
            }
            if (!more) {
                rowNumber--;
                finished = true;
                break;
            }
            rows++;
            // Columns the row did not set (JSONEachRow missing keys, names rows without them) get defaults.
            for (ColumnBuilder b : builders) {
                if (b.size() < rows) b.appendDefault();
            }
        }
        if (rows == 0) return null;
        Column[] columns = new Column[n];
        for (int i = 0; i < n; i++) columns[i] = builders[i].build();
        return new Chunk(columns, rows);
    }

    /** The error to report for {@code e} thrown while parsing the current row: by default, {@code e} naming the row. */
    protected DbException withRow(DbException e) {
        return InputErrors.atRow(e, rowNumber);
    }

    /** Reads what comes before the first row (names and types rows). */
    protected void readPrefix() {
    }

    /** Parses one row into the builders; returns false, having consumed nothing, at the end of input. */
    protected abstract boolean readRow(ColumnBuilder[] builders);

    /**
     * Maps the names of a names row to header positions (-1: skip that input column). Unknown names
     * are skipped when input_format_skip_unknown_fields is on, an error otherwise.
     */
    protected final int[] mapNames(java.util.List<String> names) {
        int[] map = new int[names.size()];
        boolean[] seen = new boolean[header.size()];
        for (int i = 0; i < map.length; i++) {
            int index = header.indexOf(names.get(i));
            if (index >= 0 && seen[index]) {
                throw new DbException(io.strata.core.error.ErrorCode.INCORRECT_DATA,
                        "Duplicate field found while parsing format header: " + names.get(i));
            }
            if (index < 0 && !settings.skipUnknownFields()) {
                throw new DbException(io.strata.core.error.ErrorCode.INCORRECT_DATA, "Unknown field found in format header: '"
                        + names.get(i) + "' at position " + i
                        + "\nSet the 'input_format_skip_unknown_fields' parameter explicitly to ignore and proceed");
            }
            if (index >= 0) seen[index] = true;
            map[i] = index;
        }
        return map;
    }

    /** The identity mapping: input column i is header column i. */
    protected final int[] identityMap() {
        int[] map = new int[header.size()];
        for (int i = 0; i < map.length; i++) map[i] = i;
        return map;
    }

    protected final String fieldString() {
        return new String(field, 0, fieldLength, java.nio.charset.StandardCharsets.UTF_8);
    }

    protected final void clearField() {
        fieldLength = 0;
    }

    protected final void appendField(int b) {
        if (fieldLength == field.length) field = Arrays.copyOf(field, field.length * 2);
        field[fieldLength++] = (byte) b;
    }

    /** Whether the current field is exactly {@code token} (ASCII). */
    protected final boolean fieldEquals(String token) {
        if (fieldLength != token.length()) return false;
        for (int i = 0; i < fieldLength; i++) if (field[i] != token.charAt(i)) return false;
        return true;
    }

    /** Skips spaces, tabs, carriage returns and newlines. */
    protected final void skipWhitespace() {
        while (true) {
            int c = in.peek();
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') in.read();
            else return;
        }
    }

    protected final void expect(char c) {
        if (!in.tryRead(c)) throw InputErrors.expected(String.valueOf(c), in);
    }
}
