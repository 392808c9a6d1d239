package io.strata.core.type.text;

import io.strata.core.column.Column;
import io.strata.core.column.ColumnBuilder;
import io.strata.core.column.NullableColumn;
import io.strata.core.column.NullableColumnBuilder;
import io.strata.core.format.FormatSettings;
import io.strata.core.io.ReadBuffer;
import io.strata.core.io.WriteBuffer;
import io.strata.core.type.NullableType;
import io.strata.core.type.TextSerialization;

/**
 * Nullable(T): NULL is {@code \N} in TabSeparated and CSV, {@code NULL} in plain text and the
 * quoted form, {@code null} in JSON; other values are T's. On input the same spellings mean NULL
 * ({@code NULL} case-insensitively; CAST of the whole text {@code NULL} or {@code \N}), and an
 * empty CSV field is NULL (input_format_csv_empty_as_default).
 */
public final class NullableTextSerialization extends BaseTextSerialization {
    private static final byte[] BACKSLASH_N = {'\\', 'N'};
    private static final byte[] NULL_UPPER = {'N', 'U', 'L', 'L'};
    private static final byte[] NULL_LOWER = {'n', 'u', 'l', 'l'};

    private final TextSerialization inner;

    public NullableTextSerialization(NullableType type) {
        super(type);
        this.inner = type.inner().text();
    }

    @Override
    protected void text(Column c, int row, WriteBuffer out, FormatSettings s) {
        if (c instanceof NullableColumn n) {
            if (n.isNullAt(row)) out.write(NULL_UPPER);
            else inner.writeText(n.values(), row, out, s);
        } else {
            inner.writeText(c, row, out, s);
        }
    }

    @Override
    protected void escaped(Column c, int row, WriteBuffer out, FormatSettings s) {
        if (c instanceof NullableColumn n) {
            if (n.isNullAt(row)) out.write(BACKSLASH_N);
            else inner.writeEscaped(n.values(), row, out, s);
        } else {
            inner.writeEscaped(c, row, out, s);
        }
    }

    @Override
    protected void quoted(Column c, int row, WriteBuffer out, FormatSettings s) {
        if (c instanceof NullableColumn n) {
            if (n.isNullAt(row)) out.write(NULL_UPPER);
            else inner.writeQuoted(n.values(), row, out, s);
        } else {
            inner.writeQuoted(c, row, out, s);
        }
    }

    @Override
    protected void csv(Column c, int row, WriteBuffer out, FormatSettings s) {
        if (c instanceof NullableColumn n) {
            if (n.isNullAt(row)) out.write(BACKSLASH_N);
            else inner.writeCsv(n.values(), row, out, s);
        } else {
            inner.writeCsv(c, row, out, s);
        }
    }

    @Override
    protected void json(Column c, int row, WriteBuffer out, FormatSettings s) {
        if (c instanceof NullableColumn n) {
            if (n.isNullAt(row)) out.write(NULL_LOWER);
            else inner.writeJson(n.values(), row, out, s);
        } else {
            inner.writeJson(c, row, out, s);
        }
    }

    private static boolean atBackslashN(ReadBuffer in) {
        return in.peek() == '\\' && in.peekAt(1) == 'N';
    }

    private static void skip(ReadBuffer in, int n) {
        for (int i = 0; i < n; i++) in.read();
    }

    @Override
    public void readText(ReadBuffer in, ColumnBuilder b, FormatSettings s) {
        if (TextInput.peekWord(in, "NULL") && in.peekAt(4) < 0 || atBackslashN(in) && in.peekAt(2) < 0) {
            in.readAll();
            b.appendNull();
            return;
        }
        readValue(b, v -> inner.readText(in, v, s));
    }

    @Override
    public void readEscaped(ReadBuffer in, ColumnBuilder b, FormatSettings s) {
        if (atBackslashN(in)) {
            skip(in, 2);
            b.appendNull();
            return;
        }
        readValue(b, v -> inner.readEscaped(in, v, s));
    }

    @Override
    public void readQuoted(ReadBuffer in, ColumnBuilder b, FormatSettings s) {
        if (TextInput.tryWord(in, "NULL")) {
            b.appendNull();
            return;
        }
        readValue(b, v -> inner.readQuoted(in, v, s));
    }

    @Override
    protected void csvValue(ReadBuffer in, ColumnBuilder b, FormatSettings s) {
        if (atBackslashN(in)) {
            skip(in, 2);
            b.appendNull();
            return;
        }
        readValue(b, v -> inner.readCsv(in, v, s));
    }

    @Override
    protected void jsonValue(ReadBuffer in, ColumnBuilder b, FormatSettings s) {
        readValue(b, v -> inner.readJson(in, v, s));
    }

    private interface ValueReader {
        void read(ColumnBuilder values);
    }

    private static void readValue(ColumnBuilder b, ValueReader reader) {
        if (b instanceof NullableColumnBuilder nb) {
            reader.read(nb.values());
            nb.markNotNull();
        } else {
            reader.read(b);
        }
    }
}
