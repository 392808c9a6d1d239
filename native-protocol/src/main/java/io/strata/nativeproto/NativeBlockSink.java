package io.strata.nativeproto;

import io.strata.core.error.DbException;
import io.strata.core.error.ErrorCode;
import io.strata.core.io.WriteBuffer;
import java.io.OutputStream;
import java.lang.foreign.MemorySegment;
import java.nio.ByteBuffer;

/**
 * Serializes a block into native memory: writers fill a small heap buffer, which stays in the
 * core's cache and drains into the block's native buffer, and column arrays go straight into it
 * ({@link WriteBuffer.BulkSink}). The native buffer grows when the block outgrows it. One per
 * encoder thread; not thread-safe.
 */
final class NativeBlockSink extends OutputStream implements WriteBuffer.BulkSink {
    /** Small enough to stay in a core's L2 cache between its fill and its copy out. */
    static final int STAGING_BYTES = 1 << 16;
    /** Largest block: a ByteBuffer's limit. */
    private static final long MAX_BLOCK_BYTES = Integer.MAX_VALUE - 16;

    private final WriteBuffer buffer = new WriteBuffer(this, STAGING_BYTES);
    private ByteBuffer target;

    /** Starts a block in {@code into} (which may grow into another buffer); returns the buffer to serialize it into. */
    WriteBuffer begin(ByteBuffer into) {
        target = into.clear();
        buffer.truncate(0);
        return buffer;
    }

    /** Ends the block: its bytes, from position 0 to the limit. */
    ByteBuffer finish() {
        buffer.drain();
        ByteBuffer done = target.flip();
        target = null;
        return done;
    }

    @Override
    public void write(int b) {
        room(1);
        target.put((byte) b);
    }

    @Override
    public void write(byte[] b, int off, int len) {
        room(len);
        target.put(b, off, len);
    }

    @Override
    public void write(MemorySegment src, long offset, long bytes) {
        room(bytes);
        // a buffer's segment starts at its position
        MemorySegment.copy(src, offset, MemorySegment.ofBuffer(target), 0, bytes);
        target.position(target.position() + (int) bytes);
    }

    private void room(long n) {
        if (target.remaining() >= n) return;
        long need = target.position() + n;
        if (need > MAX_BLOCK_BYTES) {
            throw new DbException(ErrorCode.TOO_LARGE_STRING_SIZE, "Block is too large to send (" + need + " bytes)");
        }
        ByteBuffer bigger = ByteBuffer.allocateDirect((int) Math.min(MAX_BLOCK_BYTES, Math.max(need, 2L * target.capacity())));
        bigger.put(target.flip());
        NativeBufferPool.SHARED.give(target);
        target = bigger;
    }
}
