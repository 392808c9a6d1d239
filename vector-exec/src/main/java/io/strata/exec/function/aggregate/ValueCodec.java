package io.strata.exec.function.aggregate;

import io.strata.core.column.ArrayColumn;
import io.strata.core.column.ArrayColumnBuilder;
import io.strata.core.column.BigColumn;
import io.strata.core.column.BigColumnBuilder;
import io.strata.core.column.Column;
import io.strata.core.column.ColumnBuilder;
import io.strata.core.column.ConstColumn;
import io.strata.core.column.DoubleColumn;
import io.strata.core.column.DoubleColumnBuilder;
import io.strata.core.column.LongColumn;
import io.strata.core.column.LongColumnBuilder;
import io.strata.core.column.LowCardinalityColumn;
import io.strata.core.column.MapColumn;
import io.strata.core.column.MapColumnBuilder;
import io.strata.core.column.NothingColumn;
import io.strata.core.column.NullableColumn;
import io.strata.core.column.NullableColumnBuilder;
import io.strata.core.column.StringColumn;
import io.strata.core.column.StringColumnBuilder;
import io.strata.core.column.TupleColumn;
import io.strata.core.column.TupleColumnBuilder;
import io.strata.core.error.DbException;
import io.strata.core.error.ErrorCode;
import io.strata.core.io.ReadBuffer;
import java.math.BigInteger;

/**
 * The binary form of one value of any type inside aggregate states (any, argMax, groupArray,
 * -Distinct) and of hashed composite keys (uniq of several arguments):
 * <ul>
 * <li>LONG kinds: 8 bytes little-endian; DOUBLE kinds: the 8 raw IEEE bytes little-endian;</li>
 * <li>String/FixedString/UUID/IPv6: VarUInt length, bytes; wide Decimal: VarUInt length, the
 * big-endian two's-complement bytes of the unscaled value;</li>
 * <li>Nullable: one byte (1 = NULL) then the value when not NULL; Array and Map: VarUInt count
 * then the elements (a Map entry is key then value); Tuple: the elements in order.</li>
 * </ul>
 * Every value is self-delimiting, so concatenated encodings of several arguments are unambiguous keys.
 */
final class ValueCodec {
    private ValueCodec() {
    }

    static void write(KeyBuffer out, Column c, int row) {
        switch (c) {
            case LongColumn l -> out.writeLong(l.get(row));
            case DoubleColumn d -> out.writeLong(Double.doubleToRawLongBits(d.get(row)));
            case StringColumn s -> out.writeBytes(s.bytes(), s.start(row), s.length(row));
            case BigColumn b -> {
                byte[] a = b.get(row).toByteArray();
                out.writeBytes(a, 0, a.length);
            }
            case NullableColumn n -> {
                if (n.isNullAt(row)) {
                    out.writeByte(1);
                } else {
                    out.writeByte(0);
                    write(out, n.values(), row);
                }
            }
            case ArrayColumn a -> {
                out.writeVarUInt(a.length(row));
                Column e = a.elements();
                for (int j = a.start(row), end = a.start(row + 1); j < end; j++) write(out, e, j);
            }
            case TupleColumn t -> {
                for (int i = 0; i < t.width(); i++) write(out, t.element(i), row);
            }
            case MapColumn m -> write(out, m.nested(), row);
            case LowCardinalityColumn lc -> write(out, lc.dictionary(), lc.indexAt(row));
            case ConstColumn cc -> write(out, cc.value(), 0);
            case NothingColumn ignored -> {
            }
        }
    }

    /** Reads one value written by {@link #write} and appends it to {@code b}. */
    static void read(ReadBuffer in, ColumnBuilder b) {
        switch (b) {
            case LongColumnBuilder l -> l.append(StateIO.readLong(in));
            case DoubleColumnBuilder d -> d.append(StateIO.readDouble(in));
            case StringColumnBuilder s -> s.append(readBytes(in));
            case BigColumnBuilder x -> x.append(new BigInteger(readBytes(in)));
            case NullableColumnBuilder n -> {
                if (StateIO.readByte(in) != 0) {
                    n.appendNull();
                } else {
                    read(in, n.values());
                    n.markNotNull();
                }
            }
            case ArrayColumnBuilder a -> {
                int count = StateIO.readCount(in, Integer.MAX_VALUE - 16);
                for (int i = 0; i < count; i++) read(in, a.elements());
                a.endArray();
            }
            case TupleColumnBuilder t -> {
                for (int i = 0; i < t.width(); i++) read(in, t.element(i));
                t.endTuple();
            }
            case MapColumnBuilder m -> {
                int count = StateIO.readCount(in, Integer.MAX_VALUE - 16);
                for (int i = 0; i < count; i++) {
                    read(in, m.keys());
                    read(in, m.values());
                    m.endEntry();
                }
                m.endMap();
            }
            default -> throw new DbException(ErrorCode.LOGICAL_ERROR,
                    "Cannot read a value of type " + b.type() + " from an aggregate function state");
        }
    }

    private static byte[] readBytes(ReadBuffer in) {
        int len = StateIO.readCount(in, Integer.MAX_VALUE - 16);
        byte[] a = new byte[len];
        StateIO.readFully(in, a, 0, len);
        return a;
    }
}
