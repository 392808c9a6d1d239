package io.strata.mergetree;

import io.strata.compression.CompressedBlocks;
import io.strata.core.settings.Settings;

/**
 * The compressed-block sizes a part is written with, resolved as ClickHouse's
 * MergeTreeWriterSettings does: the table's {@code min_compress_block_size} /
 * {@code max_compress_block_size} MergeTree settings when set (non-zero), otherwise the query's
 * settings of the same names (an INSERT's SETTINGS or the session's), otherwise the defaults
 * (65536 / 1048576). Merges and mutations have no query: table setting or default.
 *
 * <p>ClickHouse takes the fallback from the server's global settings rather than the INSERT's
 * own; here the query's settings are used, which equal the global ones unless the query or the
 * session changes them.
 */
record CompressBlockSizes(int min, int max) {
    static final String MIN = "min_compress_block_size";
    static final String MAX = "max_compress_block_size";

    /** Sizes for a write without query settings (merges, mutations). */
    static CompressBlockSizes of(MergeTreeSettings table) {
        return of(table, null);
    }

    static CompressBlockSizes of(MergeTreeSettings table, Settings query) {
        long min = pick(table.get(MIN), query == null ? CompressedBlocks.MIN_COMPRESS_BLOCK_SIZE : query.getLong(MIN));
        long queryMax = query == null ? 0 : query.getLong(MAX);
        long max = pick(table.get(MAX), queryMax > 0 ? queryMax : CompressedBlocks.MAX_COMPRESS_BLOCK_SIZE);
        // a block never exceeds what readers accept; a minimum above the maximum cuts blocks at the maximum
        int maxBlock = (int) Math.clamp(max, 1, CompressedBlocks.MAX_BLOCK_SIZE);
        int minBlock = (int) Math.clamp(min, 0, maxBlock);
        return new CompressBlockSizes(minBlock, maxBlock);
    }

    private static long pick(long table, long fallback) {
        return table > 0 ? table : fallback;
    }
}
