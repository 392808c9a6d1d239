package io.strata.exec.driver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.strata.core.block.Chunk;
import io.strata.core.column.Column;
import io.strata.core.column.LongColumn;
import io.strata.core.function.FunctionContext;
import io.strata.core.query.QueryProgress;
import io.strata.core.settings.Settings;
import io.strata.core.table.ChunkSource;
import io.strata.core.type.DataTypes;
import io.strata.exec.operator.LimitOperator;
import io.strata.exec.operator.Operator;
import io.strata.exec.operator.ProjectOperator;
import io.strata.exec.expression.ColumnReference;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A driver stops pulling from its source as soon as an operator is finished, including one that
 * is finished before any input arrives (LIMIT 0): the source is not read to its end for nothing.
 */
class DriverEarlyFinishTest {
    /** 100 chunks of 10 rows, counting how many were pulled. */
    private static final class CountingSource implements ChunkSource {
        int pulled;

        @Override
        public Chunk next() {
            if (pulled == 100) return null;
            long[] v = new long[10];
            for (int i = 0; i < 10; i++) v[i] = pulled * 10L + i;
            pulled++;
            return new Chunk(new Column[] {new LongColumn(DataTypes.UINT64, v, 10)}, 10);
        }
    }

    @ParameterizedTest
    @CsvSource({
            // limit, offset, chunks the driver may pull at most, rows out
            "0, 0, 1, 0",
            "0, 35, 1, 0",
            "5, 0, 1, 5",
            "25, 0, 3, 25",
            "10, 990, 100, 10",
            "20, 995, 100, 5",
    })
    void stopsPullingOnceTheLimitIsSatisfied(long limit, long offset, int maxPulled, int rowsOut) {
        ExecutionContext ctx = new ExecutionContext(Settings.DEFAULTS,
                new FunctionContext(ZoneOffset.UTC, Instant.EPOCH, Settings.DEFAULTS), new QueryProgress());
        List<Chunk> out = new ArrayList<>();
        List<Operator> ops = List.of(new ProjectOperator(List.of(new ColumnReference(0, DataTypes.UINT64))),
                new LimitOperator(limit, offset));
        CountingSource source = new CountingSource();
        try (Driver d = new Driver(ctx, ops, out::add)) {
            d.run(source);
            d.finish();
            assertTrue(d.isDone());
        }
        assertTrue(source.pulled <= maxPulled, "pulled " + source.pulled + " chunks, at most " + maxPulled + " needed");
        List<Long> rows = new ArrayList<>();
        for (Chunk c : out) {
            long[] v = ((LongColumn) c.column(0)).values();
            for (int i = 0; i < c.rowCount(); i++) rows.add(v[i]);
        }
        assertEquals(rowsOut, rows.size());
        for (int i = 0; i < rows.size(); i++) assertEquals(offset + i, rows.get(i));
    }
}
