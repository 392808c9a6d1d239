package io.strata.mergetree;

/**
 * How a part's columns are read: {@code cacheBlocks}, through the server's uncompressed cache;
 * {@code keepStringEncoding}, String granules kept in their stored encoding (which is the Native
 * layout's) and decoded only when something asks for their values, for results that leave in
 * that layout (see {@link io.strata.core.column.StringColumn#encoded}).
 */
record ReadOptions(boolean cacheBlocks, boolean keepStringEncoding) {
    static final ReadOptions NONE = new ReadOptions(false, false);
}
