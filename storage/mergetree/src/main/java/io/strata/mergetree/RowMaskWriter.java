package io.strata.mergetree;

import io.strata.compression.BlockChecksum;
import io.strata.compression.CompressedBlocks;
import io.strata.compression.CompressedOutputStream;
import io.strata.compression.Codecs;
import io.strata.core.column.Column;
import io.strata.core.io.WriteBuffer;
import io.strata.core.type.DataType;
import io.strata.core.type.DataTypes;
import io.strata.core.type.binary.NativeSerialization;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Writes the {@code _row_exists} column of a lightweight DELETE into a part directory: one
 * UInt8 per row (1 kept, 0 deleted) with exactly the part's granules, in the same layout as any
 * column ({@code .bin} compressed Native granules, {@code .mrk} marks), so the part's readers find
 * it like a stored column.
 */
final class RowMaskWriter {
    static final DataType TYPE = DataTypes.UINT8;

    private final Path dir;
    private final ChecksummedFile dataFile;
    private final CompressedOutputStream compressed;
    private final WriteBuffer marks = new WriteBuffer();
    private long uncompressed;

    RowMaskWriter(Path dir) throws IOException {
        this.dir = dir;
        this.dataFile = new ChecksummedFile(dir.resolve(PartFiles.dataFile(AlterConversions.ROW_EXISTS)));
        this.compressed = new CompressedOutputStream(dataFile, Codecs.defaultCodec(), BlockChecksum.cityHash128(),
                CompressedBlocks.MIN_COMPRESS_BLOCK_SIZE, CompressedBlocks.MAX_COMPRESS_BLOCK_SIZE);
        marks.write(PartFiles.MARKS_MAGIC).write(PartFiles.FORMAT_VERSION);
    }

    /** Appends one granule's mask (a UInt8 column of the granule's row count). */
    void writeGranule(Column mask) throws IOException {
        BinaryValues.writeInt64(marks, compressed.compressedOffset());
        BinaryValues.writeInt64(marks, compressed.offsetInBlock());
        WriteBuffer wb = new WriteBuffer();
        NativeSerialization.write(TYPE, mask, 0, mask.size(), wb);
        byte[] bytes = wb.toByteArray();
        compressed.write(bytes, 0, bytes.length);
        uncompressed += bytes.length;
        compressed.markBoundary();
    }

    /** Flushes and fsyncs both files and records them in {@code checksums}. */
    void finish(Checksums checksums) throws IOException {
        compressed.flush();
        dataFile.finish();
        String name = AlterConversions.ROW_EXISTS;
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
            // the directory is being removed
        }
    }
}
