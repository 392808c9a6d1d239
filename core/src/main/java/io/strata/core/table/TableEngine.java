package io.strata.core.table;

import io.strata.core.block.Header;
import java.util.EnumSet;
import java.util.List;

/**
 * A table's storage, created by a {@link TableEngineFactory} named like ClickHouse's engines.
 * The planner sees only this interface, never a concrete engine.
 */
public interface TableEngine extends AutoCloseable {

    enum Capability { FINAL, PREWHERE, SAMPLE, TTL, PARTITIONS, INSERT, TRUNCATE, EXACT_ROW_COUNT, READ_IN_ORDER }

    /** The engine name, e.g. {@code Memory}, {@code MergeTree}. */
    String engineName();

    EnumSet<Capability> capabilities();

    /**
     * Morsels that together produce the requested columns; each chunk has exactly
     * {@code request.columns()} in order.
     */
    List<ChunkSource> read(Header columns, ReadRequest request);

    /**
     * A late-materializing read: {@code request.columns()} (those {@code columns} names) are read
     * in the first phase with a row locator each, the rest fetched later by locator (see
     * {@link LazyRows}). Null (the default) when the engine or this particular read cannot do
     * it (FINAL, parts needing conversions...): the caller then reads eagerly.
     */
    default LazyRows readLazily(Header columns, ReadRequest request) {
        return null;
    }

    /** Starts an insert. Throws when the engine is read-only. */
    TableWriter writer();

    /**
     * Starts an insert with the query's settings (those the engine's writes honour, such as
     * {@code min_compress_block_size}); engines that take none from the query just start one.
     */
    default TableWriter writer(io.strata.core.settings.Settings querySettings) {
        return writer();
    }

    /** Exact row count without reading data, or -1 when unknown (count() from metadata). */
    default long totalRows() {
        return -1;
    }

    /** Approximate bytes of data held (system.tables total_bytes), or -1. */
    default long totalBytes() {
        return -1;
    }

    /**
     * {@code OPTIMIZE TABLE t [PARTITION p] [FINAL] [DEDUPLICATE]}: merges parts now.
     * {@code partition} is the partition expression's SQL text (or {@code ID 'x'} form) or null.
     */
    default void optimize(String partition, boolean finalMerge, boolean deduplicate) {
        throw new io.strata.core.error.DbException(io.strata.core.error.ErrorCode.NOT_IMPLEMENTED,
                "Method optimize is not supported by storage " + engineName());
    }

    /** {@code CHECK TABLE}: one result per part (or one for the table), verifying checksums. */
    default List<CheckResult> check() {
        throw new io.strata.core.error.DbException(io.strata.core.error.ErrorCode.NOT_IMPLEMENTED,
                "Table engine " + engineName() + " doesn't support checking");
    }

    /** The directory holding the table's files (system.tables data_paths), or null when it keeps none. */
    default java.nio.file.Path dataDirectory() {
        return null;
    }

    /** The table's data parts, active and recently outdated (system.parts); empty for engines without parts. */
    default List<PartSummary> parts() {
        return List.of();
    }

    /** Parts moved aside to the table's detached folder (system.detached_parts). */
    default List<DetachedPart> detachedParts() {
        return List.of();
    }

    /** Merges and mutations running now (system.merges). */
    default List<BackgroundTask> backgroundTasks() {
        return List.of();
    }

    /** Mutations of the table, done or not (system.mutations). */
    default List<MutationSummary> mutations() {
        return List.of();
    }

    /**
     * Checks an ALTER TABLE that changes the definition against the engine's own rules (key
     * columns, sign and version columns, TTL) before the catalog persists {@code next}; throws
     * (ALTER_OF_COLUMN_IS_FORBIDDEN...) when the change is not possible.
     */
    default void checkAlter(TableDefinition next, List<AlterChange> changes) {
        throw new io.strata.core.error.DbException(io.strata.core.error.ErrorCode.NOT_IMPLEMENTED,
                "Alter of type '" + (changes.isEmpty() ? "ALTER" : changes.get(0).kind().name()) + "' is not supported by storage "
                        + engineName());
    }

    /**
     * Applies a checked definition change once the catalog has persisted it: reads see the new
     * definition at once; data the change makes stale is rewritten (as a mutation) before
     * returning.
     */
    default void alter(TableDefinition next, List<AlterChange> changes) {
        checkAlter(next, changes);
    }

    /**
     * Starts a mutation ({@code ALTER TABLE ... DELETE/UPDATE}, lightweight {@code DELETE FROM})
     * and returns its id (system.mutations mutation_id); when {@code wait}, returns once every
     * part is mutated and throws if the mutation failed.
     */
    default String mutate(List<MutationCommand> commands, boolean wait) {
        throw new io.strata.core.error.DbException(io.strata.core.error.ErrorCode.NOT_IMPLEMENTED,
                "Table engine " + engineName() + " doesn't support mutations");
    }

    /** {@code KILL MUTATION}: forgets a mutation not yet applied everywhere; false when unknown. */
    default boolean killMutation(String mutationId) {
        return false;
    }

    /**
     * {@code ALTER TABLE t DROP | DETACH | ATTACH PARTITION p}, {@code DROP DETACHED PARTITION p}.
     * {@code partition} is the PARTITION clause's text ({@code ID 'x'} or an expression).
     */
    default void alterPartition(PartitionAction action, String partition) {
        throw new io.strata.core.error.DbException(io.strata.core.error.ErrorCode.NOT_IMPLEMENTED,
                "Partition operations are not supported by storage " + engineName());
    }

    /** {@code SYSTEM STOP MERGES} / {@code START MERGES}: pauses background merges and mutations. */
    default void stopMerges(boolean stop) {
    }

    /** The sorting key as system.tables shows it (e.g. {@code a, toDate(ts)}), or empty. */
    default String sortingKey() {
        return "";
    }

    /** The partition key as system.tables shows it, or empty. */
    default String partitionKey() {
        return "";
    }

    /** The primary key as system.tables shows it, or empty. */
    default String primaryKey() {
        return "";
    }

    /**
     * {@code ALTER TABLE ... ADD INDEX / DROP INDEX}: the catalog has validated and persisted
     * {@code definition} (the old one with other {@link TableDefinition#indexes()}); the engine
     * builds new indexes for data written from now on and stops using dropped ones. Existing data
     * gets a new index only through {@link #materializeIndex}.
     */
    default void alterIndexes(TableDefinition definition) {
        throw new io.strata.core.error.DbException(io.strata.core.error.ErrorCode.NOT_IMPLEMENTED,
                "Alter of type 'ADD_INDEX' is not supported by storage " + engineName());
    }

    /**
     * {@code ALTER TABLE ... MATERIALIZE INDEX name [IN PARTITION p]}: builds index {@code name}
     * for data written before it existed. {@code partition} is as for {@link #optimize}, or null.
     */
    default void materializeIndex(String name, String partition) {
        throw new io.strata.core.error.DbException(io.strata.core.error.ErrorCode.NOT_IMPLEMENTED,
                "Alter of type 'MATERIALIZE_INDEX' is not supported by storage " + engineName());
    }

    /** A row of CHECK TABLE's output. */
    record CheckResult(String partPath, boolean passed, String message) {
    }

    /** Deletes all data (TRUNCATE). */
    void truncate();

    /** Deletes the table's data for good (DROP). */
    void drop();

    /** Releases resources; the table may be reopened later. */
    @Override
    default void close() {
    }
}
