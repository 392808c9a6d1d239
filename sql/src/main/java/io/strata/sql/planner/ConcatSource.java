package io.strata.sql.planner;

import io.strata.core.block.Chunk;
import io.strata.core.table.ChunkSource;
import io.strata.exec.driver.ExecutionContext;
import java.util.List;
import java.util.function.Function;

/** UNION ALL: pulls each branch in turn. */
final class ConcatSource implements ChunkSource {
    private final ExecutionContext ctx;
    private final List<Function<ExecutionContext, ChunkSource>> parts;
    private int index;
    private ChunkSource current;

    ConcatSource(ExecutionContext ctx, List<Function<ExecutionContext, ChunkSource>> parts) {
        this.ctx = ctx;
        this.parts = parts;
    }

    @Override
    public Chunk next() {
        while (true) {
            if (current == null) {
                if (index >= parts.size()) return null;
                current = parts.get(index++).apply(ctx);
            }
            Chunk c = current.next();
            if (c != null) return c;
            current.close();
            current = null;
        }
    }

    @Override
    public void close() {
        if (current != null) current.close();
    }
}
