package io.strata.mergetree;

import io.strata.compression.CompressedInputStream;
import io.strata.core.column.Column;
import io.strata.core.error.DbException;
import io.strata.core.error.ErrorCode;
import io.strata.core.io.ReadBuffer;
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

/**
 * A column of a wide part: its own {@code .bin} file, read sequentially from a granule's mark on
 * and re-seeked only when asked for a granule out of sequence.
 */
final class WideColumnCursor implements ColumnCursor {
    private final DataPart part;
    private final String column;
    private final DataType type;
    private final Path file;
    private FileChannel channel;
    private ReadBuffer buffer;
    private int nextGranule = -1;

    WideColumnCursor(DataPart part, String column, DataType type) {
        this.part = part;
        this.column = column;
        this.type = type;
        this.file = part.directory().resolve(PartFiles.dataFile(column));
    }

    @Override
    public Column read(int granule, int rows) {
        try {
            if (granule != nextGranule) seek(granule);
            Column c = NativeSerialization.read(type, buffer, rows);
            nextGranule = granule + 1;
            return c;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        } catch (DbException e) {
            throw new DbException(e.code(), e.getMessage() + " (while reading column " + column
                    + " of part " + part.name() + " at " + part.directory() + ")");
        } catch (UncheckedIOException e) {
            throw new DbException(ErrorCode.CANNOT_READ_ALL_DATA, "Cannot read column " + column + " of part " + part.name() + ": " + e.getCause());
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

    @Override
    public void close() {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // read-only file
            }
        }
    }
}
