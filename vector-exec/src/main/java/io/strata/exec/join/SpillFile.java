package io.strata.exec.join;

import io.strata.core.block.Chunk;
import io.strata.core.column.Column;
import io.strata.core.io.ReadBuffer;
import io.strata.core.io.WriteBuffer;
import io.strata.core.table.ChunkSource;
import io.strata.core.type.DataType;
import io.strata.core.type.binary.NativeSerialization;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A temporary file of chunks of known column types, written once and read back once: a grace
 * hash join's partition. Layout per chunk: VarUInt row count, then each column in ClickHouse's
 * Native layout; a row count of {@link #END} closes the file. The file lives only as long as the
 * query, so the layout carries no version.
 */
final class SpillFile {
    /** The row-count value that ends the file (a chunk never has this many rows). */
    static final long END = 0;
    private static final int FLUSH_BYTES = 1 << 16;

    private final Path path;
    private final List<DataType> types;
    private OutputStream stream;
    private WriteBuffer out;
    private long rows;

    SpillFile(Path path, List<DataType> types) {
        this.path = path;
        this.types = List.copyOf(types);
    }

    Path path() {
        return path;
    }

    long rows() {
        return rows;
    }

    long bytesOnDisk() {
        try {
            return Files.exists(path) ? Files.size(path) : 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void append(Chunk chunk) {
        if (chunk.rowCount() == 0) return;
        try {
            if (out == null) {
                stream = new BufferedOutputStream(Files.newOutputStream(path), FLUSH_BYTES);
                out = new WriteBuffer(stream, FLUSH_BYTES);
            }
            out.writeVarUInt(chunk.rowCount());
            for (int i = 0; i < types.size(); i++) {
                Column c = chunk.column(i);
                NativeSerialization.write(types.get(i), c, 0, chunk.rowCount(), out);
            }
            if (out.shouldFlush()) out.drain();
            rows += chunk.rowCount();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write temporary join data to " + path, e);
        }
    }

    /** Ends writing; the file can then be read. */
    void finish() {
        try {
            if (out == null) {
                stream = new BufferedOutputStream(Files.newOutputStream(path), FLUSH_BYTES);
                out = new WriteBuffer(stream, FLUSH_BYTES);
            }
            out.writeVarUInt(END);
            out.flush();
            stream.close();
            out = null;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write temporary join data to " + path, e);
        }
    }

    /** The chunks written, in order. */
    ChunkSource read() {
        try {
            InputStream in = new BufferedInputStream(Files.newInputStream(path), FLUSH_BYTES);
            ReadBuffer buf = new ReadBuffer(in);
            return new ChunkSource() {
                private boolean done;

                @Override
                public Chunk next() {
                    if (done) return null;
                    long n = buf.readVarUInt();
                    if (n == END) {
                        close();
                        return null;
                    }
                    Column[] cols = new Column[types.size()];
                    for (int i = 0; i < cols.length; i++) cols[i] = NativeSerialization.read(types.get(i), buf, (int) n);
                    return new Chunk(cols, (int) n);
                }

                @Override
                public void close() {
                    if (done) return;
                    done = true;
                    try {
                        in.close();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            };
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read temporary join data from " + path, e);
        }
    }

    void delete() {
        try {
            if (stream != null) stream.close();
            Files.deleteIfExists(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
