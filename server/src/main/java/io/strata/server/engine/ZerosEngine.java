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

/** zeros(N) / zeros_mt(N): N rows of one UInt8 column {@code zero}, split into morsels for all threads. */
public final class ZerosEngine implements TableEngine {
    private final long count;

    public ZerosEngine(long count) {
        this.count = count;
    }

    @Override public String engineName() { return "TableFunctionZeros"; }
    @Override public EnumSet<Capability> capabilities() { return EnumSet.of(Capability.EXACT_ROW_COUNT); }

    @Override
    public long totalRows() {
        return count;
    }

    @Override
    public List<ChunkSource> read(Header columns, ReadRequest request) {
        for (String c : request.columns()) {
            if (!c.equals("zero")) throw new DbException(ErrorCode.NO_SUCH_COLUMN_IN_TABLE, "There is no column " + c);
        }
        int block = request.settings().maxBlockSize();
        int width = request.columns().size();
        long limit = request.limitHint() >= 0 ? Math.min(count, request.limitHint()) : count;
        long morselRows = Math.max((long) block * 4, limit / Math.max(1, request.maxThreads() * 8L));
        List<ChunkSource> morsels = new ArrayList<>();
        for (long from = 0; from < limit; from += morselRows) {
            long rows = Math.min(limit - from, morselRows);
            morsels.add(new ChunkSource() {
                private long remaining = rows;

                @Override
                public Chunk next() {
                    if (remaining <= 0) return null;
                    int n = (int) Math.min(block, remaining);
                    remaining -= n;
                    Column[] cols = new Column[width];
                    for (int i = 0; i < width; i++) cols[i] = new LongColumn(DataTypes.UINT8, new long[n], n);
                    return new Chunk(cols, n);
                }

                @Override
                public long estimatedRows() {
                    return rows;
                }
            });
        }
        return morsels;
    }

    @Override
    public TableWriter writer() {
        throw new DbException(ErrorCode.NOT_IMPLEMENTED, "Table function 'zeros' doesn't support inserts");
    }

    @Override
    public void truncate() {
        throw new DbException(ErrorCode.NOT_IMPLEMENTED, "Table function 'zeros' doesn't support TRUNCATE");
    }

    @Override
    public void drop() {
    }
}
