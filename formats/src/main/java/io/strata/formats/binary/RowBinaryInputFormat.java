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
import io.strata.formats.InputFormat;
import io.strata.formats.InputReader;
import io.strata.formats.text.InputErrors;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * RowBinary input (what the official Java client sends for inserts): rows of values in the layout
 * of {@link RowBinaryEncoder}, in the order of the inserted columns. RowBinaryWithNames and
 * RowBinaryWithNamesAndTypes start with a header (VarUInt column count, the names, then the type
 * names). As in ClickHouse, with input_format_with_names_use_header (default 1) the columns are
 * matched by name: columns of the table missing from the input get their defaults, unknown ones are
 * skipped when input_format_skip_unknown_fields allows it (which needs their types, so only in
 * RowBinaryWithNamesAndTypes); with input_format_with_types_use_header (default 1) each type must
 * be the column's type exactly.
 */
public class RowBinaryInputFormat implements InputFormat {
    private final String name;
    private final boolean withNames;
    private final boolean withTypes;

    public RowBinaryInputFormat() {
        this("RowBinary", false, false);
    }

    protected RowBinaryInputFormat(String name, boolean withNames, boolean withTypes) {
        this.name = name;
        this.withNames = withNames;
        this.withTypes = withTypes;
    }

    public static final class WithNames extends RowBinaryInputFormat {
        public WithNames() { super("RowBinaryWithNames", true, false); }
    }

    public static final class WithNamesAndTypes extends RowBinaryInputFormat {
        public WithNamesAndTypes() { super("RowBinaryWithNamesAndTypes", true, true); }
    }

    @Override public String name() { return name; }

    @Override
    public InputReader create(InputStream in, Header header, FormatSettings settings, Settings querySettings) {
        return new Reader(new ReadBuffer(in), header, settings, limits(querySettings), withNames, withTypes,
                querySettings.getBool("input_format_with_names_use_header"),
                querySettings.getBool("input_format_with_types_use_header"));
    }

    static RowBinaryDecoder.Limits limits(Settings s) {
        return new RowBinaryDecoder.Limits(s.getLong("format_binary_max_string_size"), s.getLong("format_binary_max_array_size"));
    }

    private static final class Reader implements InputReader {
        private final ReadBuffer in;
        private final Header header;
        private final FormatSettings settings;
        private final RowBinaryDecoder.Limits limits;
        private final boolean withNames;
        private final boolean withTypes;
        private final boolean namesUseHeader;
        private final boolean typesUseHeader;
        /** One decoder per header column; their columns make the chunks. */
        private final RowBinaryDecoder[] decoders;
        /** The decoder of each input column, in input order: a header column's, or a throwaway one of a skipped column. */
        private RowBinaryDecoder[] inputDecoders;
        /** Header columns the input does not have: filled with defaults. */
        private int[] missing = new int[0];
        /** Set when an unknown column cannot be skipped: thrown on the first row, as ClickHouse does. */
        private DbException unskippable;
        private boolean prefixRead;
        private long rowNumber;

        Reader(ReadBuffer in, Header header, FormatSettings settings, RowBinaryDecoder.Limits limits, boolean withNames,
               boolean withTypes, boolean namesUseHeader, boolean typesUseHeader) {
            this.in = in;
            this.header = header;
            this.settings = settings;
            this.limits = limits;
            this.withNames = withNames;
            this.withTypes = withTypes;
            this.namesUseHeader = namesUseHeader;
            this.typesUseHeader = typesUseHeader;
            this.decoders = new RowBinaryDecoder[header.size()];
            for (int i = 0; i < decoders.length; i++) decoders[i] = RowBinaryDecoder.of(header.type(i), limits);
            this.inputDecoders = decoders;
        }

        @Override
        public Chunk read(int maxRows) {
            if (!prefixRead) {
                prefixRead = true;
                readPrefix();
            }
            int rows = 0;
            while (rows < maxRows && !in.eof()) {
                rowNumber++;
                try {
                    if (unskippable != null) throw unskippable;
                    for (RowBinaryDecoder d : inputDecoders) d.read(in);
                } catch (DbException e) {
                    throw InputErrors.atRow(e, rowNumber);
                }
                rows++;
            }
            if (rows == 0) return null;
            for (int m : missing) {
                for (int r = 0; r < rows; r++) decoders[m].appendDefault();
            }
            Column[] columns = new Column[decoders.length];
            for (int i = 0; i < columns.length; i++) columns[i] = decoders[i].finish();
            // skipped columns' values are dropped
            for (RowBinaryDecoder d : inputDecoders) if (d.size() > 0) d.finish();
            return new Chunk(columns, rows);
        }

