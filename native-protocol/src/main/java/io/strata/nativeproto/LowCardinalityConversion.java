package io.strata.nativeproto;

import io.strata.core.column.ArrayColumn;
import io.strata.core.column.Column;
import io.strata.core.column.ConstColumn;
import io.strata.core.column.LowCardinalityColumn;
import io.strata.core.column.MapColumn;
import io.strata.core.column.TupleColumn;
import io.strata.core.io.ReadBuffer;
import io.strata.core.io.WriteBuffer;
import io.strata.core.type.ArrayType;
import io.strata.core.type.DataType;
import io.strata.core.type.LowCardinalityType;
import io.strata.core.type.MapType;
import io.strata.core.type.TupleType;
import io.strata.core.type.binary.NativeSerialization;
import java.util.ArrayList;
import java.util.List;

/**
 * LowCardinality in and out of a block, as ClickHouse does it at the protocol's edge: clients
 * older than revision 54405, or a query with {@code low_cardinality_allow_in_native_format = 0},
 * get plain columns; a client that sends T for a LowCardinality(T) column of an INSERT has it
 * wrapped back. Works through Array, Tuple and Map.
 */
public final class LowCardinalityConversion {
    private LowCardinalityConversion() {
    }

    /** {@code type} with every LowCardinality wrapper removed. */
    public static DataType removeFromType(DataType type) {
        return switch (type) {
            case LowCardinalityType t -> t.inner();
            case ArrayType t -> {
                DataType e = removeFromType(t.element());
                yield e == t.element() ? t : new ArrayType(e);
            }
            case MapType t -> {
                DataType k = removeFromType(t.key());
                DataType v = removeFromType(t.value());
                yield k == t.key() && v == t.value() ? t : new MapType(k, v);
            }
            case TupleType t -> {
                List<DataType> elements = new ArrayList<>();
                boolean changed = false;
                for (DataType e : t.elements()) {
                    DataType r = removeFromType(e);
                    changed |= r != e;
                    elements.add(r);
                }
                yield changed ? new TupleType(elements, t.names()) : t;
            }
            default -> type;
        };
    }

    /** The column of {@code type} as a column of {@link #removeFromType(DataType)}. */
    public static Column removeFromColumn(DataType type, Column column) {
        if (removeFromType(type) == type) return column;
        if (column instanceof ConstColumn) column = column.materialize();
        return switch (type) {
            case LowCardinalityType t -> column instanceof LowCardinalityColumn ? column.materialize() : column;
            case ArrayType t -> {
                ArrayColumn a = (ArrayColumn) column;
                yield new ArrayColumn(removeFromType(t), a.offsets(), removeFromColumn(t.element(), a.elements()), a.size());
            }
            case MapType t -> {
                ArrayColumn nested = (ArrayColumn) removeFromColumn(t.nested(), ((MapColumn) column).nested());
                yield new MapColumn(removeFromType(t), nested);
            }
            case TupleType t -> {
                TupleColumn tc = (TupleColumn) column;
                Column[] elements = new Column[tc.width()];
                for (int i = 0; i < elements.length; i++) elements[i] = removeFromColumn(t.elements().get(i), tc.element(i));
                yield new TupleColumn(removeFromType(t), elements, tc.size());
            }
            default -> column;
        };
    }

    /**
     * A column of {@code from} (which differs from {@code to} only by LowCardinality wrappers) as
     * a column of {@code to}: wrappers are dropped, then added back by encoding the plain values
     * in {@code to}'s Native layout and decoding them (the layout builds the dictionary).
     */
    public static Column convert(DataType from, Column column, DataType to) {
        Column plain = removeFromColumn(from, column);
        DataType plainType = removeFromType(from);
        if (plainType.equals(to)) return plain;
        WriteBuffer out = new WriteBuffer();
        NativeSerialization.write(to, plain, 0, plain.size(), out);
        byte[] bytes = out.toByteArray();
        return NativeSerialization.read(to, new ReadBuffer(bytes), plain.size());
    }
}
