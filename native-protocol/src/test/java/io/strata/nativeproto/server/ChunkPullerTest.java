package io.strata.nativeproto.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.strata.core.block.Chunk;
import io.strata.core.block.Header;
import io.strata.core.column.Column;
import io.strata.core.column.LongColumn;
import io.strata.core.error.DbException;
import io.strata.core.error.ErrorCode;
import io.strata.core.query.QueryExecution;
import io.strata.core.query.QueryProgress;
import io.strata.core.settings.Settings;
import io.strata.core.type.DataTypes;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** The chunk puller's hand-over: encodings in the query's order, and how a failed encoding reaches the connection. */
class ChunkPullerTest {
    /** A result of {@code chunks} one-row chunks holding 0, 1, 2, ... */
    private static final class Counting implements QueryExecution {
        private final int chunks;
        private int next;

        Counting(int chunks) {
            this.chunks = chunks;
        }

        @Override public Header header() { return new Header(List.of("n"), List.of(DataTypes.INT64)); }
        @Override public Chunk next() {
            return next < chunks ? new Chunk(new Column[] {new LongColumn(DataTypes.INT64, new long[] {next++}, 1)}, 1) : null;
        }
        @Override public String outputFormat() { return "Native"; }
        @Override public Settings settings() { return Settings.DEFAULTS; }
        @Override public QueryProgress progress() { return new QueryProgress(); }
        @Override public String queryId() { return "test"; }
        @Override public void cancel() { }
        @Override public void close() { }
    }

    private static Object take(ChunkPuller p) throws InterruptedException {
        Object o;
        do {
            o = p.poll(TimeUnit.SECONDS.toNanos(10));
        } while (o == ChunkPuller.TIMEOUT);
        return o;
    }

    private static long value(Chunk c) {
        return (Long) c.column(0).getObject(0);
    }

    @Test
    void encodingsArriveInTheQuerysOrder() throws Exception {
        try (ChunkPuller p = new ChunkPuller(new Counting(50), "t", chunk -> "block " + value(chunk))) {
            for (int i = 0; i < 50; i++) assertEquals("block " + i, take(p));
            assertNull(take(p));
        }
    }

    /**
     * A block too large for the memory left (an encoder's heap or native buffer) fails the query
     * with MEMORY_LIMIT_EXCEEDED, which the connection sends as an Exception packet, instead of
     * an Error that would end the connection.
     */
    @Test
    void anEncoderOutOfMemoryFailsTheQueryNotTheConnection() throws Exception {
        Function<Chunk, Object> encoder = chunk -> {
            if (value(chunk) == 2) throw new OutOfMemoryError("Cannot reserve 1073741824 bytes of direct buffer memory");
            return value(chunk);
        };
        try (ChunkPuller p = new ChunkPuller(new Counting(10), "t", encoder)) {
            assertEquals(0L, take(p));
            assertEquals(1L, take(p));
            DbException e = assertThrows(DbException.class, () -> take(p));
            assertEquals(ErrorCode.MEMORY_LIMIT_EXCEEDED, e.code());
            assertTrue(e.getMessage().contains("native memory"), e.getMessage());
        }
    }
}
