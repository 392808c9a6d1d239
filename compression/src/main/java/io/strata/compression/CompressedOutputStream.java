package io.strata.compression;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Cuts written bytes into compressed blocks like ClickHouse's CompressedWriteBuffer: a block is
 * emitted when {@code maxBlockSize} bytes are buffered, on {@link #flush()}, and on
 * {@link #markBoundary()} once at least {@code minBlockSize} bytes are buffered (MergeTree calls
 * it after each granule so that marks point at block starts as often as is worthwhile).
 */
public final class CompressedOutputStream extends OutputStream {
    private final OutputStream out;
    private final Codec codec;
    private final BlockChecksum checksum;
    private final int minBlockSize;
    private final byte[] buf;
    private byte[] block;
    private int count;
    private long written;

    public CompressedOutputStream(OutputStream out, Codec codec) {
        this(out, codec, BlockChecksum.cityHash128(), CompressedBlocks.MIN_COMPRESS_BLOCK_SIZE, CompressedBlocks.MAX_COMPRESS_BLOCK_SIZE);
    }

    public CompressedOutputStream(OutputStream out, Codec codec, BlockChecksum checksum, int minBlockSize, int maxBlockSize) {
        if (minBlockSize < 0 || maxBlockSize <= 0 || minBlockSize > maxBlockSize) {
            throw new IllegalArgumentException("block sizes " + minBlockSize + ".." + maxBlockSize);
        }
        this.out = out;
        this.codec = codec;
        this.checksum = checksum;
        this.minBlockSize = minBlockSize;
        this.buf = new byte[maxBlockSize];
        this.block = new byte[CompressedBlocks.maxBlockSize(codec, maxBlockSize)];
    }

    @Override
    public void write(int b) throws IOException {
        if (count == buf.length) {
            emit();
        }
        buf[count++] = (byte) b;
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        while (len > 0) {
            if (count == buf.length) {
                emit();
            }
            int n = Math.min(len, buf.length - count);
            System.arraycopy(b, off, buf, count, n);
            count += n;
            off += n;
            len -= n;
        }
    }

    /** A point where a block may end: emits the buffered bytes if they reach the minimum block size. */
    public void markBoundary() throws IOException {
        if (count >= minBlockSize && count > 0) {
            emit();
        }
    }

    /** Bytes of compressed output so far: where the block holding the next byte will start. */
    public long compressedOffset() {
        return written;
    }

    /** Position of the next byte inside the block being buffered. */
    public int offsetInBlock() {
        return count;
    }

    private void emit() throws IOException {
        if (count == 0) {
            return;
        }
        int n = CompressedBlocks.write(codec, buf, 0, count, block, 0, checksum);
        out.write(block, 0, n);
        written += n;
        count = 0;
    }

    @Override
    public void flush() throws IOException {
        emit();
        out.flush();
    }

    @Override
    public void close() throws IOException {
        flush();
        out.close();
    }
}
