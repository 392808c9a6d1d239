package io.strata.mergetree;

import io.strata.compression.Codecs;
import io.strata.core.column.Column;
import io.strata.core.type.DataType;
import io.strata.core.type.DataTypes;
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

    private final ColumnFileWriter column;

    RowMaskWriter(Path dir) throws IOException {
        this.column = new ColumnFileWriter(dir, AlterConversions.ROW_EXISTS, TYPE, Codecs.defaultCodec(), -1, 0);
    }

    /** Appends one granule's mask (a UInt8 column of the granule's row count). */
    void writeGranule(Column mask) throws IOException {
        column.writeGranule(mask, 0, mask.size());
    }

    /** Flushes and fsyncs both files and records them in {@code checksums}. */
    void finish(Checksums checksums) throws IOException {
        column.finish(checksums);
    }

    void closeQuietly() {
        column.closeQuietly();
    }
}
