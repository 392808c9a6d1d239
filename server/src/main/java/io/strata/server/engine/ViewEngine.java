package io.strata.server.engine;

import io.strata.core.block.Header;
import io.strata.core.error.DbException;
import io.strata.core.error.ErrorCode;
import io.strata.core.table.ChunkSource;
import io.strata.core.table.ReadRequest;
import io.strata.core.table.TableEngine;
import io.strata.core.table.TableWriter;
import java.util.EnumSet;
import java.util.List;

/**
 * A (non-materialized) view: it stores no data, only its query, which is the single argument of its
 * engine clause ({@code ENGINE = View('SELECT ...')}, how the view is persisted). The planner reads a
 * view by planning that query as a subquery, so this engine is never read itself.
 */
public final class ViewEngine implements TableEngine {
    @Override public String engineName() { return "View"; }

    @Override public EnumSet<Capability> capabilities() { return EnumSet.noneOf(Capability.class); }

    @Override
    public List<ChunkSource> read(Header columns, ReadRequest request) {
        throw new DbException(ErrorCode.LOGICAL_ERROR, "A view is read through its query, not as storage");
    }

    @Override
    public TableWriter writer() {
        throw new DbException(ErrorCode.NOT_IMPLEMENTED, "Method write is not supported by storage View");
    }

    @Override
    public void truncate() {
        throw new DbException(ErrorCode.NOT_IMPLEMENTED, "Truncate is not supported by storage View");
    }

    @Override
    public void drop() {
        // nothing is stored
    }

    @Override
    public void close() {
    }
}
