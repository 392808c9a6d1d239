package io.strata.exec.operator;

import io.strata.core.block.Chunk;
import io.strata.core.column.Column;
import io.strata.core.column.ColumnBuilder;
import io.strata.core.column.DoubleColumn;
import io.strata.core.column.LongColumn;
import io.strata.core.column.NullableColumn;
import io.strata.core.column.StringColumn;
import io.strata.core.function.FunctionContext;
import io.strata.core.query.QueryProgress;
import io.strata.core.settings.Settings;
import io.strata.core.table.ChunkSource;
import io.strata.core.type.DataType;
import io.strata.core.type.DataTypes;
import io.strata.exec.driver.ExecutionContext;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Hand-built columns, chunks, sources and contexts for operator tests. */
final class TestData {
    private TestData() {
    }

    static ExecutionContext context(String... settings) {
        Settings s = Settings.DEFAULTS;
        for (int i = 0; i < settings.length; i += 2) s = s.with(settings[i], settings[i + 1]);
        return new ExecutionContext(s, new FunctionContext(ZoneId.of("UTC"), Instant.now(), s), new QueryProgress());
    }

    static LongColumn longs(DataType type, long... v) {
        return new LongColumn(type, v);
    }

    static LongColumn int64(long... v) {
        return longs(DataTypes.INT64, v);
    }

    static DoubleColumn float64(double... v) {
        return new DoubleColumn(DataTypes.FLOAT64, v);
    }

    static StringColumn strings(String... v) {
        ColumnBuilder b = DataTypes.STRING.createBuilder(v.length);
        for (String s : v) {
            byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
            b.append(new StringColumn(DataTypes.STRING, bytes, new int[] {0, bytes.length}, 1), 0);
        }
        return (StringColumn) b.build();
    }

    /** Nullable(Int64) with null entries as NULL. */
    static NullableColumn nullableInt64(Long... v) {
        long[] values = new long[v.length];
        byte[] nulls = new byte[v.length];
        for (int i = 0; i < v.length; i++) {
            if (v[i] == null) nulls[i] = 1;
            else values[i] = v[i];
        }
        return new NullableColumn(DataTypes.nullable(DataTypes.INT64), int64(values), nulls);
    }

    static NullableColumn nullableFloat64(Double... v) {
        double[] values = new double[v.length];
        byte[] nulls = new byte[v.length];
        for (int i = 0; i < v.length; i++) {
            if (v[i] == null) nulls[i] = 1;
            else values[i] = v[i];
        }
        return new NullableColumn(DataTypes.nullable(DataTypes.FLOAT64), float64(values), nulls);
    }

    static NullableColumn nullableStrings(String... v) {
        byte[] nulls = new byte[v.length];
        String[] values = new String[v.length];
        for (int i = 0; i < v.length; i++) {
            nulls[i] = (byte) (v[i] == null ? 1 : 0);
            values[i] = v[i] == null ? "" : v[i];
        }
        return new NullableColumn(DataTypes.nullable(DataTypes.STRING), strings(values), nulls);
    }

    /** Row values of a chunk, for assertions: Long, Double, String (for byte[]), List, null. */
    static List<List<Object>> rows(Chunk chunk) {
        List<List<Object>> out = new ArrayList<>();
        for (int r = 0; r < chunk.rowCount(); r++) {
            List<Object> row = new ArrayList<>();
            for (Column c : chunk.columns()) row.add(value(c.getObject(r)));
            out.add(row);
        }
        return out;
    }

    static Object value(Object o) {
        if (o instanceof byte[] b) return new String(b, StandardCharsets.UTF_8);
        if (o instanceof List<?> l) return l.stream().map(TestData::value).toList();
        return o;
    }

    static List<List<Object>> rows(List<Chunk> chunks) {
        List<List<Object>> out = new ArrayList<>();
        for (Chunk c : chunks) out.addAll(rows(c));
        return out;
    }

    static List<Chunk> drain(ChunkSource source) {
        List<Chunk> out = new ArrayList<>();
        try (source) {
            Chunk c;
            while ((c = source.next()) != null) out.add(c);
        }
        return out;
    }

    /** A morsel over fixed chunks; records whether it was closed. */
    static final class ListSource implements ChunkSource {
        private final ArrayDeque<Chunk> chunks;
        volatile boolean closed;

        ListSource(List<Chunk> chunks) {
            this.chunks = new ArrayDeque<>(chunks);
        }

        ListSource(Chunk... chunks) {
            this(Arrays.asList(chunks));
        }

        @Override
        public synchronized Chunk next() {
            return chunks.poll();
        }

        @Override
        public void close() {
            closed = true;
        }
    }

    /** A morsel that never ends (one small chunk after another), for cancellation tests. */
    static final class EndlessSource implements ChunkSource {
        volatile boolean closed;
        volatile long produced;

        @Override
        public Chunk next() {
            produced++;
            return Chunk.of(int64(produced % 10, 1, 2));
        }

        @Override
        public void close() {
            closed = true;
        }
    }

    static EndlessSource endless() {
        return new EndlessSource();
    }

    /** Runs chunks through operators on the caller's thread and collects the output. */
    static List<Chunk> runPipeline(List<Operator> operators, Chunk... input) {
        return drain(io.strata.exec.driver.ParallelPipeline.pipe(context(), new ListSource(input), operators));
    }
}
