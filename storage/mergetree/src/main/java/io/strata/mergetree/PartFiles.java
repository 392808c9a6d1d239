package io.strata.mergetree;

import java.nio.charset.StandardCharsets;

/**
 * Names and magic numbers of the files in a part directory (see docs/storage-format.md). These
 * are persisted: never rename a file or change a magic without a new format version.
 */
final class PartFiles {
    private PartFiles() {
    }

    /** The part format this code writes; parts of unknown higher versions are refused. */
    static final int FORMAT_VERSION = 1;

    static final String FORMAT_VERSION_FILE = "format_version.txt";
    static final String COLUMNS = "columns.txt";
    static final String COUNT = "count.txt";
    static final String PRIMARY_INDEX = "primary.idx";
    static final String PARTITION = "partition.dat";
    static final String CHECKSUMS = "checksums.txt";
    static final String COMMIT_METADATA = "commit_metadata.txt";
    static final String DATA_EXTENSION = ".bin";
    static final String MARKS_EXTENSION = ".mrk";
    static final String MINMAX_PREFIX = "minmax_";
    static final String MINMAX_EXTENSION = ".idx";
    /** A compact part's column data: every column's granules, granule after granule (see CompactDataWriter). */
    static final String COMPACT_DATA = "data.bin";
    /** A compact part's marks: per granule a mark for every column, then the granule's rows. */
    static final String COMPACT_MARKS = "data.mrk3";
    /** Earliest and latest row TTL of the part (see RowTtl). */
    static final String TTL_INFO = "ttl.txt";
    static final String SKIP_INDEX_PREFIX = "skp_idx_";
    static final String SKIP_INDEX_EXTENSION = ".idx";

    /** Directories of parts being written: removed at start-up unless a commit record names them. */
    static final String TEMPORARY_PREFIX = "tmp_";
    static final String DETACHED = "detached";

    /** Marks file: magic, version byte, then per granule two little-endian UInt64s. */
    static final byte[] MARKS_MAGIC = "STRMRK".getBytes(StandardCharsets.US_ASCII);
    /**
     * Compact marks file: magic, version byte, VarUInt column count C, then per granule C pairs of
     * little-endian UInt64 (block offset in data.bin, offset in the decompressed block) and a
     * little-endian UInt64 row count.
     */
    static final byte[] COMPACT_MARKS_MAGIC = "STRCMK".getBytes(StandardCharsets.US_ASCII);
    /** Primary index file: magic, version byte, granule sizes, then the key columns' values. */
    static final byte[] INDEX_MAGIC = "STRIDX".getBytes(StandardCharsets.US_ASCII);
    /** Partition value and min/max files: magic, version byte, then Native-layout values. */
    static final byte[] VALUES_MAGIC = "STRVAL".getBytes(StandardCharsets.US_ASCII);

    /** Data-skipping index file: magic, version byte, then the index as {@link SkipIndexFile} describes. */
    static final byte[] SKIP_INDEX_MAGIC = "STRSKP".getBytes(StandardCharsets.US_ASCII);

    /** A column's file name stem, escaped like ClickHouse's escapeForFileName. */
    static String escape(String name) {
        StringBuilder sb = new StringBuilder();
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_') sb.append((char) c);
            else sb.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                    .append(Character.toUpperCase(Character.forDigit(c & 15, 16)));
        }
        return sb.toString();
    }

    static String dataFile(String column) {
        return escape(column) + DATA_EXTENSION;
    }

    static String marksFile(String column) {
        return escape(column) + MARKS_EXTENSION;
    }

    static String minmaxFile(String column) {
        return MINMAX_PREFIX + escape(column) + MINMAX_EXTENSION;
    }

    static String skipIndexFile(String index) {
        return SKIP_INDEX_PREFIX + escape(index) + SKIP_INDEX_EXTENSION;
    }
}
