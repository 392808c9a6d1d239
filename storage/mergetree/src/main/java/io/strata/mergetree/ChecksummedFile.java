package io.strata.mergetree;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.zip.CRC32C;

/**
 * An output file of a part being written: buffered, counting its size and CRC-32C as bytes go by
 * (for checksums.txt), and fsynced on {@link #finish()} so the part's later rename publishes only
 * durable bytes.
 */
final class ChecksummedFile extends OutputStream {
    private final FileOutputStream file;
    private final CRC32C crc = new CRC32C();
    private final byte[] buf = new byte[1 << 16];
    private int count;
    private long size;

    ChecksummedFile(Path path) throws IOException {
        this.file = new FileOutputStream(path.toFile());
    }

    @Override
    public void write(int b) throws IOException {
        if (count == buf.length) drain();
        buf[count++] = (byte) b;
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        if (len >= buf.length) {
            drain();
            crc.update(b, off, len);
            file.write(b, off, len);
            size += len;
            return;
        }
        if (count + len > buf.length) drain();
        System.arraycopy(b, off, buf, count, len);
        count += len;
    }

    private void drain() throws IOException {
        if (count == 0) return;
        crc.update(buf, 0, count);
        file.write(buf, 0, count);
        size += count;
        count = 0;
    }

    /** Writes what is buffered, fsyncs and closes. */
    void finish() throws IOException {
        drain();
        file.getChannel().force(true);
        file.close();
    }

    long size() {
        return size + count;
    }

    long crc() {
        return crc.getValue();
    }

    @Override
    public void flush() {
        // bytes reach the file on finish(); CompressedOutputStream.flush() must not force a write per block
    }

    @Override
    public void close() throws IOException {
        file.close();
    }
}
