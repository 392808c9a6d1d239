package io.strata.compression;

import java.io.IOException;
import java.io.InputStream;

/** The decompressed content of a stream of compressed blocks. */
public final class CompressedInputStream extends InputStream {
    private final InputStream source;
    private final CompressedBlockReader reader;
    private int pos;
    private int limit;
    private boolean eof;

    public CompressedInputStream(InputStream source, String context) {
        this(source, new CompressedBlockReader(source, context));
    }

    public CompressedInputStream(InputStream source, CompressedBlockReader reader) {
        this.source = source;
        this.reader = reader;
    }

    private boolean fill() throws IOException {
        while (pos >= limit) {
            if (eof) {
                return false;
            }
            int n = reader.next();
            if (n < 0) {
                eof = true;
                return false;
            }
            pos = 0;
            limit = n;
        }
        return true;
    }

    @Override
    public int read() throws IOException {
        return fill() ? reader.buffer()[pos++] & 0xFF : -1;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        if (!fill()) {
            return -1;
        }
        int n = Math.min(len, limit - pos);
        System.arraycopy(reader.buffer(), pos, b, off, n);
        pos += n;
        return n;
    }

    @Override
    public int available() {
        return limit - pos;
    }

    @Override
    public void close() throws IOException {
        source.close();
    }
}
