package io.strata.nativeproto;

import io.strata.core.block.Chunk;
import io.strata.core.block.Header;
import io.strata.core.column.Column;
import io.strata.core.error.DbException;
import io.strata.core.error.ErrorCode;
import io.strata.core.io.ReadBuffer;
import io.strata.core.type.ArrayType;
import io.strata.core.type.DataType;
import io.strata.core.type.DataTypes;
import io.strata.core.type.LowCardinalityType;
import io.strata.core.type.MapType;
import io.strata.core.type.NullableType;
import io.strata.core.type.TupleType;
import io.strata.core.type.binary.NativeSerialization;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads a block sent by a peer (the layout {@link NativeBlockWriter} writes). A Native block has
 * no length prefix and its sizes (rows, string lengths, array offsets, dictionary sizes) are the
 * peer's claims, so the block is read in two passes: the first walks the layout type by type,
 * copying the bytes as they arrive and checking every size against the bytes that really follow
 * (and the block against {@code maxBlockBytes}); only then are the columns decoded, from those
 * bytes, by {@link NativeSerialization}. No allocation is ever sized by a claim that the peer did
 * not back with data.
 */
public final class NativeBlockReader {
    /** Limits on what one block may hold. */
    public static final int MAX_COLUMNS = 100_000;
    private static final int MAX_NAME_BYTES = 1 << 16;
    private static final int MAX_TYPE_NAME_BYTES = 1 << 20;
    private static final int MAX_ROWS = Integer.MAX_VALUE - 16;
    /** Bytes read from the stream at once while copying a block. */
    private static final int READ_STEP = 1 << 20;
    /** The only LowCardinality keys version the Native layout uses (SharedDictionariesWithAdditionalKeys). */
    private static final long LOW_CARDINALITY_KEYS_VERSION = 1;
    private static final long LC_NEED_GLOBAL_DICTIONARY = 1L << 8;
    private static final long LC_HAS_ADDITIONAL_KEYS = 1L << 9;
    private static final long LC_NEED_UPDATE_DICTIONARY = 1L << 10;
    private static final long LC_MAX_INDEX_TYPE = 3;

    /** A received block: its columns' names and types as the peer sent them, and the data. */
    public record Block(Header header, Chunk chunk, boolean overflows) {
        public int rows() {
            return chunk.rowCount();
        }

        public boolean isEmpty() {
            return header.size() == 0 && chunk.rowCount() == 0;
        }
    }

    private final int revision;
    private final int maxBlockBytes;
    private InputStream in;
    private byte[] bytes = new byte[256];
    private int size;
    /** The previous block's size (0 after an empty block): where a large buffer starts. */
    private int sizeHint;

    public NativeBlockReader(int revision, int maxBlockBytes) {
        this.revision = revision;
        this.maxBlockBytes = maxBlockBytes;
    }

    /** Reads one block from {@code source}. */
    public Block read(InputStream source) {
        this.in = source;
        this.size = 0;
        try {
            boolean overflows = false;
            if (revision > 0) overflows = readBlockInfo();
            long columns = varUInt();
            long rows = varUInt();
            if (columns > MAX_COLUMNS) throw tooLarge("Too many columns in a block: " + Long.toUnsignedString(columns));
            if (rows < 0 || rows > MAX_ROWS) throw tooLarge("Too many rows in a block: " + Long.toUnsignedString(rows));
            int n = (int) rows;
            List<String> names = new ArrayList<>();
            List<DataType> types = new ArrayList<>();
            List<int[]> spans = new ArrayList<>();
            for (int c = 0; c < columns; c++) {
                names.add(string(MAX_NAME_BYTES));
                DataType type = parseType(string(MAX_TYPE_NAME_BYTES));
                types.add(type);
                if (revision >= Protocol.DBMS_MIN_REVISION_WITH_CUSTOM_SERIALIZATION) {
                    int custom = bytes[take(1)];
                    if (custom != 0) {
                        throw new DbException(ErrorCode.NOT_IMPLEMENTED, "Column " + names.getLast()
                                + " is sent with a custom (sparse) serialization, which this server does not read");
                    }
                }
                int start = size;
                if (n > 0) {
                    walkPrefix(type);
                    walkData(type, n);
                }
                spans.add(new int[] {start, size});
            }
            Column[] decoded = new Column[names.size()];
            ReadBuffer buffer = new ReadBuffer(bytes, 0, 0);
            for (int c = 0; c < decoded.length; c++) {
                DataType type = types.get(c);
                if (n == 0) {
                    decoded[c] = type.createBuilder(0).build();
                } else {
                    int[] span = spans.get(c);
                    buffer.reset(bytes, span[0], span[1] - span[0]);
                    decoded[c] = NativeSerialization.read(type, buffer, n);
                }
            }
            // an INSERT sends block after block of about the same size: the next block's buffer
            // starts at this one's size (regrowing it from nothing copied each block twice over),
            // but a large one is not held while the decoded block waits to be taken
            sizeHint = n > 0 ? size : 0;
            return new Block(new Header(names, types), new Chunk(decoded, n), overflows);
        } finally {
            if (bytes.length > READ_STEP) bytes = new byte[256];
            in = null;
        }
    }

