package io.strata.core.table;

import io.strata.core.block.Chunk;
import java.util.Map;

/**
 * Writes the chunks of one INSERT. Nothing written is visible until {@link #commit}; an
 * {@link #abort} (or a failure) leaves the table as it was. {@code commitMetadata} travels with
 * the commit atomically (e.g. Kafka consumer offsets).
 */
public interface TableWriter extends AutoCloseable {
    /** Chunks have every stored column of the table, in table order, with defaults already filled. */
    void write(Chunk chunk);

    void commit(Map<String, String> commitMetadata);

    default void commit() {
        commit(Map.of());
    }

    void abort();

    @Override
    default void close() {
        abort();
    }
}
