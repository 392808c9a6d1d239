package io.strata.mergetree;

import io.strata.compression.CompressedInputStream;
import io.strata.core.block.Chunk;
import io.strata.core.block.Header;
import io.strata.core.column.Column;
import io.strata.core.io.ReadBuffer;
import io.strata.core.table.ChunkSource;
import io.strata.core.type.DataType;
import io.strata.core.type.binary.NativeSerialization;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

/**
 * Reads the requested columns of a part over a list of mark ranges, one chunk per granule. Each
 * column stream is positioned at a range's first mark (seek to the compressed block, skip to the
 * offset inside it) and then read sequentially; only the requested columns are opened and
 * decompressed. Columns the part lacks (added by ALTER later) read as their type's default.
 * Holds a reference on the part until closed or exhausted.
 */
final class PartReader implements ChunkSource {
    private final DataPart part;
    private final Header columns;
    private final List<MarkRange> ranges;
    private final ColumnCursor[] cursors;
    private int rangeIndex;
    private int granule;
    private boolean closed;

    PartReader(DataPart part, Header columns, List<MarkRange> ranges) {
        this.part = part;
        this.columns = columns;
        this.ranges = ranges;
        this.cursors = new ColumnCursor[columns.size()];
        for (int i = 0; i < cursors.length; i++) {
            int p = part.columns().indexOf(columns.name(i));
            if (p >= 0 && part.columns().type(p).equals(columns.type(i))) {
                cursors[i] = new ColumnCursor(part, columns.name(i), columns.type(i));
            }
        }
        this.granule = ranges.isEmpty() ? 0 : ranges.get(0).begin();
        part.acquire();
    }

    @Override
    public Chunk next() {
        if (closed) return null;
        while (rangeIndex < ranges.size() && granule >= ranges.get(rangeIndex).end()) {
            rangeIndex++;
            if (rangeIndex < ranges.size()) granule = ranges.get(rangeIndex).begin();
        }
        if (rangeIndex >= ranges.size()) {
            close();
            return null;
        }
        int rows = part.granuleRows(granule);
        Column[] out = new Column[cursors.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = cursors[i] == null ? columns.type(i).defaultColumn(rows) : cursors[i].read(granule, rows);
        }
        granule++;
        return new Chunk(out, rows);
    }

    @Override
    public long estimatedRows() {
        long n = 0;
        for (MarkRange r : ranges) n += part.granuleStart(r.end()) - part.granuleStart(r.begin());
        return n;
    }

    @Override
    public void close() {
        if (closed) return;
        closed = true;
        for (ColumnCursor c : cursors) if (c != null) c.close();
        part.release();
    }

    /** A column's position in its data file: re-seeks when asked for a granule out of sequence. */
    private static final class ColumnCursor {
        private final DataPart part;
        private final String column;
        private final DataType type;
        private final Path file;
        private FileChannel channel;
        private ReadBuffer buffer;
        private int nextGranule = -1;

        ColumnCursor(DataPart part, String column, DataType type) {
            this.part = part;
            this.column = column;
            this.type = type;
            this.file = part.directory().resolve(PartFiles.dataFile(column));
        }

        Column read(int granule, int rows) {
            try {
                if (granule != nextGranule) seek(granule);
                Column c = NativeSerialization.read(type, buffer, rows);
                nextGranule = granule + 1;
                return c;
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read " + file, e);
            } catch (io.strata.core.error.DbException e) {
                throw new io.strata.core.error.DbException(e.code(), e.getMessage() + " (while reading column " + column
                        + " of part " + part.name() + " at " + part.directory() + ")");
            } catch (UncheckedIOException e) {
                throw new io.strata.core.error.DbException(io.strata.core.error.ErrorCode.CANNOT_READ_ALL_DATA,
                        "Cannot read column " + column + " of part " + part.name() + ": " + e.getCause());
            }
        }

        private void seek(int granule) throws IOException {
            DataPart.Marks marks = part.marks(column);
            if (channel == null) channel = FileChannel.open(file, StandardOpenOption.READ);
            channel.position(marks.blockOffset()[granule]);
            InputStream raw = new BufferedInputStream(Channels.newInputStream(channel), 1 << 16) {
                @Override
                public void close() {
                    // the channel outlives one positioned stream
                }
            };
            CompressedInputStream in = new CompressedInputStream(raw, part.name() + "/" + file.getFileName());
            in.skipNBytes(marks.offsetInBlock()[granule]);
            buffer = new ReadBuffer(in);
        }

        void close() {
            if (channel != null) {
                try {
                    channel.close();
                } catch (IOException ignored) {
                    // read-only file
                }
            }
        }
    }
}
