package io.strata.mergetree;

import java.nio.file.Path;

/**
 * The server-wide caches of MergeTree reads, named and bounded as ClickHouse's server settings:
 * <ul>
 * <li>the mark cache ({@code mark_cache_size}): each column's marks, loaded on a part's first
 * read of that column;</li>
 * <li>the uncompressed cache ({@code uncompressed_cache_size}): decompressed blocks of column
 * files, used by queries with {@code use_uncompressed_cache = 1} that read at most
 * {@code merge_tree_max_rows_to_use_cache} rows, so that a scan does not evict the blocks of the
 * short queries the cache is for;</li>
 * <li>open files: a bounded set of open read-only channels, so that a short query does not open
 * and close every column file it touches.</li>
 * </ul>
 * Both caches live on the JVM heap, so their default bounds are ClickHouse's defaults capped at a
 * tenth of the heap each. Entries are keyed by part directory and part identity
 * ({@link ColumnFileKey}); removing a part's files drops its entries.
 */
public final class ReadCaches {
    /** ClickHouse's default mark_cache_size: 5 GiB. */
    public static final long CLICKHOUSE_MARK_CACHE_SIZE = 5L << 30;
    /** ClickHouse 18.16's default uncompressed_cache_size: 8 GiB (later versions: 0, off). */
    public static final long CLICKHOUSE_UNCOMPRESSED_CACHE_SIZE = 8L << 30;
    /** Open column files kept: well under the usual descriptor limit, which sockets share. */
    static final int OPEN_FILES = 1000;
    /** What a cached value costs beyond its arrays (key, entry, list links). */
    static final int ENTRY_OVERHEAD = 128;

    private static final BoundedCache<ColumnFileKey, DataPart.Marks> MARKS =
            new BoundedCache<>(heapCapped(CLICKHOUSE_MARK_CACHE_SIZE));
    private static final BoundedCache<BlockKey, CachedBlock> BLOCKS =
            new BoundedCache<>(heapCapped(CLICKHOUSE_UNCOMPRESSED_CACHE_SIZE));
    private static final OpenColumnFiles FILES = new OpenColumnFiles(OPEN_FILES);

    /** One decompressed block: a column file and the block's offset in it. */
    record BlockKey(ColumnFileKey file, long offset) {
    }

    /** A block's decompressed bytes (never written to) and its framed size in the file. */
    record CachedBlock(byte[] data, int framedSize) {
    }

    private ReadCaches() {
    }

    private static long heapCapped(long size) {
        return Math.min(size, Runtime.getRuntime().maxMemory() / 10);
    }

    /** Sets the bounds in bytes (server start-up); 0 turns a cache off, shrinking evicts at once. */
    public static void configure(long markCacheSize, long uncompressedCacheSize) {
        MARKS.setCapacity(markCacheSize);
        BLOCKS.setCapacity(uncompressedCacheSize);
    }

    /** mark_cache_size in effect. */
    public static long markCacheSize() {
        return MARKS.capacity();
    }

    /** uncompressed_cache_size in effect. */
    public static long uncompressedCacheSize() {
        return BLOCKS.capacity();
    }

    /** Bytes held by the mark cache (system.asynchronous_metrics' MarkCacheBytes). */
    public static long markCacheBytes() {
        return MARKS.bytes();
    }

    /** Bytes held by the uncompressed cache (UncompressedCacheBytes). */
    public static long uncompressedCacheBytes() {
        return BLOCKS.bytes();
    }

    /** Hits and misses so far: [mark hits, mark misses, block hits, block misses]. */
    public static long[] counters() {
        return new long[] {MARKS.hits(), MARKS.misses(), BLOCKS.hits(), BLOCKS.misses()};
    }

    static BoundedCache<ColumnFileKey, DataPart.Marks> marks() {
        return MARKS;
    }

    static BoundedCache<BlockKey, CachedBlock> blocks() {
        return BLOCKS;
    }

    static OpenColumnFiles files() {
        return FILES;
    }

    /**
     * Drops every entry of parts at or under {@code directory} (a removed part, or a dropped
     * table's directory) and closes their open files once no reader holds them.
     */
    static void invalidate(Path directory) {
        MARKS.removeIf(k -> k.part().startsWith(directory));
        BLOCKS.removeIf(k -> k.file().part().startsWith(directory));
        FILES.invalidate(k -> k.part().startsWith(directory));
    }
}
