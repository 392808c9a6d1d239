package io.strata.compression;

import io.strata.core.error.DbException;
import io.strata.core.error.ErrorCode;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * Reads a sequence of compressed blocks: verifies each checksum, finds the codec by method byte
 * and decompresses into a reused buffer. Errors name the block's offset in the stream and the
 * caller's context (a file name, "HTTP request body", ...).
 */
public final class CompressedBlockReader {
    private final InputStream in;
    private final String context;
    private final BlockChecksum checksum;
    private final boolean verify;
    private final byte[] head = new byte[CompressedBlocks.CHECKSUM_SIZE + CompressedBlocks.HEADER_SIZE];
    private final byte[] expected = new byte[CompressedBlocks.CHECKSUM_SIZE];
    private byte[] compressed = new byte[0];
    private byte[] data = new byte[0];
    private int length;
    private long position;
    private long blockPosition = -1;

    public CompressedBlockReader(InputStream in, String context) {
        this(in, context, BlockChecksum.cityHash128(), true);
    }

    /** {@code verify = false} skips checksums, like ClickHouse's disable_checksum. */
    public CompressedBlockReader(InputStream in, String context, BlockChecksum checksum, boolean verify) {
        this.in = in;
        this.context = context;
        this.checksum = checksum;
        this.verify = verify;
    }

    /** Reads the next block; returns its uncompressed length, or -1 at a clean end of stream. */
    public int next() throws IOException {
        int got = in.readNBytes(head, 0, head.length);
        if (got == 0) {
            length = 0;
            return -1;
        }
        blockPosition = position;
        if (got < head.length) {
            throw error(ErrorCode.CANNOT_READ_ALL_DATA, "Cannot read all data: block header truncated after " + got + " bytes");
        }
        int method = CompressedBlocks.CHECKSUM_SIZE;
        long compressedSize = Bytes.getInt(head, method + 1) & 0xFFFFFFFFL;
        long size = Bytes.getInt(head, method + 5) & 0xFFFFFFFFL;
        if (compressedSize > CompressedBlocks.MAX_BLOCK_SIZE || compressedSize < CompressedBlocks.HEADER_SIZE) {
            throw error(ErrorCode.TOO_LARGE_SIZE_COMPRESSED,
                    "Too large size_compressed_without_checksum: " + compressedSize + ". Most likely corrupted data");
        }
        if (size > CompressedBlocks.MAX_BLOCK_SIZE) {
            throw error(ErrorCode.TOO_LARGE_SIZE_COMPRESSED, "Too large size_decompressed: " + size + ". Most likely corrupted data");
        }
        int total = (int) compressedSize;
        if (compressed.length < total) {
            compressed = new byte[Math.max(total, compressed.length * 2)];
        }
        System.arraycopy(head, method, compressed, 0, CompressedBlocks.HEADER_SIZE);
        int rest = total - CompressedBlocks.HEADER_SIZE;
        if (in.readNBytes(compressed, CompressedBlocks.HEADER_SIZE, rest) < rest) {
            throw error(ErrorCode.CANNOT_READ_ALL_DATA, "Cannot read all data: block of " + total + " bytes truncated");
        }
        position += CompressedBlocks.CHECKSUM_SIZE + total;
        if (verify) {
            checksum.write(compressed, 0, total, expected, 0);
            if (!Arrays.equals(expected, 0, expected.length, head, 0, CompressedBlocks.CHECKSUM_SIZE)) {
                throw error(ErrorCode.CHECKSUM_DOESNT_MATCH, "Checksum doesn't match: corrupted data. Reference: "
                        + checksumHex(head) + ". Actual: " + checksumHex(expected) + ". Size of compressed block: " + total);
            }
        }
        Codec codec;
        try {
            codec = Codecs.byMethodByte(compressed[0]);
        } catch (DbException e) {
            throw error(e.code(), e.getMessage());
        }
        if (data.length < size) {
            data = new byte[(int) Math.max(size, Math.min(CompressedBlocks.MAX_BLOCK_SIZE, data.length * 2L))];
        }
        try {
            codec.decompress(compressed, CompressedBlocks.HEADER_SIZE, rest, data, 0, (int) size);
        } catch (DbException e) {
            throw error(e.code(), e.getMessage());
        }
        length = (int) size;
        return length;
    }

    /** The decompressed bytes of the current block: {@code buffer()[0, length())}. */
    public byte[] buffer() {
        return data;
    }

    public int length() {
        return length;
    }

    /** Offset in the compressed stream where the current block starts (for marks and messages). */
    public long blockPosition() {
        return blockPosition;
    }

    /** Offset in the compressed stream after the current block. */
    public long position() {
        return position;
    }

    /** A checksum as ClickHouse prints it: each 64-bit half (stored little-endian) as a hex number. */
    private static String checksumHex(byte[] checksum) {
        return HexFormat.of().toHexDigits(Bytes.getLong(checksum, 0)) + HexFormat.of().toHexDigits(Bytes.getLong(checksum, 8));
    }

    private DbException error(ErrorCode code, String message) {
        return new DbException(code, message + " (block at offset " + blockPosition + (context == null || context.isEmpty() ? "" : " of " + context) + ")");
    }
}
