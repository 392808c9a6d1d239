package io.strata.exec.function.scalar;

import static io.strata.exec.function.scalar.FunctionHarness.*;
import static org.junit.jupiter.api.Assertions.*;

import io.strata.core.column.ArrayColumn;
import io.strata.core.column.Column;
import io.strata.core.column.MapColumn;
import io.strata.core.column.TupleColumn;
import io.strata.core.error.DbException;
import io.strata.core.error.ErrorCode;
import io.strata.core.type.ArrayType;
import io.strata.core.type.DataTypes;
import io.strata.core.type.MapType;
import io.strata.core.type.TupleType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** arrayReduce, arrayReduceInRanges, hasSubstr, mapAdd / mapSubtract and mapPopulateSeries over non-constant rows. */
class ArrayReduceAndMapOpsTest {

    /** Rows [1, 2], [], [3, 4, 5] whose offsets do not start at 0 (element 0 belongs to no row). */
    private static ArrayColumn rows() {
        Column elements = longs(DataTypes.INT32, 99, 1, 2, 3, 4, 5);
        return new ArrayColumn(new ArrayType(DataTypes.INT32), new int[] {1, 3, 3, 6}, elements, 3);
    }

    private static String text(Column c) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < c.size(); i++) sb.append(i > 0 ? "|" : "").append(deep(c.getObject(i)));
        return sb.toString();
    }

    private static Object deep(Object o) {
        if (o instanceof byte[] b) return new String(b, java.nio.charset.StandardCharsets.UTF_8);
        if (o instanceof List<?> l) return l.stream().map(ArrayReduceAndMapOpsTest::deep).toList();
        if (o instanceof Object[] a) return java.util.Arrays.stream(a).map(ArrayReduceAndMapOpsTest::deep).toList();
        return o;
    }

    @Test
    void arrayReduceRunsOneGroupPerRow() {
        ArrayColumn a = rows();
        assertEquals(List.of(3L, 0L, 12L), values(call("arrayReduce", constString("sum", 3), a)));
        assertEquals("Int64", type("arrayReduce", constString("sum", 3), a).name());
        assertEquals(List.of(2L, 0L, 3L), values(call("arrayReduce", constString("uniqExact", 3), a)));
        assertEquals(List.of(2L, 0L, 4L), values(call("arrayReduce", constString("quantileExact(0.5)", 3), a)));
        assertEquals(List.of(2L, 0L, 9L), values(call("arrayReduce", constString("sumIf", 3), a,
                new ArrayColumn(new ArrayType(DataTypes.UINT8), new int[] {0, 2, 2, 5}, longs(DataTypes.UINT8, 0, 1, 0, 1, 1), 3))));
    }

    @Test
    void arrayReduceErrors() {
        ArrayColumn a = rows();
        assertEquals(ErrorCode.UNKNOWN_AGGREGATE_FUNCTION, assertThrows(DbException.class,
                () -> call("arrayReduce", constString("nope", 3), a)).code());
        assertEquals(ErrorCode.ILLEGAL_TYPE_OF_ARGUMENT, assertThrows(DbException.class,
                () -> call("arrayReduce", strings("sum", "sum", "sum"), a)).code());
        assertEquals(ErrorCode.BAD_ARGUMENTS, assertThrows(DbException.class,
                () -> call("arrayReduce", constString("", 3), a)).code());
        ArrayColumn other = new ArrayColumn(new ArrayType(DataTypes.INT32), new int[] {0, 1, 1, 2}, longs(DataTypes.INT32, 1, 2), 3);
        assertEquals(ErrorCode.SIZES_OF_ARRAYS_DONT_MATCH, assertThrows(DbException.class,
                () -> call("arrayReduce", constString("argMax", 3), a, other)).code());
    }

    @Test
    void arrayReduceInRangesSlicesEachRange() {
        ArrayColumn a = rows();
        TupleType range = new TupleType(List.of(DataTypes.INT64, DataTypes.UINT64));
        Column pairs = new TupleColumn(range, new Column[] {longs(DataTypes.INT64, 1, -1, 2), longs(DataTypes.UINT64, 2, 1, 5)}, 3);
        // each row gets the three ranges (1, 2), (-1, 1), (2, 5)
        Column ranges = new ArrayColumn(new ArrayType(range), new int[] {0, 3, 3, 3}, pairs, 3);
        Column threeTimes = new ArrayColumn(new ArrayType(range), new int[] {0, 3, 6, 9},
                pairs.take(new int[] {0, 1, 2, 0, 1, 2, 0, 1, 2}, 9), 3);
        assertEquals("[3, 2, 2]|[0, 0, 0]|[7, 5, 9]", text(call("arrayReduceInRanges", constString("sum", 3), threeTimes, a)));
        assertEquals("[3, 2, 2]|[]|[]", text(call("arrayReduceInRanges", constString("sum", 3), ranges, a)));
        assertEquals("Array(Int64)", type("arrayReduceInRanges", constString("sum", 3), ranges, a).name());
    }

    @Test
    void hasSubstrLooksForAContiguousRun() {
        ArrayColumn a = rows();
        Column probe = new ArrayColumn(new ArrayType(DataTypes.UINT8), new int[] {0, 1, 1, 3}, longs(DataTypes.UINT8, 2, 3, 5), 3);
        assertEquals(List.of(1L, 1L, 0L), values(call("hasSubstr", a, probe)));
    }

    @Test
    void mapAddSortsKeysAndWidensValues() {
        MapType mt = new MapType(DataTypes.STRING, DataTypes.UINT8);
        TupleType entry = (TupleType) mt.nested().element();
        Column m1 = new MapColumn(mt, new ArrayColumn(mt.nested(), new int[] {0, 2, 3},
                new TupleColumn(entry, new Column[] {strings("b", "a", "a"), longs(DataTypes.UINT8, 1, 2, 200)}, 3), 2));
        Column m2 = new MapColumn(mt, new ArrayColumn(mt.nested(), new int[] {0, 1, 2},
                new TupleColumn(entry, new Column[] {strings("a", "c"), longs(DataTypes.UINT8, 10, 100)}, 2), 2));
        assertEquals("Map(String, UInt64)", type("mapAdd", m1, m2).name());
        MapColumn sum = (MapColumn) call("mapAdd", m1, m2);
        assertArrayEquals(new int[] {0, 2, 4}, sum.nested().offsets());
        assertEquals("a|b|a|c", text(sum.keys()));
        assertEquals("12|1|200|100", text(sum.values()));
        MapColumn difference = (MapColumn) call("mapSubtract", m1, m2);
        assertEquals("a|b|a|c", text(difference.keys()));
        assertEquals("-8|1|200|-100", text(difference.values()));
        assertEquals(ErrorCode.NUMBER_OF_ARGUMENTS_DOESNT_MATCH, assertThrows(DbException.class, () -> call("mapAdd", m1)).code());
    }

    @Test
    void mapPopulateSeriesFillsTheKeyRange() {
        ArrayColumn keys = new ArrayColumn(new ArrayType(DataTypes.UINT8), new int[] {0, 2, 2}, longs(DataTypes.UINT8, 4, 1), 2);
        ArrayColumn values = new ArrayColumn(new ArrayType(DataTypes.UINT8), new int[] {0, 2, 2}, longs(DataTypes.UINT8, 40, 10), 2);
        Column r = call("mapPopulateSeries", keys, values);
        assertEquals("Tuple(Array(UInt8), Array(UInt8))", r.type().name());
        assertEquals("[[1, 2, 3, 4], [10, 0, 0, 40]]|[[], []]", text(r));
    }
}
