package io.strata.core.type.text;

import io.strata.core.column.Column;
import io.strata.core.column.ColumnBuilder;
import io.strata.core.column.LongColumn;
import io.strata.core.column.LongColumnBuilder;
import io.strata.core.error.DbException;
import io.strata.core.error.ErrorCode;
import io.strata.core.format.FormatSettings;
import io.strata.core.io.WriteBuffer;
import io.strata.core.type.EnumType;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;

/**
 * Enum8/Enum16: the element name, escaped and quoted like a String in each style. Parsing takes a
 * name; in plain text and TSV a number that is a declared value is accepted too (as ClickHouse
 * does when the text is not a name). Names are kept as UTF-8 bytes indexed by value, so writing
 * is one array load.
 */
public final class EnumTextSerialization extends ScalarTextSerialization {
    private final EnumType enumType;
    private final byte[][] namesByValue; // index value - minValue
    private final int minValue;
    private final byte[][] names;
    private final int[] values;

    public EnumTextSerialization(EnumType type) {
        super(type, true);
        this.enumType = type;
        int lo = 0, hi = 0;
        for (int v : type.values().values()) {
            lo = Math.min(lo, v);
            hi = Math.max(hi, v);
        }
        this.minValue = lo;
        this.namesByValue = new byte[hi - lo + 1][];
        int n = type.values().size();
        this.names = new byte[n][];
        this.values = new int[n];
        int i = 0;
        for (Map.Entry<String, Integer> e : type.values().entrySet()) {
            byte[] name = e.getKey().getBytes(StandardCharsets.UTF_8);
            namesByValue[e.getValue() - lo] = name;
            names[i] = name;
            values[i++] = e.getValue();
        }
    }

    private byte[] name(Column c, int row) {
        long v = ((LongColumn) c).get(row);
        byte[] name = v >= minValue && v - minValue < namesByValue.length ? namesByValue[(int) (v - minValue)] : null;
        if (name == null) {
            throw new DbException(ErrorCode.BAD_ARGUMENTS, "Unexpected value " + v + " in enum " + type.name());
        }
        return name;
    }

    @Override
    protected void text(Column c, int row, WriteBuffer out, FormatSettings s) {
        out.write(name(c, row));
    }

    @Override
    protected void escaped(Column c, int row, WriteBuffer out, FormatSettings s) {
        byte[] n = name(c, row);
        TextOutput.writeEscaped(out, n, 0, n.length);
    }

    @Override
    protected void quoted(Column c, int row, WriteBuffer out, FormatSettings s) {
        byte[] n = name(c, row);
        TextOutput.writeQuoted(out, n, 0, n.length);
    }

    @Override
    protected void csv(Column c, int row, WriteBuffer out, FormatSettings s) {
        byte[] n = name(c, row);
        TextOutput.writeCsv(out, n, 0, n.length);
    }

    @Override
    protected void json(Column c, int row, WriteBuffer out, FormatSettings s) {
        byte[] n = name(c, row);
        TextOutput.writeJson(out, n, 0, n.length);
    }

    @Override
    protected void parse(TextInput.Field f, ColumnBuilder b, FormatSettings s) {
        for (int i = 0; i < names.length; i++) {
            if (Arrays.equals(names[i], 0, names[i].length, f.array, f.off, f.off + f.len)) {
                ((LongColumnBuilder) b).append(values[i]);
                return;
            }
        }
        // Not a name: a declared numeric value is accepted too.
        boolean numeric = f.len > 0 && f.len < 7;
        for (int i = 0; i < f.len && numeric; i++) numeric = f.at(i) >= '0' && f.at(i) <= '9' || i == 0 && f.at(i) == '-' && f.len > 1;
        if (numeric) {
            int v = Integer.parseInt(f.toString());
            if (enumType.nameOf(v) != null) {
                ((LongColumnBuilder) b).append(v);
                return;
            }
            throw new DbException(ErrorCode.UNKNOWN_ELEMENT_OF_ENUM, "Unexpected value " + v + " in enum " + type.name());
        }
        throw new DbException(ErrorCode.UNKNOWN_ELEMENT_OF_ENUM, "Unknown element '" + f + "' for enum " + type.name());
    }
}
