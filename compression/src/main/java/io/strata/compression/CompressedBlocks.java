package io.strata.compression;

import java.io.IOException;
import java.io.OutputStream;

/**
 * ClickHouse's compressed block, the unit of MergeTree {@code .bin} files, HTTP {@code compress=1}
 * bodies and native-protocol packets:
 * <pre>
 * [16 bytes: CityHash128 v1.0.2 of everything after it]
 * [1 byte: method] [4 bytes LE: compressed size = 9 + payload] [4 bytes LE: uncompressed size]
 * [payload]
 * </pre>
 */
public final class CompressedBlocks {
    public static final int CHECKSUM_SIZE = 16;
    /** Method byte and the two sizes. */
    public static final int HEADER_SIZE = 9;
    /** ClickHouse's min_compress_block_size default. */
    public static final int MIN_COMPRESS_BLOCK_SIZE = 65536;
    /** ClickHouse's max_compress_block_size default. */
    public static final int MAX_COMPRESS_BLOCK_SIZE = 1048576;
    /** Larger blocks are refused as corrupt (ClickHouse's DBMS_MAX_COMPRESSED_SIZE, 1 GiB). */
    public static final int MAX_BLOCK_SIZE = 0x40000000;

    private CompressedBlocks() {
    }

    /** Room needed by {@link #write(Codec, byte[], int, int, byte[], int, BlockChecksum)} for {@code len} bytes. */
    public static int maxBlockSize(Codec codec, int len) {
        return CHECKSUM_SIZE + HEADER_SIZE + codec.maxCompressedSize(len);
    }

    /** Writes the 9-byte header and the payload; returns header + payload length. */
    static int compressWithHeader(Codec codec, byte[] src, int off, int len, byte[] dst, int dstOff) {
        int payload = codec.compress(src, off, len, dst, dstOff + HEADER_SIZE);
        dst[dstOff] = codec.methodByte();
        Bytes.putInt(dst, dstOff + 1, HEADER_SIZE + payload);
        Bytes.putInt(dst, dstOff + 5, len);
        return HEADER_SIZE + payload;
    }

    /** Frames one block into {@code dst} (see {@link #maxBlockSize}); returns its total length. */
    public static int write(Codec codec, byte[] data, int off, int len, byte[] dst, int dstOff, BlockChecksum checksum) {
        int n = compressWithHeader(codec, data, off, len, dst, dstOff + CHECKSUM_SIZE);
        checksum.write(dst, dstOff + CHECKSUM_SIZE, n, dst, dstOff);
        return CHECKSUM_SIZE + n;
    }

    /** Frames one block with ClickHouse's checksum and writes it to {@code out}; returns bytes written. */
    public static int write(Codec codec, byte[] data, int off, int len, OutputStream out) throws IOException {
        return write(codec, data, off, len, out, BlockChecksum.cityHash128());
    }

    public static int write(Codec codec, byte[] data, int off, int len, OutputStream out, BlockChecksum checksum) throws IOException {
        byte[] buf = new byte[maxBlockSize(codec, len)];
        int n = write(codec, data, off, len, buf, 0, checksum);
        out.write(buf, 0, n);
        return n;
    }
}
