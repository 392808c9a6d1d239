package io.strata.mergetree;

import io.strata.core.block.Header;
import io.strata.core.column.Column;
import io.strata.core.error.DbException;
import io.strata.core.error.ErrorCode;
import io.strata.core.io.ReadBuffer;
import io.strata.core.type.DataType;
import io.strata.core.type.DataTypes;
import io.strata.core.type.binary.NativeSerialization;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An immutable part as loaded from its directory: identity, row count, granule sizes, the
 * primary index (sorting-key prefix values at each granule start and at the last row), the
 * partition value, min/max of the partition key's columns, file sizes and checksums. Marks are
 * loaded on first use (per column in a wide part, all at once in a compact one). The part's type
 * is told by its files: a compact part has data.mrk3. Readers hold a reference while they scan so that a merged-away
 * part's files are removed only after its last reader is done.
 */
public final class DataPart {
    private final Path dir;
    private final PartInfo info;
    private final String name; // info.name(), built once: readers name the part in every message
    private final Header columns;
    private final long rows;
    private final int[] granuleRows;
    private final long[] granuleStart;
    private final Column[] index;
    private final Column[] partitionValue;
    private final Map<String, Column> minmax;
    private final Checksums checksums;
    private final long modificationTime;
    private final Map<String, String> commitMetadata;
    private final PartType type;
    private volatile CompactMarks compactMarks;
    private final Object identity; // of checksums.txt, for the read caches' keys
    private final Map<String, ColumnFileKey> fileKeys = new ConcurrentHashMap<>();
    private final Map<String, java.util.Optional<SkipIndexFile>> skipIndexes = new ConcurrentHashMap<>();
    private final Map<String, LearntGranuleBounds> learntBounds = new ConcurrentHashMap<>();
    private final AtomicInteger readers = new AtomicInteger();
    private volatile boolean outdated;
    private volatile long outdatedSince;

    /** Per-granule positions of one column's data: compressed block offset and offset inside the block. */
    record Marks(long[] blockOffset, int[] offsetInBlock) {
        /** Heap bytes held, as the mark cache counts them. */
        long bytes() {
            return 8L * blockOffset.length + 4L * offsetInBlock.length + ReadCaches.ENTRY_OVERHEAD;
        }
    }

    /** Which checksums.txt a part was loaded from: a later part of the same name has another. */
    private record FileIdentity(Object fileKey, long modifiedNanos, long size) {
    }

    private DataPart(Path dir, PartInfo info, Header columns, long rows, int[] granuleRows, Column[] index,
                     Column[] partitionValue, Map<String, Column> minmax, Checksums checksums, long modificationTime,
                     Map<String, String> commitMetadata, Object identity) {
        this.dir = dir;
        this.info = info;
        this.name = info.name();
        this.columns = columns;
        this.rows = rows;
        this.granuleRows = granuleRows;
        this.granuleStart = new long[granuleRows.length + 1];
        for (int g = 0; g < granuleRows.length; g++) granuleStart[g + 1] = granuleStart[g] + granuleRows[g];
        this.index = index;
        this.partitionValue = partitionValue;
        this.minmax = minmax;
        this.checksums = checksums;
        this.modificationTime = modificationTime;
        this.commitMetadata = commitMetadata;
        this.type = checksums.files().containsKey(PartFiles.COMPACT_MARKS) ? PartType.COMPACT : PartType.WIDE;
        this.identity = identity;
    }

