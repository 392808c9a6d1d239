package io.strata.nativeproto;

import io.strata.compression.BlockChecksum;
import io.strata.compression.Codec;
import io.strata.compression.CompressedBlocks;
import io.strata.core.io.WriteBuffer;

/**
 * Writes a serialized block as ClickHouse's compressed frames ({@link CompressedBlocks}: checksum,
 * method byte, sizes, payload), each of at most 1 MiB of block bytes, the last one ending with the
 * block: the peer's frame reader ({@link CompressedFrameInput}) must find the block's end at a frame
 * boundary. Both sides of the protocol use it (the server for result blocks, the client for INSERT
 * blocks). Holds no state but the codec: safe to share between threads.
 */
public final class CompressedFrameOutput {
    private final Codec codec;
    private final BlockChecksum checksum = BlockChecksum.cityHash128();

    public CompressedFrameOutput(Codec codec) {
        this.codec = codec;
    }

    public Codec codec() {
        return codec;
    }

    /** Frames {@code bytes[0, len)} into {@code out}. */
    public void write(byte[] bytes, int len, PacketOutput out) {
        write(bytes, len, out.buffer());
    }

    /** Frames {@code bytes[0, len)} into {@code out}, each frame compressed straight into its buffer. */
    public void write(byte[] bytes, int len, WriteBuffer out) {
        for (int off = 0, n; off < len; off += n) {
            n = Math.min(len - off, CompressedBlocks.MAX_COMPRESS_BLOCK_SIZE);
            int room = CompressedBlocks.maxBlockSize(codec, n);
            byte[] dst = out.reserve(room);
            int framed = CompressedBlocks.write(codec, bytes, off, n, dst, out.size(), checksum);
            out.advance(framed);
        }
    }
}
