package io.strata.mergetree;

import io.strata.compression.BlockChecksum;
import io.strata.compression.Codec;
import io.strata.compression.CompressedBlocks;
import io.strata.compression.CompressedOutputStream;
import io.strata.core.column.Column;
import io.strata.core.io.WriteBuffer;
import io.strata.core.type.DataType;
import io.strata.core.type.binary.NativeSerialization;
import java.io.IOException;
import java.nio.file.Path;

/**
 * One column's files in a part being written: the compressed {@code .bin} stream of Native-layout
 * granules and the {@code .mrk} marks (block offset, offset in block) of each granule. Used by
 * PartWriter for stored columns and by lightweight DELETE for the {@code _row_exists} mask.
 */
final class ColumnFileWriter {
    private final Path dir;
    private final String name;
    private final DataType type;
    private final ChecksummedFile dataFile;
    private final CompressedOutputStream compressed;
    private final WriteBuffer buffer;
    private final WriteBuffer marks = new WriteBuffer();
    private long uncompressed;

    /** Block sizes as resolved by {@link CompressBlockSizes}; a negative minimum or a maximum of 0 takes the default. */
    ColumnFileWriter(Path dir, String name, DataType type, Codec codec, int minBlock, int maxBlock) throws IOException {
        this.dir = dir;
        this.name = name;
        this.type = type;
        this.dataFile = new ChecksummedFile(dir.resolve(PartFiles.dataFile(name)));
        this.compressed = new CompressedOutputStream(dataFile, codec, BlockChecksum.cityHash128(),
                minBlock >= 0 ? minBlock : CompressedBlocks.MIN_COMPRESS_BLOCK_SIZE,
                maxBlock > 0 ? maxBlock : CompressedBlocks.MAX_COMPRESS_BLOCK_SIZE);
        java.io.OutputStream counting = new java.io.OutputStream() {
            @Override
            public void write(int b) throws IOException {
                uncompressed++;
                compressed.write(b);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                uncompressed += len;
                compressed.write(b, off, len);
            }
        };
        this.buffer = new WriteBuffer(counting, 1 << 16);
        marks.write(PartFiles.MARKS_MAGIC).write(PartFiles.FORMAT_VERSION);
    }

    void writeGranule(Column column, int from, int to) throws IOException {
        marks.writeInt64(compressed.compressedOffset());
        marks.writeInt64(compressed.offsetInBlock());
        NativeSerialization.write(type, column, from, to, buffer);
        buffer.drain();
        compressed.markBoundary();
    }

    void finish(Checksums checksums) throws IOException {
        buffer.drain();
        compressed.flush();
        dataFile.finish();
        checksums.add(PartFiles.dataFile(name), dataFile.size(), dataFile.crc(), uncompressed);
        ChecksummedFile mf = new ChecksummedFile(dir.resolve(PartFiles.marksFile(name)));
        mf.write(marks.toByteArray());
        mf.finish();
        checksums.add(PartFiles.marksFile(name), mf.size(), mf.crc(), 0);
    }

    void closeQuietly() {
        try {
            dataFile.close();
        } catch (IOException ignored) {
            // the directory is being deleted
        }
    }
}
