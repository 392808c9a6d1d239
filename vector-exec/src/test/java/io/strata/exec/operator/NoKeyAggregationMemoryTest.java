package io.strata.exec.operator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.strata.core.block.Chunk;
import io.strata.core.column.Column;
import io.strata.core.column.LongColumn;
import io.strata.core.column.NullableColumn;
import io.strata.core.function.FunctionContext;
import io.strata.core.query.QueryProgress;
import io.strata.core.settings.Settings;
import io.strata.core.type.DataType;
import io.strata.core.type.DataTypes;
import io.strata.exec.driver.ExecutionContext;
import io.strata.exec.function.FunctionRegistry;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Aggregation without GROUP BY keys needs no per-row arrays: count() over a whole table from part
 * metadata arrives as one column-less chunk of every row, which used to cost an int per row three
 * times over (120 MB accounted, and allocated, per query at 10 M rows). Checked through the
 * query's memory accounting, which the arrays are part of.
 */
class NoKeyAggregationMemoryTest {
    private static ExecutionContext context() {
        return new ExecutionContext(Settings.DEFAULTS, new FunctionContext(ZoneOffset.UTC, Instant.EPOCH, Settings.DEFAULTS),
                new QueryProgress());
    }

    private static AggregateCall call(String name, List<DataType> argumentTypes, int... channels) {
        return AggregateCall.bind(FunctionRegistry.get().aggregate(name), argumentTypes, List.of(),
                new FunctionContext(ZoneOffset.UTC, Instant.EPOCH, Settings.DEFAULTS), channels);
    }

    @Test
    void countOfAColumnlessChunkAllocatesNothingPerRow() {
        ExecutionContext ctx = context();
        int rows = 10_000_000;
        try (GroupedAggregation state = new GroupedAggregation(ctx, new int[0], List.of(call("count", List.of())))) {
            state.add(new Chunk(new Column[0], rows));
            state.add(new Chunk(new Column[0], 5));
            Chunk out = state.result(65536).next();
            assertEquals(rows + 5L, ((LongColumn) out.column(0)).values()[0]);
            assertTrue(ctx.memory().peak() < 1 << 20, "peak " + ctx.memory().peak() + " bytes");
        }
    }

    @Test
    void nullArgumentsStillSkippedAndAccounted() {
        ExecutionContext ctx = context();
        DataType nullable = DataTypes.parse("Nullable(Int64)");
        int rows = 100_000;
        long[] v = new long[rows];
        byte[] nulls = new byte[rows];
        long expected = 0;
        for (int i = 0; i < rows; i++) {
            v[i] = i;
            nulls[i] = (byte) (i % 3 == 0 ? 1 : 0);
            if (nulls[i] == 0) expected += i;
        }
        Column c = new NullableColumn(nullable, new LongColumn(DataTypes.INT64, v, rows), nulls);
        try (GroupedAggregation state = new GroupedAggregation(ctx, new int[0], List.of(call("sum", List.of(nullable), 0),
                call("count", List.of(nullable), 0)))) {
            state.add(new Chunk(new Column[] {c}, rows));
            Chunk out = state.result(65536).next();
            Column sum = out.column(0) instanceof NullableColumn n ? n.values() : out.column(0);
            assertEquals(expected, ((LongColumn) sum).values()[0]);
            assertEquals(rows - (rows + 2) / 3, ((LongColumn) out.column(1)).values()[0]);
            // the NULL-skipping scratch arrays (two ints per row) are accounted while the state lives
            assertTrue(ctx.memory().used() >= 8L * rows, "used " + ctx.memory().used());
        }
        assertEquals(0, ctx.memory().used());
    }
}
