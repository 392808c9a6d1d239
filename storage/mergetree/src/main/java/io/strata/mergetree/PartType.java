package io.strata.mergetree;

/**
 * How a part stores its columns (ClickHouse's MergeTreeDataPartType). {@link #WIDE}: one
 * {@code <column>.bin} and {@code <column>.mrk} per column. {@link #COMPACT}: all columns in one
 * {@code data.bin}, granule after granule, with one {@code data.mrk3}; fewer files for the many
 * small parts of frequent inserts. Not persisted as a number: a part's type is told by its files
 * (see {@link DataPart#type()}).
 */
enum PartType {
    WIDE("Wide"),
    COMPACT("Compact");

    private final String displayName;

    PartType(String displayName) {
        this.displayName = displayName;
    }

    /** The name system.parts shows in part_type. */
    String displayName() {
        return displayName;
    }

    /**
     * The type of a new part of about {@code uncompressedBytes} of column data and {@code rows}
     * rows, as ClickHouse's MergeTreeData::choosePartFormat decides: compact when the bytes are
     * below {@code min_bytes_for_wide_part} or the rows below {@code min_rows_for_wide_part}
     * (so a 0 threshold never forces compact, and both at 0 always give wide); always wide without
     * adaptive granularity ({@code index_granularity_bytes = 0}), which compact parts require.
     */
    /**
     * A block's size as ClickHouse's Block::bytes() counts it, which is what it compares with
     * {@code min_bytes_for_wide_part} on insert: fixed-width values at their width (plus a byte of
     * null map when Nullable), strings as their bytes plus a terminating zero and an 8-byte
     * offset; other types by their in-memory size here.
     */
    static long blockBytes(io.strata.core.block.Chunk chunk) {
        long sum = 0;
        long rows = chunk.rowCount();
        for (io.strata.core.column.Column c : chunk.columns()) {
            io.strata.core.type.DataType t = c.type();
            long nullMap = 0;
            if (t instanceof io.strata.core.type.NullableType n) {
                t = n.inner();
                nullMap = rows;
            }
            if (t.fixedWidth() > 0) sum += t.fixedWidth() * rows + nullMap;
            else if (c instanceof io.strata.core.column.StringColumn) sum += c.byteSize() + 5 * rows;
            else sum += c.byteSize();
        }
        return sum;
    }

    static PartType choose(MergeTreeSettings settings, long uncompressedBytes, long rows) {
        if (settings.indexGranularityBytes() == 0) return WIDE;
        long minBytes = settings.get("min_bytes_for_wide_part");
        long minRows = settings.get("min_rows_for_wide_part");
        return uncompressedBytes < minBytes || rows < minRows ? COMPACT : WIDE;
    }
}
