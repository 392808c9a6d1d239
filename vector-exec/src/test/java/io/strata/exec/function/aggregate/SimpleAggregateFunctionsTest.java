package io.strata.exec.function.aggregate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.strata.core.block.Chunk;
import io.strata.core.column.Column;
import io.strata.core.column.ColumnBuilder;
import io.strata.core.error.DbException;
import io.strata.core.error.ErrorCode;
import io.strata.core.format.FormatSettings;
import io.strata.core.io.ReadBuffer;
import io.strata.core.type.DataType;
import io.strata.core.type.DataTypes;
import io.strata.exec.operator.AggregateCall;
import io.strata.exec.operator.GroupAccumulators;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * SimpleAggregateFunction types with the aggregate registry present (found by core through
 * ServiceLoader): the checks ClickHouse makes when it creates the type, and the binding the
 * MergeTree merges use.
 */
class SimpleAggregateFunctionsTest {

    private static void assertCode(ErrorCode code, String typeName, String message) {
        DbException e = assertThrows(DbException.class, () -> DataTypes.parse(typeName), typeName);
        assertEquals(code, e.code(), typeName + ": " + e.getMessage());
        if (message != null) assertEquals(message, e.getMessage());
    }

    @Test
    void theFunctionMustReturnTheStorageType() {
        for (String ok : List.of("SimpleAggregateFunction(sum, UInt64)", "SimpleAggregateFunction(sum, Int64)",
                "SimpleAggregateFunction(sum, Float64)", "SimpleAggregateFunction(sum, Nullable(UInt64))",
                "SimpleAggregateFunction(sumWithOverflow, UInt8)", "SimpleAggregateFunction(any, String)",
                "SimpleAggregateFunction(anyLast, Nullable(String))", "SimpleAggregateFunction(anyLast, LowCardinality(Nullable(String)))",
                "SimpleAggregateFunction(min, LowCardinality(String))", "SimpleAggregateFunction(max, DateTime('UTC'))",
                "SimpleAggregateFunction(max, Decimal(20, 4))", "SimpleAggregateFunction(groupBitAnd, UInt32)",
                "SimpleAggregateFunction(groupArrayArray, Array(String))", "SimpleAggregateFunction(groupUniqArrayArray, Array(UInt8))",
                "SimpleAggregateFunction(sumMap, Tuple(Array(UInt8), Array(UInt64)))",
                "SimpleAggregateFunction(maxMap, Tuple(Array(String), Array(Int32)))")) {
            assertEquals(ok, DataTypes.parse(ok).name());
        }
        assertCode(ErrorCode.BAD_ARGUMENTS, "SimpleAggregateFunction(sum, UInt32)",
                "Incompatible data types between aggregate function 'sum' which returns UInt64 and column storage type UInt32");
        assertCode(ErrorCode.BAD_ARGUMENTS, "SimpleAggregateFunction(sum, Decimal(9, 2))", null);
        assertCode(ErrorCode.BAD_ARGUMENTS, "SimpleAggregateFunction(sumMap, Tuple(Array(UInt8), Array(UInt32)))", null);
        assertCode(ErrorCode.BAD_ARGUMENTS, "SimpleAggregateFunction(count, UInt64)", null);
        assertCode(ErrorCode.BAD_ARGUMENTS, "SimpleAggregateFunction(sumIf, UInt64, UInt8)", null);
        // the aggregate's own errors come first, as ClickHouse creates the function before checking it
        assertCode(ErrorCode.NUMBER_OF_ARGUMENTS_DOESNT_MATCH, "SimpleAggregateFunction(argMax, UInt64)", null);
        assertCode(ErrorCode.ILLEGAL_TYPE_OF_ARGUMENT, "SimpleAggregateFunction(sum, String)", null);
        assertCode(ErrorCode.UNKNOWN_AGGREGATE_FUNCTION, "SimpleAggregateFunction(noSuchFunction, UInt64)", null);
    }

    @Test
    void namesUseTheCanonicalFunctionName() {
        assertEquals("SimpleAggregateFunction(sum, UInt64)", DataTypes.parse("SimpleAggregateFunction(SUM, UInt64)").name());
        assertEquals("SimpleAggregateFunction(any, UInt64)", DataTypes.parse("SimpleAggregateFunction(any_value, UInt64)").name());
        assertEquals("SimpleAggregateFunction(sumMap, Tuple(Array(UInt8), Array(UInt64)))",
                DataTypes.parse("SimpleAggregateFunction(sumMappedArrays, Tuple(Array(UInt8), Array(UInt64)))").name());
    }

    private static Column column(DataType type, String... escaped) {
        ColumnBuilder b = type.createBuilder(escaped.length);
        for (String v : escaped) type.text().readEscaped(new ReadBuffer(v.getBytes(StandardCharsets.UTF_8)), b, FormatSettings.DEFAULT);
        return b.build();
    }

    @Test
    void boundAggregatesCombineStoredValuesLikeAGroupBy() {
        DataType anyLast = DataTypes.parse("SimpleAggregateFunction(anyLast, Nullable(String))");
        DataType sum = DataTypes.parse("SimpleAggregateFunction(sum, Nullable(Int64))");
        AggregateCall last = SimpleAggregateFunctions.bind(anyLast.simpleAggregateFunction(), 0);
        AggregateCall total = SimpleAggregateFunctions.bind(sum.simpleAggregateFunction(), 1);
        assertEquals(DataTypes.parse("Nullable(String)"), last.resultType());
        assertEquals(DataTypes.parse("Nullable(Int64)"), total.resultType());
        GroupAccumulators acc = new GroupAccumulators(List.of(last, total));
        // groups 0 and 1; NULLs are skipped, a group of only NULLs gives NULL
        Chunk rows = new Chunk(new Column[] {column(anyLast, "a", "\\N", "b", "\\N"), column(sum, "1", "\\N", "5", "\\N")}, 4);
        acc.add(rows, new int[] {0, 1, 0, 1}, 4, 2);
        Column[] r = acc.results(2);
        assertEquals(List.of("b"), List.of(new String((byte[]) r[0].getObject(0), StandardCharsets.UTF_8)));
        assertEquals(null, r[0].getObject(1));
        assertEquals(6L, r[1].getObject(0));
        assertEquals(null, r[1].getObject(1));
    }
}
