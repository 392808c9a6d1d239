package io.strata.nativeproto;

import io.strata.compression.BlockChecksum;
import io.strata.compression.Codec;
import io.strata.compression.Codecs;
import io.strata.compression.CompressedBlocks;
import io.strata.core.error.DbException;
import io.strata.core.error.ErrorCode;
import java.io.InputStream;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * The decompressed bytes of a Data packet sent with compression on: ClickHouse's compressed
 * frames ({@link CompressedBlocks}: CityHash128 v1.0.2 checksum, method byte, sizes, payload),
 * read one at a time as the block reader asks for bytes. Any method byte the compression module
 * decodes is accepted (ClickHouse reads network data with allow_different_codecs), in practice
 * LZ4 (0x82), ZSTD (0x90) and NONE (0x02).
 *
 * <p>The peer's sizes are claims: the compressed bytes are read as they arrive (the buffer grows
 * with them), the checksum is verified before anything is decompressed, and the decompressed size
 * must stay under {@link #maxFrameBytes} and a bounded ratio to the compressed size, so a frame
 * cannot make the server allocate much more than the peer really sent.
 */
public final class CompressedFrameInput extends InputStream {
    /** Decompressed bytes a frame may claim per compressed byte (LZ4 cannot exceed ~255). */
    private static final long MAX_RATIO = 1024;
    /** Below this decompressed size a frame is accepted whatever its ratio (runs of zeros compress well). */
    private static final int RATIO_FREE_BYTES = 64 << 20;
    private static final int GROWTH_STEP = 1 << 20;

    private final PacketInput in;
    private final int maxFrameBytes;
    private final BlockChecksum checksum = BlockChecksum.cityHash128();
    private final byte[] head = new byte[CompressedBlocks.CHECKSUM_SIZE + CompressedBlocks.HEADER_SIZE];
    private final byte[] actual = new byte[CompressedBlocks.CHECKSUM_SIZE];
    private byte[] compressed = new byte[0];
    private byte[] data = new byte[0];
    private int pos;
    private int limit;

    public CompressedFrameInput(PacketInput in, int maxFrameBytes) {
        this.in = in;
        this.maxFrameBytes = maxFrameBytes;
    }

    /** Whether the current frame still holds unread bytes (a block must end where its frame ends). */
    public boolean hasBufferedBytes() {
        return pos < limit;
    }

    @Override
    public int read() {
        while (pos == limit) nextFrame();
        return data[pos++] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) {
        if (len == 0) return 0;
        while (pos == limit) nextFrame();
        int n = Math.min(len, limit - pos);
        System.arraycopy(data, pos, b, off, n);
        pos += n;
        return n;
    }

    private void nextFrame() {
        // a block never continues past a packet: running out here is a truncated block, and
        // reading the next frame is what the block asks for, so the peer must send it
        in.readFully(head, 0, head.length);
        int methodAt = CompressedBlocks.CHECKSUM_SIZE;
        long compressedSize = uint32(head, methodAt + 1);
        long size = uint32(head, methodAt + 5);
        if (compressedSize < CompressedBlocks.HEADER_SIZE || compressedSize > maxFrameBytes) {
            throw new DbException(ErrorCode.TOO_LARGE_SIZE_COMPRESSED, "Too large size_compressed_without_checksum: "
                    + compressedSize + ". Most likely corrupted data");
        }
        if (size > maxFrameBytes || size > RATIO_FREE_BYTES && size > compressedSize * MAX_RATIO) {
            throw new DbException(ErrorCode.TOO_LARGE_SIZE_COMPRESSED, "Too large size_decompressed: " + size
                    + " for " + compressedSize + " compressed bytes. Most likely corrupted data");
        }
        int total = (int) compressedSize;
        if (compressed.length < CompressedBlocks.HEADER_SIZE) compressed = new byte[Math.min(total, GROWTH_STEP)];
        System.arraycopy(head, methodAt, compressed, 0, CompressedBlocks.HEADER_SIZE);
        int got = CompressedBlocks.HEADER_SIZE;
        while (got < total) {
            if (got == compressed.length) compressed = Arrays.copyOf(compressed, (int) Math.min(total, compressed.length + (long) Math.max(GROWTH_STEP, compressed.length)));
            int n = Math.min(compressed.length, total) - got;
            in.readFully(compressed, got, n);
            got += n;
        }
        checksum.write(compressed, 0, total, actual, 0);
        if (!Arrays.equals(actual, 0, actual.length, head, 0, CompressedBlocks.CHECKSUM_SIZE)) {
            HexFormat hex = HexFormat.of();
            throw new DbException(ErrorCode.CHECKSUM_DOESNT_MATCH, "Checksum doesn't match: corrupted data. Reference: "
                    + hex.formatHex(head, 0, CompressedBlocks.CHECKSUM_SIZE) + ". Actual: " + hex.formatHex(actual)
                    + ". Size of compressed block: " + total);
        }
        Codec codec = Codecs.byMethodByte(compressed[0]);
        if (data.length < size) data = new byte[(int) size];
        try {
            codec.decompress(compressed, CompressedBlocks.HEADER_SIZE, total - CompressedBlocks.HEADER_SIZE, data, 0, (int) size);
        } catch (DbException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new DbException(ErrorCode.CANNOT_DECOMPRESS, "Cannot decompress: " + e.getMessage(), e);
        }
        pos = 0;
        limit = (int) size;
    }

    private static long uint32(byte[] b, int off) {
        return (b[off] & 0xFFL) | (b[off + 1] & 0xFFL) << 8 | (b[off + 2] & 0xFFL) << 16 | (b[off + 3] & 0xFFL) << 24;
    }
}