        private void readPrefix() {
            // an empty input has no header either: nothing to insert
            if (!withNames && !withTypes || in.eof()) return;
            long count = in.readVarUInt();
            if (count < 0 || count > Integer.MAX_VALUE - 16) {
                throw new DbException(ErrorCode.INCORRECT_DATA, "Too many columns in the " + formatName() + " header: "
                        + Long.toUnsignedString(count));
            }
            int n = (int) count;
            List<String> names = readStrings(n, "column name");
            int[] map = new int[n];
            if (namesUseHeader) {
                boolean[] seen = new boolean[header.size()];
                for (int i = 0; i < n; i++) {
                    int index = header.indexOf(names.get(i));
                    if (index < 0 && !settings.skipUnknownFields()) {
                        throw new DbException(ErrorCode.INCORRECT_DATA, "Unknown field found in " + formatName() + " header: '"
                                + names.get(i) + "' at position " + i
                                + "\nSet the 'input_format_skip_unknown_fields' parameter explicitly to ignore and proceed");
                    }
                    if (index >= 0 && seen[index]) {
                        throw new DbException(ErrorCode.INCORRECT_DATA, "Duplicate field found while parsing "
                                + formatName() + " header: " + names.get(i));
                    }
                    if (index >= 0) seen[index] = true;
                    map[i] = index;
                }
                int absent = 0;
                for (boolean s : seen) if (!s) absent++;
                missing = new int[absent];
                for (int i = 0, j = 0; i < seen.length; i++) if (!seen[i]) missing[j++] = i;
            } else {
                // the data is taken to follow the table's columns, whatever the header says
                map = new int[header.size()];
                for (int i = 0; i < map.length; i++) map[i] = i;
            }
            List<DataType> inputTypes = null;
            if (withTypes) {
                List<String> typeNames = readStrings(n, "type name");
                if (typesUseHeader) {
                    if (typeNames.size() != map.length) {
                        throw new DbException(ErrorCode.INCORRECT_DATA,
                                "The number of data types differs from the number of column names in input data");
                    }
                    inputTypes = new ArrayList<>(n);
                    for (int i = 0; i < n; i++) {
                        if (map[i] >= 0 && !header.type(map[i]).name().equals(typeNames.get(i))) {
                            throw new DbException(ErrorCode.INCORRECT_DATA, "Type of '" + header.name(map[i]) + "' must be "
                                    + header.type(map[i]).name() + ", not " + typeNames.get(i));
                        }
                        inputTypes.add(map[i] >= 0 ? header.type(map[i]) : DataTypes.parse(typeNames.get(i)));
                    }
                }
            }
            inputDecoders = new RowBinaryDecoder[map.length];
            for (int i = 0; i < map.length; i++) {
                if (map[i] >= 0) {
                    inputDecoders[i] = decoders[map[i]];
                } else if (inputTypes != null) {
                    inputDecoders[i] = RowBinaryDecoder.of(inputTypes.get(i), limits);
                } else {
                    unskippable = new DbException(ErrorCode.INCORRECT_DATA, "Cannot skip unknown field in " + formatName()
                            + " format, because it's type is unknown");
                    inputDecoders = new RowBinaryDecoder[0];
                    return;
                }
            }
        }

        private String formatName() {
            return withTypes ? "RowBinaryWithNamesAndTypes" : "RowBinaryWithNames";
        }

        /** {@code n} header strings (VarUInt length + bytes), copied as they arrive. */
        private List<String> readStrings(int n, String what) {
            List<String> out = new ArrayList<>(Math.min(n, 1024));
            byte[] b = new byte[64];
            for (int i = 0; i < n; i++) {
                long len = in.readVarUInt();
                if (len < 0 || len > limits.maxStringSize() && limits.maxStringSize() > 0 || len > Integer.MAX_VALUE - 16) {
                    throw new DbException(ErrorCode.TOO_LARGE_STRING_SIZE, "Too large " + what + " size in " + formatName()
                            + " header: " + Long.toUnsignedString(len));
                }
                int got = 0;
                while (got < len) {
                    if (!in.ensureAvailable()) throw RowBinaryDecoder.truncated(got, len);
                    int k = (int) Math.min(len - got, in.bufferLimit() - in.bufferPos());
                    if (got + k > b.length) b = Arrays.copyOf(b, Math.max(2 * b.length, got + k));
                    System.arraycopy(in.buffer(), in.bufferPos(), b, got, k);
                    in.advance(k);
                    got += k;
                }
                out.add(new String(b, 0, got, StandardCharsets.UTF_8));
            }
            return out;
        }
    }
}
