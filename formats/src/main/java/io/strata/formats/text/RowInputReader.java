package io.strata.formats.text;

import io.strata.core.block.Chunk;
import io.strata.core.block.Header;
import io.strata.core.column.Column;
import io.strata.core.column.ColumnBuilder;
import io.strata.core.error.DbException;
import io.strata.core.error.ErrorCode;
import io.strata.core.settings.Settings;
import io.strata.core.format.FormatSettings;
import io.strata.core.io.ReadBuffer;
import io.strata.formats.InputReader;
import java.io.InputStream;
import java.util.Arrays;

/**
 * The skeleton of row-oriented text input: an optional prefix (names/types rows), then rows until
 * the input ends. Subclasses parse one row into the builders; this class cuts chunks of at most
 * maxRows rows, fills columns a row did not mention with defaults, and appends the row (and the
 * column being parsed) to parse errors.
 *
 * <p>With input_format_allow_errors_num / input_format_allow_errors_ratio a malformed row is
 * skipped instead, as ClickHouse's IRowInputFormat does: the reader moves to the next row
 * ({@link #syncAfterError}), counts the row in {@link #skippedRows()}, and fails only once the
 * errors exceed both the number and the ratio of rows read. A skipped row ends the chunk being
 * built (its partial values are cut off by slicing, never copied), so the rows before it are
 * returned and reading resumes after it.
 */
public abstract class RowInputReader implements InputReader {
    private static final System.Logger LOG = System.getLogger(RowInputReader.class.getName());

    protected final ReadBuffer in;
    protected final Header header;
    protected final FormatSettings settings;
    protected final FieldDecoder decoder;
    /** The 1-based number of the data row being parsed (skipped rows included). */
    protected long rowNumber;
    private boolean prefixRead;
    private boolean finished;
    private final long allowErrorsNum;
    private final double allowErrorsRatio;
    private long errors;

    /** The bytes of the current field, reused for every field. */
    protected byte[] field = new byte[256];
    protected int fieldLength;

    protected RowInputReader(InputStream stream, Header header, FormatSettings settings) {
        this(stream, header, settings, Settings.DEFAULTS);
    }

    protected RowInputReader(InputStream stream, Header header, FormatSettings settings, Settings querySettings) {
        this.in = new ReadBuffer(stream);
        this.header = header;
        this.settings = settings;
        this.decoder = new FieldDecoder(settings);
        this.allowErrorsNum = querySettings.getLong("input_format_allow_errors_num");
        this.allowErrorsRatio = querySettings.getDouble("input_format_allow_errors_ratio");
    }

    @Override
    public final Chunk read(int maxRows) {
        if (finished) return null;
        if (!prefixRead) {
            prefixRead = true;
            readPrefix();
        }
        int n = header.size();
        ColumnBuilder[] builders = newBuilders(maxRows);
        int rows = 0;
        while (rows < maxRows) {
            rowNumber++;
            boolean more;
            try {
                more = readRow(builders);
            } catch (DbException e) {
                DbException reported = describe(e, builders, rows);
                if (!tolerate(reported)) throw reported;
                syncAfterError();
                if (rows > 0) return slice(builders, rows); // drops the skipped row's partial values
                builders = newBuilders(maxRows);
                continue;
            }
            if (!more) {
                rowNumber--;
                finished = true;
                if (errors > 0) {
                    LOG.log(System.Logger.Level.DEBUG, "Skipped {0} rows with errors while reading the input stream", errors);
                }
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

    /**
     * Counts {@code rows} data rows as read before this reader's first one (a reader of a later
     * piece of one input): errors name the row of the whole input.
     */
    public void continueAfterRows(long rows) {
        rowNumber = rows;
    }

    @Override
    public final long skippedRows() {
        return errors;
    }

    private ColumnBuilder[] newBuilders(int maxRows) {
        ColumnBuilder[] builders = new ColumnBuilder[header.size()];
        for (int i = 0; i < builders.length; i++) builders[i] = header.type(i).createBuilder(Math.min(maxRows, 1024));
        return builders;
    }

    private Chunk slice(ColumnBuilder[] builders, int rows) {
        Column[] columns = new Column[builders.length];
        for (int i = 0; i < columns.length; i++) {
            Column c = builders[i].build();
            columns[i] = c.size() == rows ? c : c.slice(0, rows);
        }
        return new Chunk(columns, rows);
    }

    /** {@code e} naming the row, and the column that did not get its value (the first one short of this row). */
    private DbException describe(DbException e, ColumnBuilder[] builders, int rows) {
        DbException withRow = withRow(e);
        if (withRow.getClass() != DbException.class) return withRow; // a format's own signal (Values expressions)
        for (int i = 0; i < builders.length; i++) {
            if (builders[i].size() <= rows) {
                return new DbException(withRow.code(), withRow.getMessage() + "\nRow " + rowNumber + ":\nColumn " + i
                        + ", name: " + header.name(i) + ", type: " + header.type(i).name(), e);
            }
        }
        return withRow;
    }

    /**
     * Whether to skip the row that failed with {@code e} (ClickHouse's rule: parse errors only, while
     * the errors are within input_format_allow_errors_num or input_format_allow_errors_ratio).
     */
    private boolean tolerate(DbException e) {
        if ((allowErrorsNum == 0 && allowErrorsRatio == 0) || !allowSyncAfterError() || !isParseError(e)) return false;
        errors++;
        double ratio = (double) errors / rowNumber;
        if (errors > allowErrorsNum && ratio > allowErrorsRatio) {
            errors--;
            return false;
        }
        return true;
    }

    private static boolean isParseError(DbException e) {
        String name = e.code().name();
        return name.startsWith("CANNOT_PARSE") || e.code() == ErrorCode.INCORRECT_DATA
                || e.code() == ErrorCode.CANNOT_READ_ARRAY_FROM_TEXT || e.code() == ErrorCode.ATTEMPT_TO_READ_AFTER_EOF
                || e.code() == ErrorCode.CANNOT_READ_ALL_DATA || e.code() == ErrorCode.CANNOT_INSERT_NULL_IN_ORDINARY_COLUMN
                || e.code() == ErrorCode.UNKNOWN_ELEMENT_OF_ENUM;
    }

    /** Whether this format can find the next row after a malformed one (Values cannot). */
    protected boolean allowSyncAfterError() {
        return true;
    }

    /** Moves past the rest of a malformed row: by default to just after the next newline. */
    protected void syncAfterError() {
        int c;
        while ((c = in.read()) != -1 && c != '\n') {
            // skip
        }
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
