package io.strata.exec.function.aggregate;

import static io.strata.exec.function.aggregate.AggregateTesting.longs;
import static io.strata.exec.function.aggregate.AggregateTesting.run;
import static io.strata.exec.function.aggregate.AggregateTesting.typeOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.strata.core.column.ArrayColumn;
import io.strata.core.column.Column;
import io.strata.core.column.TupleColumn;
import io.strata.core.error.DbException;
import io.strata.core.error.ErrorCode;
import io.strata.core.type.ArrayType;
import io.strata.core.type.DataType;
import io.strata.core.type.DataTypes;
import io.strata.core.type.DecimalType;
import io.strata.core.type.TupleType;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** groupBitAnd/Or/Xor and sumMap/minMap/maxMap: exact results and result types, as ClickHouse gives them. */
class MapAndBitAggregatesTest {

    /** An array column: one row per long[] (the values typed element). */
    static ArrayColumn arrays(DataType element, long[]... rows) {
        int[] offsets = new int[rows.length + 1];
        int total = 0;
        for (int i = 0; i < rows.length; i++) offsets[i + 1] = total += rows[i].length;
        long[] flat = new long[total];
        for (int i = 0, p = 0; i < rows.length; i++) for (long v : rows[i]) flat[p++] = v;
        return new ArrayColumn(new ArrayType(element), offsets, longs(element, flat), rows.length);
    }

    private static long[] a(long... v) {
        return v;
    }

    @Test
    void groupBitFunctionsKeepTheArgumentType() {
        assertEquals(DataTypes.UINT8, typeOf("groupBitAnd", List.of(), DataTypes.UINT8));
        assertEquals(DataTypes.INT64, typeOf("groupBitXor", List.of(), DataTypes.INT64));
        assertEquals(4L, run("groupBitAnd", List.of(), longs(DataTypes.UINT8, 5, 6, 4)));
        assertEquals(7L, run("groupBitOr", List.of(), longs(DataTypes.UINT8, 5, 6, 4)));
        assertEquals(7L, run("groupBitXor", List.of(), longs(DataTypes.UINT8, 5, 6, 4)));
        assertEquals(-2L, run("groupBitAnd", List.of(), longs(DataTypes.INT8, -1, -2)));
        // the AND of no values has every bit of the type set, as ClickHouse's state starts from -1
        assertEquals(255L, run("groupBitAnd", List.of(), longs(DataTypes.UINT8)));
        assertEquals(-1L, run("groupBitAnd", List.of(), longs(DataTypes.UINT64)));
        assertEquals(0L, run("groupBitOr", List.of(), longs(DataTypes.UINT32)));
        assertEquals(3L, run("BIT_OR", List.of(), longs(DataTypes.UINT32, 1, 2)));
        DbException e = assertThrows(DbException.class, () -> typeOf("groupBitOr", List.of(), DataTypes.FLOAT64));
        assertEquals(ErrorCode.ILLEGAL_TYPE_OF_ARGUMENT, e.code());
    }

    @Test
    void sumMapSumsPerKeyInKeyOrderAndDropsZeroSums() {
        ArrayColumn keys = arrays(DataTypes.UINT8, a(1, 2), a(2, 3), a(1), a());
        ArrayColumn values = arrays(DataTypes.INT32, a(10, 20), a(5, 7), a(-10), a());
        assertEquals(List.of(List.of(2L, 3L), List.of(25L, 7L)), run("sumMap", List.of(), keys, values));
        TupleType tuple = new TupleType(List.of(keys.type(), values.type()));
        Column asTuple = new TupleColumn(tuple, new Column[] {keys, values}, 4);
        assertEquals(List.of(List.of(2L, 3L), List.of(25L, 7L)), run("sumMap", List.of(), asTuple));
        assertEquals(List.of(List.of(1L, 2L, 3L), List.of(-10L, 5L, 7L)), run("minMap", List.of(), keys, values));
        assertEquals(List.of(List.of(1L, 2L, 3L), List.of(10L, 20L, 7L)), run("maxMap", List.of(), keys, values));
        // UInt64 keys order unsigned
        ArrayColumn big = arrays(DataTypes.UINT64, a(-1, 1));
        assertEquals(List.of(List.of(1L, -1L), List.of(1L, 1L)),
                run("sumMap", List.of(), big, arrays(DataTypes.UINT8, a(1, 1))));
        Object strings = run("maxMap", List.of(), AggregateTesting.column(new ArrayType(DataTypes.STRING), List.of()),
                arrays(DataTypes.INT8));
        assertEquals(List.of(List.of(), List.of()), strings);
    }