    /** Loads and verifies a part directory (sizes of all files, CRC of the small ones). */
    static DataPart load(Path dir, MergeTreeSchema schema) {
        String name = dir.getFileName().toString();
        PartInfo info = PartInfo.parse(name);
        try {
            Path ck = dir.resolve(PartFiles.CHECKSUMS);
            if (!Files.exists(ck)) throw new DbException(ErrorCode.NO_FILE_IN_DATA_PART, "No checksums.txt in part " + name);
            Checksums checksums = Checksums.parse(Files.readString(ck, StandardCharsets.UTF_8), name);
            checksums.verify(dir, name, false);
            int version = Integer.parseInt(Files.readString(dir.resolve(PartFiles.FORMAT_VERSION_FILE)).strip());
            if (version > PartFiles.FORMAT_VERSION) {
                throw new DbException(ErrorCode.CORRUPTED_DATA, "Part " + name + " has format version " + version
                        + ", newer than this server reads (" + PartFiles.FORMAT_VERSION + ")");
            }
            Header columns = parseColumns(Files.readString(dir.resolve(PartFiles.COLUMNS), StandardCharsets.UTF_8), name);
            long rows = Long.parseLong(Files.readString(dir.resolve(PartFiles.COUNT)).strip());

            ReadBuffer idx = new ReadBuffer(Files.readAllBytes(dir.resolve(PartFiles.PRIMARY_INDEX)));
            expectMagic(idx, PartFiles.INDEX_MAGIC, PartFiles.PRIMARY_INDEX, name);
            int granules = (int) idx.readVarUInt();
            int[] granuleRows = new int[granules];
            long total = 0;
            for (int g = 0; g < granules; g++) total += granuleRows[g] = (int) idx.readVarUInt();
            if (total != rows) {
                throw new DbException(ErrorCode.CORRUPTED_DATA, "Part " + name + ": granules hold " + total + " rows, count.txt says " + rows);
            }
            int keys = (int) idx.readVarUInt();
            Column[] index = new Column[keys];
            if (granules > 0) {
                for (int k = 0; k < keys; k++) index[k] = NativeSerialization.read(schema.sortingKeyHeader().type(k), idx, granules + 1);
            }

            Column[] partitionValue = new Column[0];
            if (!schema.partitionKey().isEmpty() && Files.exists(dir.resolve(PartFiles.PARTITION))) {
                partitionValue = readValues(dir.resolve(PartFiles.PARTITION), schema.partitionHeader().types(), name);
            }
            Map<String, Column> minmax = new HashMap<>();
            for (String c : schema.minmaxColumns()) {
                Path f = dir.resolve(PartFiles.minmaxFile(c));
                int p = columns.indexOf(c);
                if (Files.exists(f) && p >= 0) minmax.put(c, readValues(f, List.of(columns.type(p)), name)[0]);
            }
            Map<String, String> metadata = new LinkedHashMap<>();
            Path md = dir.resolve(PartFiles.COMMIT_METADATA);
            if (Files.exists(md)) {
                for (String line : Files.readAllLines(md, StandardCharsets.UTF_8)) {
                    int tab = line.indexOf('\t');
                    if (tab > 0) metadata.put(line.substring(0, tab), line.substring(tab + 1).replace("\\n", "\n").replace("\\\\", "\\"));
                }
            }
            BasicFileAttributes ckAttributes = Files.readAttributes(ck, BasicFileAttributes.class);
            long mtime = ckAttributes.lastModifiedTime().toMillis();
            Object identity = new FileIdentity(ckAttributes.fileKey(), ckAttributes.lastModifiedTime().to(TimeUnit.NANOSECONDS),
                    ckAttributes.size());
            return new DataPart(dir, info, columns, rows, granuleRows, index, partitionValue, minmax, checksums, mtime, metadata,
                    identity);
        } catch (IOException e) {
            throw new DbException(ErrorCode.CORRUPTED_DATA, "Cannot load part " + name + ": " + e);
        } catch (RuntimeException e) {
            if (e instanceof DbException) throw e;
            throw new DbException(ErrorCode.CORRUPTED_DATA, "Cannot load part " + name + ": " + e);
        }
    }

    private static void expectMagic(ReadBuffer in, byte[] magic, String file, String part) {
        for (byte b : magic) {
            if (in.read() != (b & 0xFF)) throw new DbException(ErrorCode.CORRUPTED_DATA, "Bad magic in " + file + " of part " + part);
        }
        int v = in.read();
        if (v < 1 || v > PartFiles.FORMAT_VERSION) {
            throw new DbException(ErrorCode.CORRUPTED_DATA, "Unknown version " + v + " of " + file + " in part " + part);
        }
    }

    private static Column[] readValues(Path f, List<DataType> types, String part) throws IOException {
        ReadBuffer in = new ReadBuffer(Files.readAllBytes(f));
        expectMagic(in, PartFiles.VALUES_MAGIC, f.getFileName().toString(), part);
        int n = (int) in.readVarUInt();
        Column[] out = new Column[types.size()];
        for (int i = 0; i < out.length; i++) out[i] = NativeSerialization.read(types.get(i), in, n);
        return out;
    }

