package io.strata.nativeproto;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.WritableByteChannel;

/**
 * An output stream over a blocking socket channel that writes native memory only. The JDK's own
 * socket streams copy every write into a temporary native buffer, at most 128 KiB per system call
 * ({@code java.net.Socket}), or the whole remainder again after each partial write (a channel's
 * adaptor stream, which a non-blocking descriptor gets often). Here small writes go through one
 * staging buffer, and a result block prepared in native memory by an encoder thread goes to the
 * socket {@link #writeFully as it is}: the connection's thread, which alone writes, only makes
 * the system calls.
 */
public final class ChannelOutput extends OutputStream {
    private static final int STAGING_BYTES = 1 << 17;

    private final WritableByteChannel channel;
    private final ByteBuffer staging = ByteBuffer.allocateDirect(STAGING_BYTES);

    public ChannelOutput(WritableByteChannel channel) {
        this.channel = channel;
    }

    @Override
    public void write(int b) throws IOException {
        staging.clear();
        staging.put((byte) b).flip();
        writeFully(staging);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        while (len > 0) {
            int n = Math.min(len, STAGING_BYTES);
            staging.clear();
            staging.put(b, off, n).flip();
            writeFully(staging);
            off += n;
            len -= n;
        }
    }

    /** Writes {@code bytes} (position to limit) entirely. */
    public void writeFully(ByteBuffer bytes) throws IOException {
        while (bytes.hasRemaining()) channel.write(bytes);
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
