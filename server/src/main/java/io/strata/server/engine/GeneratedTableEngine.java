package io.strata.server.engine;

import io.strata.core.block.Chunk;
import io.strata.core.block.Header;
import io.strata.core.column.Column;
import io.strata.core.error.DbException;
import io.strata.core.error.ErrorCode;
import io.strata.core.table.ChunkSource;
import io.strata.core.table.ReadRequest;
import io.strata.core.table.TableEngine;
import io.strata.core.table.TableWriter;
import java.util.EnumSet;
import java.util.List;
import java.util.function.Function;

/**
 * A read-only table whose rows are computed when read: system tables and table functions
 * such as values(...). The supplier gives all columns of the table's header.
 */
public final class GeneratedTableEngine implements TableEngine {
    private final String engineName;
    private final Header header;
    private final Function<ReadRequest, Chunk> rows;

    /** {@code rows} computes all columns for a read (it sees the query's settings through the request). */
    public GeneratedTableEngine(String engineName, Header header, Function<ReadRequest, Chunk> rows) {
        this.engineName = engineName;
        this.header = header;
        this.rows = rows;
    }

    @Override public String engineName() { return engineName; }
    @Override public EnumSet<Capability> capabilities() { return EnumSet.noneOf(Capability.class); }

    @Override
    public List<ChunkSource> read(Header columns, ReadRequest request) {
        Chunk all = rows.apply(request);
        Column[] cols = new Column[request.columns().size()];
        for (int i = 0; i < cols.length; i++) {
            int p = header.indexOf(request.columns().get(i));
            if (p < 0) throw new DbException(ErrorCode.NO_SUCH_COLUMN_IN_TABLE, "There is no column " + request.columns().get(i));
            cols[i] = all.column(p);
        }
        return List.of(new ChunkListSource(List.of(new Chunk(cols, all.rowCount()))));
    }

    @Override
    public TableWriter writer() {
        throw new DbException(ErrorCode.NOT_IMPLEMENTED, "Table engine " + engineName + " doesn't support inserts");
    }

    @Override
    public void truncate() {
        throw new DbException(ErrorCode.NOT_IMPLEMENTED, "Table engine " + engineName + " doesn't support TRUNCATE");
    }

    @Override
    public void drop() {
    }
}