    static Header parseColumns(String text, String part) {
        String[] lines = text.split("\n");
        if (lines.length < 2 || !lines[0].startsWith("columns format version: 1")) {
            throw new DbException(ErrorCode.CORRUPTED_DATA, "Bad columns.txt in part " + part);
        }
        int n = Integer.parseInt(lines[1].substring(0, lines[1].indexOf(' ')));
        List<String> names = new ArrayList<>();
        List<DataType> types = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String l = lines[2 + i];
            int end = 1;
            StringBuilder nm = new StringBuilder();
            while (l.charAt(end) != '`') {
                if (l.charAt(end) == '\\') end++;
                nm.append(l.charAt(end++));
            }
            names.add(nm.toString());
            types.add(DataTypes.parse(l.substring(end + 2)));
        }
        return new Header(names, types);
    }

    // ---------------------------------------------------------------------------------------

    /** A column's marks, through the server's mark cache. */
    Marks marks(String column) {
        ColumnFileKey key = fileKey(PartFiles.marksFile(column));
        BoundedCache<ColumnFileKey, Marks> cache = ReadCaches.marks();
        Marks m = cache.get(key);
        if (m == null) {
            m = loadMarks(key.path());
            cache.put(key, m, m.bytes());
        }
        return m;
    }

    private Marks loadMarks(Path f) {
        try {
            ReadBuffer in = new ReadBuffer(Files.readAllBytes(f));
            expectMagic(in, PartFiles.MARKS_MAGIC, f.getFileName().toString(), name());
            int n = granuleRows.length;
            long[] block = new long[n];
            int[] offset = new int[n];
            for (int g = 0; g < n; g++) {
                block[g] = in.readInt64();
                offset[g] = (int) in.readInt64();
            }
            return new Marks(block, offset);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The read caches' key of one of this part's files. */
    ColumnFileKey fileKey(String file) {
        ColumnFileKey k = fileKeys.get(file);
        if (k == null) {
            k = new ColumnFileKey(dir, identity, file);
            fileKeys.put(file, k);
        }
        return k;
    }

    /** Size of one of the part's files as checksums.txt records it, or -1 when not listed. */
    long fileSize(String file) {
        Checksums.Entry e = checksums.files().get(file);
        return e == null ? -1 : e.size();
    }

    /** A compact part's marks (data.mrk3), loaded and checked on first use. */
    CompactMarks compactMarks() {
        CompactMarks m = compactMarks;
        if (m != null) return m;
        synchronized (this) {
            if (compactMarks == null) {
                Checksums.Entry data = checksums.files().get(PartFiles.COMPACT_DATA);
                if (data == null) throw new DbException(ErrorCode.NO_FILE_IN_DATA_PART, "No file " + PartFiles.COMPACT_DATA + " in part " + name());
                try {
                    byte[] bytes = Files.readAllBytes(dir.resolve(PartFiles.COMPACT_MARKS));
                    compactMarks = CompactMarks.parse(bytes, columns.size(), granuleRows, data.size(), name());
                } catch (IOException e) {
                    throw new UncheckedIOException("Cannot read " + PartFiles.COMPACT_MARKS + " of part " + name(), e);
                }
            }
            return compactMarks;
        }
    }

    /**
     * The per-granule bounds of column {@code column} (stored as {@code type}) that reads of this
     * part have learnt so far; created empty on first use.
     */
    LearntGranuleBounds learntBounds(String column, io.strata.core.type.DataType type) {
        return learntBounds.computeIfAbsent(column + "\n" + type.name(), k -> new LearntGranuleBounds(granules()));
    }

    /**
     * The part's file of a data-skipping index, loaded on first use; null when the part has none
     * (written before the index was added and not materialized) or has one built for another
     * definition of the same name. Only files listed in checksums.txt are read.
     */
    SkipIndexFile skipIndex(SkipIndex index) {
        String file = PartFiles.skipIndexFile(index.name());
        return skipIndexes.computeIfAbsent(file + "\n" + index.signature(), k -> {
            if (!checksums.files().containsKey(file)) return java.util.Optional.empty();
            try {
                return java.util.Optional.ofNullable(SkipIndexFile.parse(Files.readAllBytes(dir.resolve(file)), index, name()));
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read " + file + " of part " + name(), e);
            }
        }).orElse(null);
    }

    public Path directory() {
        return dir;
    }

    public PartInfo info() {
        return info;
    }

    public String name() {
        return name;
    }

    /** Wide or compact: how the part's column data is laid out. */
    PartType type() {
        return type;
    }

    /** Columns stored in this part (a part written before ALTER ADD COLUMN lacks the new one). */
    public Header columns() {
        return columns;
    }

    public long rows() {
        return rows;
    }

    public int granules() {
        return granuleRows.length;
    }

    public int granuleRows(int granule) {
        return granuleRows[granule];
    }

    /** First row of a granule; {@code granuleStart(granules())} is the row count. */
    public long granuleStart(int granule) {
        return granuleStart[granule];
    }

    /** Primary index column {@code k}: values at each granule's first row, then the part's last row. */
    public Column indexColumn(int k) {
        return index[k];
    }

    public int indexColumns() {
        return index.length;
    }

    public Column[] partitionValue() {
        return partitionValue;
    }

    /** Min (row 0) and max (row 1) of a partition-key column, or null. */
    public Column minmax(String column) {
        return minmax.get(column);
    }

    public long bytesOnDisk() {
        long sum = 0;
        for (Checksums.Entry e : checksums.files().values()) sum += e.size();
        return sum;
    }

    public long compressedBytes() {
        long sum = 0;
        for (Map.Entry<String, Checksums.Entry> e : checksums.files().entrySet()) {
            if (e.getKey().endsWith(PartFiles.DATA_EXTENSION)) sum += e.getValue().size();
        }
        return sum;
    }

    public long uncompressedBytes() {
        long sum = 0;
        for (Checksums.Entry e : checksums.files().values()) sum += e.uncompressedSize();
        return sum;
    }

    /**
     * Compressed and uncompressed bytes of one column's data file and the size of its marks (0
     * when absent). A compact part has no files per column: 0 as in ClickHouse's system.parts_columns.
     */
    public long[] columnBytes(String column) {
        if (type == PartType.COMPACT) return new long[] {0, 0, 0};
        Checksums.Entry e = checksums.files().get(PartFiles.dataFile(column));
        Checksums.Entry m = checksums.files().get(PartFiles.marksFile(column));
        return e == null ? new long[] {0, 0, 0} : new long[] {e.size(), e.uncompressedSize(), m == null ? 0 : m.size()};
    }

    /**
     * Compressed and uncompressed column data and marks bytes of the whole part (system.parts
     * data_compressed_bytes, data_uncompressed_bytes, marks_bytes): the column files of a wide
     * part, data.bin and data.mrk3 of a compact one. Index, checksums and skip-index files are
     * left out, as ClickHouse does.
     */
    public long[] dataBytes() {
        if (type == PartType.COMPACT) {
            Checksums.Entry d = checksums.files().get(PartFiles.COMPACT_DATA);
            Checksums.Entry m = checksums.files().get(PartFiles.COMPACT_MARKS);
            return new long[] {d == null ? 0 : d.size(), d == null ? 0 : d.uncompressedSize(), m == null ? 0 : m.size()};
        }
        long[] sum = new long[3];
        for (String c : columns.names()) {
            long[] b = columnBytes(c);
            for (int i = 0; i < 3; i++) sum[i] += b[i];
        }
        return sum;
    }

    public long modificationTime() {
        return modificationTime;
    }

    public Map<String, String> commitMetadata() {
        return commitMetadata;
    }

    Checksums checksums() {
        return checksums;
    }

    /** Verifies every file including column data (CHECK TABLE). */
    void verifyAll() throws IOException {
        checksums.verify(dir, name(), true);
    }

    // reference counting -----------------------------------------------------------------

    void acquire() {
        readers.incrementAndGet();
    }

    void release() {
        readers.decrementAndGet();
    }

    boolean inUse() {
        return readers.get() > 0;
    }

    void markOutdated() {
        outdatedSince = System.currentTimeMillis();
        outdated = true;
    }

    boolean isOutdated() {
        return outdated;
    }

    long outdatedSince() {
        return outdatedSince;
    }

    @Override
    public String toString() {
        return name() + Arrays.toString(new long[] {rows});
    }
}
