package io.strata.server.engine;

import io.strata.core.block.Chunk;
import io.strata.core.block.Header;
import io.strata.core.column.Column;
import io.strata.core.error.DbException;
import io.strata.core.error.ErrorCode;
import io.strata.core.table.ChunkSource;
import io.strata.core.table.ColumnDefinition;
import io.strata.core.table.ReadRequest;
import io.strata.core.table.TableDefinition;
import io.strata.core.table.TableEngine;
import io.strata.core.table.TableWriter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

/**
 * ENGINE = Memory: chunks kept in the heap, lost on restart (as in ClickHouse). An insert
 * becomes visible atomically at commit: readers take a snapshot of the chunk list.
 */
public final class MemoryEngine implements TableEngine {
    private final List<String> columnNames = new ArrayList<>();
    private volatile List<Chunk> chunks = List.of();

    public MemoryEngine(TableDefinition definition) {
        for (ColumnDefinition c : definition.storedColumns()) columnNames.add(c.name());
    }

    @Override public String engineName() { return "Memory"; }

    @Override
    public EnumSet<Capability> capabilities() {
        return EnumSet.of(Capability.INSERT, Capability.TRUNCATE, Capability.EXACT_ROW_COUNT);
    }

    @Override
    public List<ChunkSource> read(Header columns, ReadRequest request) {
        List<Chunk> snapshot = chunks;
        int[] positions = new int[request.columns().size()];
        for (int i = 0; i < positions.length; i++) {
            positions[i] = columnNames.indexOf(request.columns().get(i));
            if (positions[i] < 0) {
                throw new DbException(ErrorCode.NO_SUCH_COLUMN_IN_TABLE, "There is no column " + request.columns().get(i) + " in table");
            }
        }
        // one morsel per group of chunks so a scan spreads over the drivers
        List<ChunkSource> morsels = new ArrayList<>();
        int per = Math.max(1, snapshot.size() / Math.max(1, request.maxThreads() * 4));
        for (int i = 0; i < snapshot.size(); i += per) {
            List<Chunk> group = new ArrayList<>();
            for (int j = i; j < Math.min(snapshot.size(), i + per); j++) {
                Chunk c = snapshot.get(j);
                Column[] cols = new Column[positions.length];
                for (int k = 0; k < positions.length; k++) cols[k] = c.column(positions[k]);
                group.add(new Chunk(cols, c.rowCount()));
            }
            morsels.add(new ChunkListSource(group));
        }
        return morsels;
    }

    @Override
    public TableWriter writer() {
        return new TableWriter() {
            private final List<Chunk> pending = new ArrayList<>();
            private boolean done;

            @Override
            public void write(Chunk chunk) {
                if (chunk.rowCount() > 0) pending.add(chunk);
            }

            @Override
            public void commit(Map<String, String> commitMetadata) {
                if (done) return;
                done = true;
                synchronized (MemoryEngine.this) {
                    List<Chunk> next = new ArrayList<>(chunks);
                    next.addAll(pending);
                    chunks = List.copyOf(next);
                }
            }

            @Override
            public void abort() {
                done = true;
                pending.clear();
            }
        };
    }

    @Override
    public long totalRows() {
        long n = 0;
        for (Chunk c : chunks) n += c.rowCount();
        return n;
    }

    @Override
    public long totalBytes() {
        long n = 0;
        for (Chunk c : chunks) n += c.byteSize();
        return n;
    }

    @Override
    public synchronized void truncate() {
        chunks = List.of();
    }

    @Override
    public void drop() {
        truncate();
    }
}
