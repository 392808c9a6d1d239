package io.strata.formats.binary;

import io.strata.core.block.Chunk;
import io.strata.core.block.Header;
import io.strata.core.column.Column;
import io.strata.core.error.DbException;
import io.strata.core.error.ErrorCode;
import io.strata.core.format.FormatSettings;
import io.strata.core.io.ReadBuffer;
import io.strata.core.settings.Settings;
import io.strata.core.type.DataType;
import io.strata.core.type.DataTypes;
import io.strata.core.type.binary.NativeSerialization;
import io.strata.formats.InputFormat;
import io.strata.formats.InputReader;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Native input: blocks as {@link NativeOutputFormat} writes them (client revision 0), of any size
 * and any number. Columns are matched by name, as in ClickHouse: a table column the block lacks
 * gets its default, a block column the table lacks is skipped when input_format_skip_unknown_fields
 * allows it, and a column of another type is converted ({@link NativeTypeConversion}) when
 * input_format_native_allow_types_conversion is on, else it is TYPE_MISMATCH. A block larger than
 * the reader's chunk size is handed out in pieces.
 */
public final class NativeInputFormat implements InputFormat {
    /** Longest column name or type name accepted in a block header. */
    private static final int MAX_NAME_BYTES = 1 << 20;

    @Override public String name() { return "Native"; }

    @Override
    public InputReader create(InputStream in, Header header, FormatSettings settings, Settings querySettings) {
        return new Reader(new ReadBuffer(in), header, settings, querySettings.getBool("input_format_native_allow_types_conversion"));
    }

    private static final class Reader implements InputReader {
        private final ReadBuffer in;
        private final Header header;
        private final FormatSettings settings;
        private final boolean allowConversion;
        private final NativeColumnScanner scanner;
        private long blockNumber;
        private Chunk pending;
        private int pendingFrom;

        Reader(ReadBuffer in, Header header, FormatSettings settings, boolean allowConversion) {
            this.in = in;
            this.header = header;
            this.settings = settings;
            this.allowConversion = allowConversion;
            this.scanner = new NativeColumnScanner(in);
        }

        @Override
        public Chunk read(int maxRows) {
            while (pending == null) {
                if (in.eof()) return null;
                blockNumber++;
                Chunk block;
                try {
                    block = readBlock();
                } catch (DbException e) {
                    throw new DbException(e.code(), e.getMessage() + ": (in block " + blockNumber + " of Native input)", e);
                }
                if (block.rowCount() > 0) {
                    pending = block;
                    pendingFrom = 0;
                }
            }
            int n = Math.min(maxRows, pending.rowCount() - pendingFrom);
            Chunk out = pendingFrom == 0 && n == pending.rowCount() ? pending : pending.slice(pendingFrom, n);
            pendingFrom += n;
            if (pendingFrom == pending.rowCount()) pending = null;
            return out;
        }

        private Chunk readBlock() {
            long columns = in.readVarUInt();
            long rows = in.readVarUInt();
            if (columns < 0 || columns > Integer.MAX_VALUE - 16 || rows < 0 || rows > Integer.MAX_VALUE - 16) {
                throw new DbException(ErrorCode.INCORRECT_DATA, "Corrupted Native data: a block of "
                        + Long.toUnsignedString(columns) + " columns and " + Long.toUnsignedString(rows) + " rows");
            }
            int n = (int) rows;
            if (columns == 0 && n > 0 && header.size() > 0) {
                // nothing in the block would back its row count, yet every column would be defaulted for it
                throw new DbException(ErrorCode.INCORRECT_DATA, "Corrupted Native data: a block of " + n + " rows without columns");
            }
            Column[] out = new Column[header.size()];
            for (long c = 0; c < columns; c++) {
                String name = string("column name");
                String typeName = string("type name");
                DataType type = DataTypes.parse(typeName);
                ReadBuffer bytes = scanner.scan(type, n);
                Column column = NativeSerialization.read(type, bytes, n);
                int index = header.indexOf(name);
                if (index < 0) {
                    if (settings.skipUnknownFields()) continue;
                    throw new DbException(ErrorCode.INCORRECT_DATA, "Unknown column with name " + name
                            + " found while reading data in Native format");
                }
                if (out[index] != null) {
                    throw new DbException(ErrorCode.INCORRECT_DATA, "Duplicate column " + name + " in a block of Native format");
                }
                DataType target = header.type(index);
                if (!type.equals(target)) {
                    if (!allowConversion) {
                        throw new DbException(ErrorCode.TYPE_MISMATCH, "Cannot convert column " + name + " from type "
                                + type.name() + " to " + target.name() + ": input_format_native_allow_types_conversion is disabled");
                    }
                    column = NativeTypeConversion.convert(name, column, type, target, settings);
                }
                out[index] = column;
            }
            for (int i = 0; i < out.length; i++) {
                if (out[i] == null) out[i] = header.type(i).defaultColumn(n);
            }
            return new Chunk(out, n);
        }

        private String string(String what) {
            long len = in.readVarUInt();
            if (len < 0 || len > MAX_NAME_BYTES) {
                throw new DbException(ErrorCode.TOO_LARGE_STRING_SIZE, "Too large " + what + " in Native block: "
                        + Long.toUnsignedString(len) + " bytes");
            }
            byte[] b = new byte[(int) len];
            in.readFully(b, 0, b.length);
            return new String(b, StandardCharsets.UTF_8);
        }
    }
}
