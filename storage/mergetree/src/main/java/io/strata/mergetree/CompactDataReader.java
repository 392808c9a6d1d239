package io.strata.mergetree;

import io.strata.compression.CompressedInputStream;
import io.strata.core.column.Column;
import io.strata.core.error.DbException;
import io.strata.core.error.ErrorCode;
import io.strata.core.io.ReadBuffer;
import io.strata.core.type.DataType;
import io.strata.core.type.binary.NativeSerialization;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.StandardOpenOption;

/**
 * Reads columns of a compact part for one {@link PartReader}: one channel on {@code data.bin}
 * shared by the requested columns' cursors. Columns of a granule are interleaved in the file, so
 * each column's granule is read on its own: the bytes between its mark and the next one by a
 * positional read, then decompressed (each block's checksum verified) and decoded. Columns not
 * requested are never read.
 */
final class CompactDataReader {
    private final DataPart part;
    private FileChannel channel;

    CompactDataReader(DataPart part) {
        this.part = part;
    }

    /** A cursor over a column the part stores (by its name in the part). */
    ColumnCursor cursor(String column, DataType type) {
        int index = part.columns().indexOf(column);
        if (index < 0) throw new IllegalArgumentException("part " + part.name() + " has no column " + column);
        return new ColumnCursor() {
            @Override
            public Column read(int granule, int rows) {
                return readColumn(column, index, type, granule, rows);
            }

            @Override
            public void close() {
                // the channel is the reader's
            }
        };
    }

    private Column readColumn(String column, int index, DataType type, int granule, int rows) {
        try {
            CompactMarks marks = part.compactMarks();
            long start = marks.blockOffset(granule, index);
            int length = Math.toIntExact(marks.blockEnd(granule, index) - start);
            byte[] compressed = new byte[length];
            ByteBuffer target = ByteBuffer.wrap(compressed);
            if (channel == null) channel = FileChannel.open(part.directory().resolve(PartFiles.COMPACT_DATA), StandardOpenOption.READ);
            while (target.hasRemaining()) {
                if (channel.read(target, start + target.position()) < 0) {
                    throw new DbException(ErrorCode.CANNOT_READ_ALL_DATA, "Cannot read all data: " + PartFiles.COMPACT_DATA
                            + " ends before offset " + (start + length));
                }
            }
            byte[] data;
            try (CompressedInputStream in = new CompressedInputStream(new ByteArrayInputStream(compressed),
                    part.name() + "/" + PartFiles.COMPACT_DATA + " at offset " + start)) {
                data = in.readAllBytes();
            }
            int skip = marks.offsetInBlock(granule, index);
            if (skip > data.length) throw new DbException(ErrorCode.CORRUPTED_DATA, "Mark points past its block in " + PartFiles.COMPACT_DATA);
            return NativeSerialization.read(type, new ReadBuffer(data, skip, data.length - skip), rows);
        } catch (DbException e) {
            throw new DbException(e.code(), e.getMessage() + " (while reading column " + column + " of part " + part.name()
                    + " at " + part.directory() + ")");
        } catch (IOException | java.io.UncheckedIOException | ArithmeticException e) {
            throw new DbException(ErrorCode.CANNOT_READ_ALL_DATA, "Cannot read column " + column + " of part " + part.name()
                    + " from " + PartFiles.COMPACT_DATA + ": " + e);
        }
    }

    void close() {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // read-only file
            }
            channel = null;
        }
    }
}