    @Test
    void sumMapPromotesValuesAndMinMaxMapKeepThem() {
        ArrayType u8 = new ArrayType(DataTypes.UINT8);
        assertEquals("Tuple(Array(UInt8), Array(UInt64))", typeOf("sumMap", List.of(), u8, new ArrayType(DataTypes.UINT32)).name());
        assertEquals("Tuple(Array(UInt8), Array(Int64), Array(Float64))",
                typeOf("sumMap", List.of(), u8, new ArrayType(DataTypes.INT8), new ArrayType(DataTypes.FLOAT32)).name());
        assertEquals("Tuple(Array(UInt8), Array(Decimal(9, 2)))", typeOf("sumMap", List.of(), u8, new ArrayType(new DecimalType(9, 2))).name());
        assertEquals("Tuple(Array(UInt8), Array(UInt32))", typeOf("maxMap", List.of(), u8, new ArrayType(DataTypes.UINT32)).name());
        assertEquals("Tuple(Array(String), Array(String))",
                typeOf("minMappedArrays", List.of(), new ArrayType(DataTypes.STRING), new ArrayType(DataTypes.STRING)).name());
        assertEquals("Tuple(Array(UInt8), Array(UInt64))",
                typeOf("sumMap", List.of(), new TupleType(List.of(u8, new ArrayType(DataTypes.UINT64)))).name());

        assertCode(ErrorCode.ILLEGAL_TYPE_OF_ARGUMENT, "sumMap", u8);
        assertCode(ErrorCode.NUMBER_OF_ARGUMENTS_DOESNT_MATCH, "sumMap", new TupleType(List.of(u8)));
        assertCode(ErrorCode.ILLEGAL_TYPE_OF_ARGUMENT, "sumMap", u8, DataTypes.UINT8);
        assertCode(ErrorCode.ILLEGAL_TYPE_OF_ARGUMENT, "sumMap", u8, new ArrayType(DataTypes.STRING));
        DbException e = assertThrows(DbException.class, () -> run("sumMap", List.of(),
                arrays(DataTypes.UINT8, a(1, 2)), arrays(DataTypes.UINT8, a(1))));
        assertEquals(ErrorCode.BAD_ARGUMENTS, e.code());
        assertEquals("Sizes of keys and values arrays do not match", e.getMessage());
    }

    private static void assertCode(ErrorCode code, String function, DataType... types) {
        DbException e = assertThrows(DbException.class, () -> typeOf(function, List.of(), types));
        assertEquals(code, e.code(), e.getMessage());
    }

    @Test
    void stringKeysOrderByUnsignedBytes() {
        io.strata.core.column.ArrayColumnBuilder b = new io.strata.core.column.ArrayColumnBuilder(new ArrayType(DataTypes.STRING), 2);
        for (String[] row : new String[][] {{"b", "\u00e9"}, {"a", "b"}}) {
            for (String s : row) ((io.strata.core.column.StringColumnBuilder) b.elements()).append(s);
            b.endArray();
        }
        Object r = run("sumMap", List.of(), b.build(), arrays(DataTypes.UINT8, a(1, 2), a(3, 4)));
        List<?> result = (List<?>) r;
        List<String> names = ((List<?>) result.get(0)).stream().map(o -> new String((byte[]) o, StandardCharsets.UTF_8)).toList();
        assertEquals(List.of("a", "b", "\u00e9"), names);
        assertEquals(List.of(3L, 5L, 2L), result.get(1));
    }
}
