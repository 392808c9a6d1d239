package io.strata.mergetree;

import io.strata.compression.BlockChecksum;
import io.strata.compression.Codecs;
import io.strata.compression.CompressedBlocks;
import io.strata.core.column.Column;
import io.strata.core.error.DbException;
import io.strata.core.error.ErrorCode;
import io.strata.core.io.ReadBuffer;
import io.strata.core.type.DataType;
import io.strata.core.type.binary.NativeSerialization;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedByInterruptException;
import java.nio.channels.ClosedChannelException;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * A column of a wide part (its own {@code .bin} file), read granule by granule. A granule starts where its mark points: a
 * compressed block of the {@code .bin} file and an offset inside the decompressed block. The
 * block is read with one positional read on the file's shared channel ({@link OpenColumnFiles}),
 * its checksum verified and decompressed — or, with the uncompressed cache on, taken from the
 * cache. A granule that lies within its block (every granule but those of columns whose granules
 * pass the maximum block size) is decoded straight out of the decompressed bytes, without copying
 * them into a stream buffer first; consecutive granules of one block reuse it.
 *
 * <p>Without the cache the compressed and decompressed bytes go to buffers this cursor reuses, so
 * a read allocates only the columns it returns (which copy what they keep). A String column read
 * with its encoding kept ({@link ReadOptions#keepStringEncoding}) decompresses every block into a
 * new array instead, which a granule filling the whole block keeps as its column's bytes.
 */
final class WideColumnCursor implements ColumnCursor {
    /** Bytes read ahead of a block's start: a block of up to this size costs one read. */
    static final int READ_SIZE = 1 << 16;
    private static final int FRAME_HEADER = CompressedBlocks.CHECKSUM_SIZE + CompressedBlocks.HEADER_SIZE;
    private static final byte[] NO_BYTES = new byte[0];

    private final DataPart part;
    private final String column;
    private final DataType type;
    private final ColumnFileKey file;
    private final boolean cacheBlocks;
    private final boolean keepStringEncoding;
    private final boolean freshBlocks;
    private final ReadBuffer window = new ReadBuffer(NO_BYTES);
    private DataPart.Marks marks;
    private long fileSize = -1;
    private OpenColumnFiles.Handle handle;
    private byte[] compressed = NO_BYTES; // file bytes [compressedStart, +compressedLength) as last read
    private long compressedStart = -1;
    private int compressedLength;
    private byte[] scratch = NO_BYTES;    // decompressed bytes when the cache is off

    // the current decompressed block: data[0, length) of the block at offset, followed by next
    private byte[] data = NO_BYTES;
    private int length;
    private long offset = -1;
    private long next;

    WideColumnCursor(DataPart part, String column, DataType type, ReadOptions options) {
        this.part = part;
        this.column = column;
        this.type = type;
        this.file = part.fileKey(PartFiles.dataFile(column));
        this.cacheBlocks = options.cacheBlocks() && ReadCaches.blocks().capacity() > 0;
        this.keepStringEncoding = options.keepStringEncoding();
        // a String column kept encoded decompresses each block into an array of its own: a granule
        // that fills its block (the usual case for long strings) then keeps that array uncopied
        this.freshBlocks = keepStringEncoding && type.id() == io.strata.core.type.TypeId.STRING;
    }

    /** Granule {@code granule} ({@code rows} rows) of the column. */
    @Override
    public Column read(int granule, int rows) {
        try {
            if (marks == null) {
                marks = part.marks(column);
                fileSize = part.fileSize(file.file());
            }
            long blockOffset = marks.blockOffset()[granule];
            int start = marks.offsetInBlock()[granule];
            if (blockOffset != offset) load(blockOffset);
            // where the granule ends: the next mark, or the end of the file for the last one
            boolean last = granule + 1 >= marks.blockOffset().length;
            long endBlock = last ? fileSize() : marks.blockOffset()[granule + 1];
            int endInBlock = last ? 0 : marks.offsetInBlock()[granule + 1];
            if (endBlock == offset || endBlock == next && endInBlock == 0) {
                int end = endBlock == offset ? endInBlock : length;
                if (start > end || end > length) throw corrupted("mark " + granule + " points past its block");
                window.reset(data, start, end - start);
                return keepStringEncoding ? NativeSerialization.readKeepingEncoding(type, window, rows, cacheBlocks || freshBlocks)
                        : NativeSerialization.read(type, window, rows);
            }
            // the granule continues into the following blocks
            return NativeSerialization.read(type, new ReadBuffer(new Spanning(start)), rows);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file.path(), e);
        } catch (DbException e) {
            throw new DbException(e.code(), e.getMessage() + " (while reading column " + column
                    + " of part " + part.name() + " at " + part.directory() + ")");
        } catch (UncheckedIOException e) {
            throw new DbException(ErrorCode.CANNOT_READ_ALL_DATA,
                    "Cannot read column " + column + " of part " + part.name() + ": " + e.getCause());
        }
    }

    private long fileSize() throws IOException {
        if (fileSize < 0) fileSize = channel().size();
        return fileSize;
    }

    /** Makes the block at {@code blockOffset} current. */
    private void load(long blockOffset) throws IOException {
        if (blockOffset >= fileSize()) {
            // a mark at the very end: granules of a type that writes no bytes
            data = NO_BYTES;
            length = 0;
            offset = blockOffset;
            next = blockOffset;
            return;
        }
        ReadCaches.BlockKey key = null;
        if (cacheBlocks) {
            key = new ReadCaches.BlockKey(file, blockOffset);
            ReadCaches.CachedBlock cached = ReadCaches.blocks().get(key);
            if (cached != null) {
                data = cached.data();
                length = cached.data().length;
                offset = blockOffset;
                next = blockOffset + cached.framedSize();
                return;
            }
        }
        int at = readFramed(blockOffset);
        int framed = CompressedBlocks.CHECKSUM_SIZE + readIntLE(compressed, at + CompressedBlocks.CHECKSUM_SIZE + 1);
        int size = readIntLE(compressed, at + CompressedBlocks.CHECKSUM_SIZE + 5);
        byte[] target;
        if (cacheBlocks || freshBlocks) {
            target = new byte[size];
        } else {
            if (scratch.length < size) scratch = new byte[Math.max(size, Math.min(CompressedBlocks.MAX_BLOCK_SIZE, scratch.length * 2))];
            target = scratch;
        }
        Codecs.byMethodByte(compressed[at + CompressedBlocks.CHECKSUM_SIZE])
                .decompress(compressed, at + FRAME_HEADER, framed - FRAME_HEADER, target, 0, size);
        if (cacheBlocks) {
            ReadCaches.blocks().put(key, new ReadCaches.CachedBlock(target, framed), (long) size + ReadCaches.ENTRY_OVERHEAD);
        }
        data = target;
        length = size;
        offset = blockOffset;
        next = blockOffset + framed;
    }

    /**
     * Brings the framed block at {@code blockOffset} (checksum, header, payload) into
     * {@code compressed}, verifies its checksum and returns where in {@code compressed} it starts.
     * A read takes {@link #READ_SIZE} bytes at least, so the following small blocks of a granule
     * run are usually there already.
     */
    private int readFramed(long blockOffset) throws IOException {
        long available = fileSize() - blockOffset;
        if (available < FRAME_HEADER) throw corrupted("block header truncated at offset " + blockOffset);
        if (blockOffset < compressedStart || blockOffset + FRAME_HEADER > compressedStart + compressedLength) {
            int first = (int) Math.min(available, READ_SIZE);
            if (compressed.length < first) compressed = new byte[READ_SIZE];
            readFully(compressed, 0, first, blockOffset);
            compressedStart = blockOffset;
            compressedLength = first;
        }
        int at = (int) (blockOffset - compressedStart);
        long compressedSize = Integer.toUnsignedLong(readIntLE(compressed, at + CompressedBlocks.CHECKSUM_SIZE + 1));
        long size = Integer.toUnsignedLong(readIntLE(compressed, at + CompressedBlocks.CHECKSUM_SIZE + 5));
        if (compressedSize > CompressedBlocks.MAX_BLOCK_SIZE || compressedSize < CompressedBlocks.HEADER_SIZE) {
            throw new DbException(ErrorCode.TOO_LARGE_SIZE_COMPRESSED, "Too large size_compressed_without_checksum: "
                    + compressedSize + ". Most likely corrupted data (block at offset " + blockOffset + " of " + file.file() + ")");
        }
        if (size > CompressedBlocks.MAX_BLOCK_SIZE) {
            throw new DbException(ErrorCode.TOO_LARGE_SIZE_COMPRESSED, "Too large size_decompressed: " + size
                    + ". Most likely corrupted data (block at offset " + blockOffset + " of " + file.file() + ")");
        }
        int framed = CompressedBlocks.CHECKSUM_SIZE + (int) compressedSize;
        if (framed > available) throw corrupted("block of " + framed + " bytes truncated at offset " + blockOffset);
        if (at + framed > compressedLength) {
            // the block goes past what was read: move its start to the front and read the rest
            if (compressed.length < framed) {
                byte[] grown = new byte[framed];
                System.arraycopy(compressed, at, grown, 0, compressedLength - at);
                compressed = grown;
            } else {
                System.arraycopy(compressed, at, compressed, 0, compressedLength - at);
            }
            int have = compressedLength - at;
            readFully(compressed, have, framed - have, blockOffset + have);
            compressedStart = blockOffset;
            compressedLength = framed;
            at = 0;
        }
        byte[] actual = new byte[CompressedBlocks.CHECKSUM_SIZE];
        BlockChecksum.cityHash128().write(compressed, at + CompressedBlocks.CHECKSUM_SIZE, (int) compressedSize, actual, 0);
        if (!Arrays.equals(actual, 0, actual.length, compressed, at, at + CompressedBlocks.CHECKSUM_SIZE)) {
            HexFormat hex = HexFormat.of();
            throw new DbException(ErrorCode.CHECKSUM_DOESNT_MATCH, "Checksum doesn't match: corrupted data. Reference: "
                    + hex.formatHex(compressed, at, at + CompressedBlocks.CHECKSUM_SIZE) + ". Actual: " + hex.formatHex(actual)
                    + ". Size of compressed block: " + compressedSize + " (block at offset " + blockOffset + " of " + file.file() + ")");
        }
        return at;
    }

    private static int readIntLE(byte[] b, int at) {
        return b[at] & 0xFF | (b[at + 1] & 0xFF) << 8 | (b[at + 2] & 0xFF) << 16 | (b[at + 3] & 0xFF) << 24;
    }

    private void readFully(byte[] into, int from, int count, long position) throws IOException {
        ByteBuffer target = ByteBuffer.wrap(into, from, count);
        boolean retried = false;
        while (target.hasRemaining()) {
            int n;
            try {
                n = channel().read(target, position + target.position() - from);
            } catch (ClosedByInterruptException e) {
                throw e;
            } catch (ClosedChannelException e) {
                // another reader's thread was interrupted mid-read, which closes a shared channel:
                // take a fresh one, once
                if (retried) throw e;
                retried = true;
                ReadCaches.files().release(handle);
                handle = null;
                continue;
            }
            if (n < 0) throw corrupted("unexpected end of file at offset " + (position + target.position() - from));
        }
    }

    private java.nio.channels.FileChannel channel() throws IOException {
        if (handle == null) handle = ReadCaches.files().acquire(file);
        return handle.channel;
    }

    private DbException corrupted(String what) {
        return new DbException(ErrorCode.CANNOT_READ_ALL_DATA, "Cannot read all data: " + what + " in " + file.file());
    }

    @Override
    public void close() {
        if (handle != null) {
            ReadCaches.files().release(handle);
            handle = null;
        }
    }

    /** The column's bytes from {@code start} in the current block on, across block boundaries. */
    private final class Spanning extends InputStream {
        private int position;

        Spanning(int start) {
            this.position = start;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (len == 0) return 0;
            while (position >= length) {
                if (next >= fileSize()) return -1;
                load(next);
                position = 0;
            }
            int n = Math.min(len, length - position);
            System.arraycopy(data, position, b, off, n);
            position += n;
            return n;
        }
    }
}
