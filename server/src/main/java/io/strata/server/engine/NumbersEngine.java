package io.strata.server.engine;

import io.strata.core.block.Chunk;
import io.strata.core.block.Header;
import io.strata.core.column.Column;
import io.strata.core.column.LongColumn;
import io.strata.core.error.DbException;
import io.strata.core.error.ErrorCode;
import io.strata.core.table.ChunkSource;
import io.strata.core.table.ReadRequest;
import io.strata.core.table.TableEngine;
import io.strata.core.table.TableWriter;
import io.strata.core.type.DataTypes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

/**
 * numbers(N), numbers(start, N) and system.numbers (unbounded): a single UInt64 column
 * {@code number}. Bounded ranges are split into morsels so all cores share the work.
 */
public final class NumbersEngine implements TableEngine {
    private final long start;
    private final long count; // -1 = unbounded

    public NumbersEngine(long start, long count) {
        this.start = start;
        this.count = count;
    }

    @Override public String engineName() { return count < 0 ? "SystemNumbers" : "TableFunctionNumbers"; }
    @Override public EnumSet<Capability> capabilities() { return EnumSet.of(Capability.EXACT_ROW_COUNT); }

    @Override
    public long totalRows() {
        return count;
    }

    @Override
    public List<ChunkSource> read(Header columns, ReadRequest request) {
        int block = request.settings().maxBlockSize();
        boolean wantColumn = !request.columns().isEmpty();
        for (String c : request.columns()) {
            if (!c.equals("number")) throw new DbException(ErrorCode.NO_SUCH_COLUMN_IN_TABLE, "There is no column " + c);
        }
        int width = request.columns().size();
        if (count < 0) {
            return List.of(new Range(start, Long.MAX_VALUE, block, width));
        }
        long limit = request.limitHint() >= 0 ? Math.min(count, request.limitHint()) : count;
        List<ChunkSource> morsels = new ArrayList<>();
        long morselRows = Math.max((long) block * 4, limit / Math.max(1, request.maxThreads() * 8L));
        morselRows = Math.max(block, (morselRows / block) * block);
        for (long from = 0; from < limit; from += morselRows) {
            morsels.add(new Range(start + from, Math.min(limit - from, morselRows), block, width));
        }
        return morsels;
    }

    /** One morsel: numbers [from, from + n). */
    private static final class Range implements ChunkSource {
        private long next;
        private long remaining;
        private final int block;
        private final int width;

        Range(long from, long n, int block, int width) {
            this.next = from;
            this.remaining = n;
            this.block = block;
            this.width = width;
        }

        @Override
        public Chunk next() {
            if (remaining <= 0) return null;
            int n = (int) Math.min(block, remaining);
            Column[] cols = new Column[width];
            if (width > 0) {
                long[] v = new long[n];
                long base = next;
                for (int i = 0; i < n; i++) v[i] = base + i;
                LongColumn c = new LongColumn(DataTypes.UINT64, v, n);
                for (int i = 0; i < width; i++) cols[i] = c;
            }
            next += n;
            remaining -= n;
            return new Chunk(cols, n);
        }

        @Override
        public long estimatedRows() {
            return remaining;
        }
    }

    @Override
    public TableWriter writer() {
        throw new DbException(ErrorCode.NOT_IMPLEMENTED, "Table function numbers doesn't support inserts");
    }

    @Override
    public void truncate() {
        throw new DbException(ErrorCode.NOT_IMPLEMENTED, "Table function numbers doesn't support TRUNCATE");
    }

    @Override
    public void drop() {
    }
}
