package io.strata.nativeproto;

import io.strata.core.io.WriteBuffer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * Writes the native protocol's primitives into a buffer that drains into the socket. Packets are
 * assembled in the buffer and {@link #flush() flushed} at packet boundaries the peer waits on.
 */
public final class PacketOutput {
    /** Bytes buffered before they are pushed to the socket even without a flush. */
    private static final int DRAIN_THRESHOLD = 1 << 16;

    private final WriteBuffer buffer;
    /** The sink when it takes native buffers as they are (a server's socket channel), else null. */
    private final ChannelOutput channel;

    public PacketOutput(OutputStream out) {
        this.buffer = new WriteBuffer(out, DRAIN_THRESHOLD);
        this.channel = out instanceof ChannelOutput c ? c : null;
    }

    /**
     * Writes {@code bytes} (position to limit) after everything buffered, and pushes it all to the
     * peer: a native buffer goes to a server's socket channel as it is, to any other stream copied.
     */
    public void writeDirect(ByteBuffer bytes) {
        buffer.drain();
        try {
            if (channel != null) {
                channel.writeFully(bytes);
            } else {
                byte[] copy = new byte[bytes.remaining()];
                bytes.get(copy);
                buffer.write(copy, 0, copy.length);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        buffer.flush();
    }

    /** The underlying buffer, for the block writer (uncompressed blocks go straight into it). */
    public WriteBuffer buffer() {
        return buffer;
    }

    public PacketOutput writeVarUInt(long v) {
        buffer.writeVarUInt(v);
        return this;
    }

    public PacketOutput writeUInt8(int v) {
        buffer.write(v);
        return this;
    }

    public PacketOutput writeBool(boolean v) {
        buffer.write(v ? 1 : 0);
        return this;
    }

    public PacketOutput writeInt32(int v) {
        buffer.writeInt32(v);
        return this;
    }

    public PacketOutput writeInt64(long v) {
        buffer.writeInt64(v);
        return this;
    }

    public PacketOutput writeString(String s) {
        return writeBytes(s.getBytes(StandardCharsets.UTF_8));
    }

    public PacketOutput writeBytes(byte[] b) {
        buffer.writeVarUInt(b.length);
        buffer.write(b);
        return this;
    }

    public PacketOutput writeRaw(byte[] b, int off, int len) {
        buffer.write(b, off, len);
        return this;
    }

    /** Pushes everything written to the peer. */
    public void flush() {
        buffer.flush();
    }
}