    private boolean readBlockInfo() {
        boolean overflows = false;
        while (true) {
            long field = varUInt();
            if (field == Protocol.BLOCK_INFO_END) return overflows;
            if (field == Protocol.BLOCK_INFO_IS_OVERFLOWS) {
                overflows = bytes[take(1)] != 0;
            } else if (field == Protocol.BLOCK_INFO_BUCKET_NUM) {
                take(4);
            } else {
                throw new DbException(ErrorCode.INCORRECT_DATA, "Unknown BlockInfo field number " + Long.toUnsignedString(field));
            }
        }
    }

    private static DataType parseType(String name) {
        try {
            return DataTypes.parse(name);
        } catch (StackOverflowError e) {
            throw new DbException(ErrorCode.UNKNOWN_TYPE, "Data type is nested too deeply: " + name.substring(0, Math.min(100, name.length())) + "...");
        }
    }

    // ---- the checking pass: copies bytes and validates every claimed size --------------------

    private void walkPrefix(DataType type) {
        switch (type) {
            case LowCardinalityType t -> {
                long version = int64(take(8));
                if (version != LOW_CARDINALITY_KEYS_VERSION) {
                    throw new DbException(ErrorCode.INCORRECT_DATA, "Invalid version for SerializationLowCardinality key column: " + version);
                }
            }
            case NullableType t -> walkPrefix(t.inner());
            case ArrayType t -> walkPrefix(t.element());
            case MapType t -> walkPrefix(t.nested());
            case TupleType t -> {
                for (DataType e : t.elements()) walkPrefix(e);
            }
            default -> {
            }
        }
    }

    private void walkData(DataType type, long rows) {
        if (rows == 0) return;
        switch (type.physicalKind()) {
            case LONG, DOUBLE, BIG -> take(rows * width(type));
            case BYTES -> {
                if (type.fixedWidth() > 0) {
                    take(rows * type.fixedWidth());
                } else {
                    for (long r = 0; r < rows; r++) {
                        long len = varUInt();
                        if (len < 0 || len > maxBlockBytes) throw tooLarge("Too large string size: " + Long.toUnsignedString(len));
                        take(len);
                    }
                }
            }
            case NOTHING -> take(rows);
            case NULLABLE -> {
                take(rows);
                walkData(((NullableType) type).inner(), rows);
            }
            case ARRAY -> {
                int at = take(rows * 8);
                long prev = 0;
                for (long r = 0; r < rows; r++) {
                    long o = int64(at + (int) (r * 8));
                    if (Long.compareUnsigned(o, prev) < 0 || Long.compareUnsigned(o, MAX_ROWS) > 0) {
                        throw new DbException(ErrorCode.INCORRECT_DATA, "Corrupted array offsets: " + Long.toUnsignedString(o)
                                + " after " + prev);
                    }
                    prev = o;
                }
                walkData(((ArrayType) type).element(), prev);
            }
            case MAP -> walkData(((MapType) type).nested(), rows);
            case TUPLE -> {
                for (DataType e : ((TupleType) type).elements()) walkData(e, rows);
            }
            case LOW_CARDINALITY -> walkLowCardinality((LowCardinalityType) type, rows);
        }
    }

