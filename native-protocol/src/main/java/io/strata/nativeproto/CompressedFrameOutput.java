package io.strata.nativeproto;

import io.strata.compression.BlockChecksum;
import io.strata.compression.Codec;
import io.strata.compression.CompressedBlocks;

/**
 * Writes a serialized block as ClickHouse's compressed frames ({@link CompressedBlocks}: checksum,
 * method byte, sizes, payload), each of at most 1 MiB of block bytes, the last one ending with the
 * block: the peer's frame reader ({@link CompressedFrameInput}) must find the block's end at a frame
 * boundary. Both sides of the protocol use it (the server for result blocks, the client for INSERT
 * blocks). Not thread-safe: one per connection.
 */
public final class CompressedFrameOutput {
    private final Codec codec;
    private final BlockChecksum checksum = BlockChecksum.cityHash128();
    private byte[] frame = new byte[0];

    public CompressedFrameOutput(Codec codec) {
        this.codec = codec;
    }

    public Codec codec() {
        return codec;
    }

    /** Frames {@code bytes[0, len)} into {@code out}. */
    public void write(byte[] bytes, int len, PacketOutput out) {
        for (int off = 0, n; off < len; off += n) {
            n = Math.min(len - off, CompressedBlocks.MAX_COMPRESS_BLOCK_SIZE);
            int room = CompressedBlocks.maxBlockSize(codec, n);
            if (frame.length < room) frame = new byte[room];
            int framed = CompressedBlocks.write(codec, bytes, off, n, frame, 0, checksum);
            out.writeRaw(frame, 0, framed);
        }
    }
}
