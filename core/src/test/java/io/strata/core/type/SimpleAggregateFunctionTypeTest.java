package io.strata.core.type;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.strata.core.column.Column;
import io.strata.core.column.ColumnBuilder;
import io.strata.core.column.ConstColumn;
import io.strata.core.error.DbException;
import io.strata.core.error.ErrorCode;
import io.strata.core.format.FormatSettings;
import io.strata.core.io.ReadBuffer;
import io.strata.core.io.WriteBuffer;
import io.strata.core.type.binary.NativeSerialization;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * SimpleAggregateFunction(f, T) is T under another name: parsing and printing the name, the
 * checks core can make alone (no aggregate registry on core's class path, so only the function's
 * name is checked here; vector-exec's tests and the SQL corpus cover the result-type check), and
 * byte-for-byte the same Native and text forms as T.
 */
class SimpleAggregateFunctionTypeTest {

    private static DataType roundTrip(String name) {
        DataType t = DataTypes.parse(name);
        assertEquals(name, t.name());
        assertEquals(t, DataTypes.parse(t.name()));
        return t;
    }

    @Test
    void namesPrintAndParseAsInClickHouse() {
        roundTrip("SimpleAggregateFunction(sum, UInt64)");
        roundTrip("SimpleAggregateFunction(anyLast, Nullable(String))");
        roundTrip("SimpleAggregateFunction(groupUniqArrayArray, Array(String))");
        roundTrip("SimpleAggregateFunction(sumMap, Tuple(Array(UInt8), Array(UInt64)))");
        roundTrip("SimpleAggregateFunction(anyLast, LowCardinality(Nullable(String)))");
        roundTrip("SimpleAggregateFunction(max, DateTime('UTC'))");
        roundTrip("SimpleAggregateFunction(groupArrayArray(10), Array(UInt8))");
        roundTrip("Array(SimpleAggregateFunction(min, Int8))");
        assertEquals("SimpleAggregateFunction(sum, UInt64)", DataTypes.parse("SimpleAggregateFunction( sum ,UInt64 )").name());
        assertEquals("SimpleAggregateFunction(groupArrayArray(10), Array(UInt8))",
                SimpleAggregateFunction.type("groupArrayArray", List.of(10L), List.of(new ArrayType(DataTypes.UINT8))).name());
    }

    @Test
    void theTypeIsACopyOfItsStorageType() {
        DataType t = DataTypes.parse("SimpleAggregateFunction(anyLast, Nullable(String))");
        DataType storage = DataTypes.parse("Nullable(String)");
        assertInstanceOf(NullableType.class, t);
        assertEquals(TypeId.NULLABLE, t.id());
        assertEquals(PhysicalKind.NULLABLE, t.physicalKind());
        assertEquals(DataTypes.STRING, ((NullableType) t).inner());
        assertEquals(storage, t.withoutCustomName());
        assertNotEquals(storage, t);
        assertNull(storage.simpleAggregateFunction());
        assertSame(storage, storage.withoutCustomName());
        SimpleAggregateFunction f = t.simpleAggregateFunction();
        assertEquals("anyLast", f.functionName());
        assertEquals(List.of(storage), f.argumentTypes());
        assertEquals(storage, f.storageType());

        DataType sum = DataTypes.parse("SimpleAggregateFunction(sum, UInt64)");
        assertInstanceOf(IntegerType.class, sum);
        assertEquals(TypeId.UINT64, sum.id());
        assertEquals(8, sum.fixedWidth());
        assertEquals(sum, sum.createBuilder(1).build().type());
        assertEquals(sum, sum.defaultColumn(2).type());
        assertEquals("Nullable(SimpleAggregateFunction(sum, UInt64))", DataTypes.makeNullableSafe(sum).name());
        // a custom name over a custom name keeps only the outer one
        DataType nested = SimpleAggregateFunction.type("max", List.of(), List.of(sum));
        assertEquals("SimpleAggregateFunction(max, UInt64)", nested.name());
        assertEquals(DataTypes.UINT64, nested.withoutCustomName());
    }

    @Test
    void unsupportedFunctionsAndMalformedNamesFailAsInClickHouse() {
        assertCode(ErrorCode.BAD_ARGUMENTS, "SimpleAggregateFunction(count, UInt64)");
        assertCode(ErrorCode.BAD_ARGUMENTS, "SimpleAggregateFunction(uniq, String)");
        assertCode(ErrorCode.BAD_ARGUMENTS, "SimpleAggregateFunction(argMax, String, UInt64)");
        assertCode(ErrorCode.BAD_ARGUMENTS, "SimpleAggregateFunction('sum', UInt64)");
        assertCode(ErrorCode.NUMBER_OF_ARGUMENTS_DOESNT_MATCH, "SimpleAggregateFunction()");
        assertCode(ErrorCode.NUMBER_OF_ARGUMENTS_DOESNT_MATCH, "SimpleAggregateFunction(sum)");
        assertCode(ErrorCode.UNKNOWN_TYPE, "SimpleAggregateFunction(sum, UInt64");
        assertCode(ErrorCode.UNKNOWN_TYPE, "SimpleAggregateFunction(sum, NoSuchType)");
        DbException e = assertThrows(DbException.class, () -> DataTypes.parse("SimpleAggregateFunction(count, UInt64)"));
        assertEquals("Unsupported aggregate function count, supported functions are any,any_respect_nulls,anyLast,anyLast_respect_nulls,min,max,sum,"
                + "sumWithOverflow,groupBitAnd,groupBitOr,groupBitXor,sumMap,minMap,maxMap,groupArrayArray,groupArrayLastArray,"
                + "groupUniqArrayArray,groupUniqArrayArrayMap,sumMappedArrays,minMappedArrays,maxMappedArrays", e.getMessage());
    }

    private static void assertCode(ErrorCode code, String typeName) {
        DbException e = assertThrows(DbException.class, () -> DataTypes.parse(typeName), typeName);
        assertEquals(code, e.code(), typeName + ": " + e.getMessage());
    }

    /** Parses escaped (TabSeparated) values into a column of {@code type}. */
    private static Column column(DataType type, String... escaped) {
        ColumnBuilder b = type.createBuilder(escaped.length);
        for (String v : escaped) type.text().readEscaped(new ReadBuffer(v.getBytes(StandardCharsets.UTF_8)), b, FormatSettings.DEFAULT);
        return b.build();
    }

    private static byte[] nativeBytes(DataType type, Column c) {
        WriteBuffer out = new WriteBuffer();
        NativeSerialization.write(type, c, 0, c.size(), out);
        return out.toByteArray();
    }

    @Test
    void nativeAndTextFormsAreTheStorageTypes() {
        String[][] cases = {
            {"SimpleAggregateFunction(sum, UInt64)", "0", "18446744073709551615", "42"},
            {"SimpleAggregateFunction(anyLast, Nullable(String))", "\\N", "a\\tb", ""},
            {"SimpleAggregateFunction(groupUniqArrayArray, Array(String))", "[]", "['x','y']", "['it\\'s']"},
            {"SimpleAggregateFunction(sumMap, Tuple(Array(UInt8), Array(UInt64)))", "([],[])", "([1,2],[10,20])", "([3],[0])"},
            {"SimpleAggregateFunction(anyLast, LowCardinality(Nullable(String)))", "x", "\\N", "x"},
            {"SimpleAggregateFunction(max, Decimal(30, 3))", "1.5", "-12345678901234567890.125", "0"},
            {"SimpleAggregateFunction(min, Float32)", "1.5", "-inf", "nan"},
        };
        for (String[] c : cases) {
            DataType t = DataTypes.parse(c[0]);
            DataType storage = t.withoutCustomName();
            String[] values = java.util.Arrays.copyOfRange(c, 1, c.length);
            Column asStorage = column(storage, values);
            Column asCustom = column(t, values);
            assertEquals(t, asCustom.type(), c[0]);
            byte[] bytes = nativeBytes(storage, asStorage);
            assertArrayEquals(bytes, nativeBytes(t, asCustom), c[0]);
            Column back = NativeSerialization.read(t, new ReadBuffer(bytes), values.length);
            assertEquals(t, back.type(), c[0]);
            for (int row = 0; row < values.length; row++) {
                for (int style = 0; style < 5; style++) {
                    String expected = write(asStorage, row, style);
                    assertEquals(expected, write(asCustom, row, style), c[0] + " row " + row);
                    assertEquals(expected, write(back, row, style), c[0] + " row " + row);
                }
            }
        }
    }

    /** Row {@code row} of c in one of the five text styles: text, escaped, quoted, CSV, JSON. */
    private static String write(Column c, int row, int style) {
        WriteBuffer out = new WriteBuffer();
        TextSerialization t = c.type().text();
        switch (style) {
            case 0 -> t.writeText(c, row, out, FormatSettings.DEFAULT);
            case 1 -> t.writeEscaped(c, row, out, FormatSettings.DEFAULT);
            case 2 -> t.writeQuoted(c, row, out, FormatSettings.DEFAULT);
            case 3 -> t.writeCsv(c, row, out, FormatSettings.DEFAULT);
            default -> t.writeJson(c, row, out, FormatSettings.DEFAULT);
        }
        return out.toString();
    }

    @Test
    void relabelSharesTheValuesUnderTheOtherName() {
        DataType t = DataTypes.parse("SimpleAggregateFunction(sumMap, Tuple(Array(UInt8), Array(UInt64)))");
        Column plain = column(t.withoutCustomName(), "([1],[2])", "([],[])");
        Column custom = Column.relabel(plain, t);
        assertEquals(t, custom.type());
        assertEquals(plain.getObject(0), custom.getObject(0));
        assertEquals(t.withoutCustomName(), Column.relabel(custom, t.withoutCustomName()).type());
        assertSame(plain, Column.relabel(plain, t.withoutCustomName()));
        Column constant = Column.relabel(new ConstColumn(plain.slice(0, 1), 3), t);
        assertEquals(t, constant.type());
        assertEquals(plain.getObject(0), constant.getObject(2));
    }
}