    private void walkLowCardinality(LowCardinalityType type, long rows) {
        DataType keyType = type.inner() instanceof NullableType nt ? nt.inner() : type.inner();
        long done = 0;
        while (done < rows) {
            long flags = int64(take(8));
            long indexType = flags & ~(LC_NEED_GLOBAL_DICTIONARY | LC_HAS_ADDITIONAL_KEYS | LC_NEED_UPDATE_DICTIONARY);
            if (indexType < 0 || indexType > LC_MAX_INDEX_TYPE || (flags & LC_NEED_GLOBAL_DICTIONARY) != 0
                    || (flags & LC_HAS_ADDITIONAL_KEYS) == 0) {
                throw new DbException(ErrorCode.INCORRECT_DATA, "Invalid LowCardinality index serialization type " + Long.toUnsignedString(flags));
            }
            long keys = int64(take(8));
            if (keys < 0 || keys > MAX_ROWS) throw tooLarge("Too many LowCardinality keys: " + Long.toUnsignedString(keys));
            walkData(keyType, keys);
            long sectionRows = int64(take(8));
            if (sectionRows < 0 || sectionRows > rows - done) {
                throw new DbException(ErrorCode.INCORRECT_DATA, "LowCardinality row count " + Long.toUnsignedString(sectionRows)
                        + ", expected at most " + (rows - done));
            }
            if (sectionRows == 0) throw new DbException(ErrorCode.INCORRECT_DATA, "Empty LowCardinality section");
            take(sectionRows << indexType);
            done += sectionRows;
        }
    }

    private static int width(DataType type) {
        int w = type.fixedWidth();
        if (w <= 0) throw new DbException(ErrorCode.NOT_IMPLEMENTED, "Type " + type.name() + " cannot be read from a Native block");
        return w;
    }

    // ---- the copy ----------------------------------------------------------------------------

    /** Copies the next {@code n} bytes from the stream; returns where they start in {@link #bytes}. */
    private int take(long n) {
        if (n < 0 || n > maxBlockBytes - (long) size) {
            throw tooLarge("Block is larger than " + maxBlockBytes + " bytes");
        }
        int start = size;
        long left = n;
        while (left > 0) {
            int step = (int) Math.min(left, READ_STEP);
            if (size + step > bytes.length) {
                long grown = Math.max(Math.max((long) bytes.length * 2, (long) size + step), sizeHint);
                bytes = Arrays.copyOf(bytes, (int) Math.min(grown, maxBlockBytes));
            }
            int got;
            try {
                got = in.readNBytes(bytes, size, step);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            size += got;
            if (got < step) throw PacketInput.eof();
            left -= step;
        }
        return start;
    }

    /** {@link #take}(1) without the bulk-copy overhead: strings start with one of these per row. */
    private int takeByte() {
        if (size >= maxBlockBytes) throw tooLarge("Block is larger than " + maxBlockBytes + " bytes");
        int b;
        try {
            b = in.read();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (b < 0) throw PacketInput.eof();
        if (size == bytes.length) bytes = Arrays.copyOf(bytes, (int) Math.min((long) bytes.length * 2, maxBlockBytes));
        bytes[size++] = (byte) b;
        return b;
    }

    private long varUInt() {
        long v = 0;
        for (int i = 0; i < 10; i++) {
            int b = takeByte();
            v |= (long) (b & 0x7F) << (7 * i);
            if ((b & 0x80) == 0) return v;
        }
        throw new DbException(ErrorCode.INCORRECT_DATA, "Malformed VarUInt in a block: more than 10 bytes");
    }

    private String string(int max) {
        long len = varUInt();
        if (len < 0 || len > max) throw new DbException(ErrorCode.TOO_LARGE_STRING_SIZE, "Too large string size: " + Long.toUnsignedString(len));
        int at = take(len);
        return new String(bytes, at, (int) len, StandardCharsets.UTF_8);
    }

    private long int64(int at) {
        long v = 0;
        for (int i = 0; i < 8; i++) v |= (bytes[at + i] & 0xFFL) << (8 * i);
        return v;
    }

    private static DbException tooLarge(String message) {
        return new DbException(ErrorCode.TOO_LARGE_ARRAY_SIZE, message);
    }
}
