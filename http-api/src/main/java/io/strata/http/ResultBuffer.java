package io.strata.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * The bytes of a result held back before the response head is committed: in memory up to a limit,
 * then (with {@code wait_end_of_query}) in a temporary file, as ClickHouse's cascade of a memory
 * buffer and temporary data on disk. A result of any size can so be held without filling the heap.
 */
final class ResultBuffer {
    private static final int PIECE = 64 << 10;

    private final long memoryLimit;
    private final List<byte[]> pieces = new ArrayList<>();
    private int lastUsed = PIECE;   // bytes used in the last piece
    private long size;
    private Path file;              // the spilled tail, after the pieces
    private OutputStream fileOut;

    /** @param memoryLimit bytes kept in memory before spilling to a file */
    ResultBuffer(long memoryLimit) {
        this.memoryLimit = Math.max(PIECE, memoryLimit);
    }

    long size() {
        return size;
    }

    /** Whether everything is still in memory. */
    boolean inMemory() {
        return file == null;
    }

    void write(byte[] b, int off, int len) throws IOException {
        size += len;
        if (file != null) {
            fileOut.write(b, off, len);
            return;
        }
        while (len > 0) {
            if (lastUsed == PIECE) {
                if ((long) pieces.size() * PIECE >= memoryLimit) {
                    spill();
                    fileOut.write(b, off, len);
                    return;
                }
                pieces.add(new byte[PIECE]);
                lastUsed = 0;
            }
            int n = Math.min(len, PIECE - lastUsed);
            System.arraycopy(b, off, pieces.getLast(), lastUsed, n);
            lastUsed += n;
            off += n;
            len -= n;
        }
    }

    private void spill() throws IOException {
        file = Files.createTempFile("strata-http-result-", ".bin");
        fileOut = Files.newOutputStream(file, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
    }

    /** Writes everything held to {@code out}, then releases it. */
    void drainTo(OutputStream out) throws IOException {
        try {
            for (int i = 0; i < pieces.size(); i++) {
                out.write(pieces.get(i), 0, i == pieces.size() - 1 ? lastUsed : PIECE);
            }
            pieces.clear();
            lastUsed = PIECE;
            if (file != null) {
                fileOut.close();
                try (InputStream in = Files.newInputStream(file)) {
                    in.transferTo(out);
                }
            }
        } finally {
            release();
        }
    }

    /** Drops what is held and deletes the temporary file. Idempotent. */
    void release() {
        pieces.clear();
        lastUsed = PIECE;
        size = 0;
        if (file != null) {
            try {
                fileOut.close();
            } catch (IOException ignored) {
                // the file is deleted next
            }
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // a leftover temporary file is harmless
            }
            file = null;
            fileOut = null;
        }
    }
}
