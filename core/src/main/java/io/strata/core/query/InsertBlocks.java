package io.strata.core.query;

import io.strata.core.block.Header;
import io.strata.core.table.ChunkSource;
import io.strata.core.table.TableDefinition;

/**
 * INSERT data that a protocol receives as blocks after the statement instead of as text (the
 * native protocol: the server tells the client the columns it expects, then the client sends
 * blocks of them). The runner calls {@link #open} once it knows the target columns, and only for
 * an INSERT that has neither inline data (unless {@link #replacesInlineData}) nor a SELECT.
 */
public interface InsertBlocks {
    /**
     * Announces the columns the INSERT takes ({@code header}: names and types in order; {@code
     * table}: the whole table, for its defaults) and returns the blocks that follow, each with
     * exactly {@code header}'s columns and types, ending with null. The source throws DbException
     * when the client cancels or goes away.
     */
    ChunkSource open(Header header, TableDefinition table);

    /**
     * True when the client sends the rows as blocks even though the statement text carries them
     * inline too: clickhouse-client up to the 20.x era sends {@code INSERT ... VALUES (1)} whole
     * and then parses and sends the rows itself, and the servers of that era read only the blocks.
     */
    default boolean replacesInlineData() {
        return false;
    }
}
