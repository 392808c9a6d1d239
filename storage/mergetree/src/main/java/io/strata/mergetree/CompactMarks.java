package io.strata.mergetree;

import io.strata.core.error.DbException;
import io.strata.core.error.ErrorCode;
import io.strata.core.io.ReadBuffer;

/**
 * The marks of a compact part ({@code data.mrk3}, layout in {@link PartFiles#COMPACT_MARKS_MAGIC}):
 * where each column's rows of each granule start in {@code data.bin}, and where they end (the
 * next mark in file order, or the end of the file), so that one column's granule is read as one
 * range of bytes.
 */
final class CompactMarks {
    private final int columns;
    private final long[] blockOffset; // [granule * columns + column]
    private final int[] offsetInBlock;
    private final long dataSize;

    private CompactMarks(int columns, long[] blockOffset, int[] offsetInBlock, long dataSize) {
        this.columns = columns;
        this.blockOffset = blockOffset;
        this.offsetInBlock = offsetInBlock;
        this.dataSize = dataSize;
    }

    /**
     * Parses and checks the marks against what the part's other files say: {@code columns}
     * columns, the granule sizes of primary.idx, offsets within a {@code dataSize}-byte data.bin.
     */
    static CompactMarks parse(byte[] bytes, int columns, int[] granuleRows, long dataSize, String part) {
        ReadBuffer in = new ReadBuffer(bytes);
        for (byte b : PartFiles.COMPACT_MARKS_MAGIC) {
            if (in.read() != (b & 0xFF)) throw corrupted(part, "bad magic");
        }
        int version = in.read();
        if (version < 1 || version > PartFiles.FORMAT_VERSION) throw corrupted(part, "unknown version " + version);
        long declared = in.readVarUInt();
        if (declared != columns) throw corrupted(part, declared + " columns, columns.txt lists " + columns);
        int granules = granuleRows.length;
        long expected = (long) granules * (16L * columns + 8);
        long remaining = bytes.length - (PartFiles.COMPACT_MARKS_MAGIC.length + 1 + varUIntSize(declared));
        if (remaining != expected) throw corrupted(part, remaining + " bytes of marks, expected " + expected);
        long[] block = new long[granules * columns];
        int[] offset = new int[granules * columns];
        long previous = 0;
        for (int g = 0; g < granules; g++) {
            for (int c = 0; c < columns; c++) {
                int i = g * columns + c;
                block[i] = in.readInt64();
                long inBlock = in.readInt64();
                if (block[i] < previous || block[i] > dataSize || inBlock < 0 || inBlock > Integer.MAX_VALUE) {
                    throw corrupted(part, "mark of granule " + g + ", column " + c + " out of order or past the end of data.bin");
                }
                offset[i] = (int) inBlock;
                previous = block[i];
            }
            long rows = in.readInt64();
            if (rows != granuleRows[g]) throw corrupted(part, "granule " + g + " has " + rows + " rows, primary.idx says " + granuleRows[g]);
        }
        return new CompactMarks(columns, block, offset, dataSize);
    }

    private static int varUIntSize(long v) {
        int n = 1;
        while ((v >>>= 7) != 0) n++;
        return n;
    }

    private static DbException corrupted(String part, String what) {
        return new DbException(ErrorCode.CORRUPTED_DATA, "Bad " + PartFiles.COMPACT_MARKS + " in part " + part + ": " + what);
    }

    /** Offset in data.bin of the compressed block where the column's granule starts. */
    long blockOffset(int granule, int column) {
        return blockOffset[granule * columns + column];
    }

    /** Offset of the granule's first byte in that block once decompressed. */
    int offsetInBlock(int granule, int column) {
        return offsetInBlock[granule * columns + column];
    }

    /**
     * Where the blocks holding the column's granule end: the first later mark pointing past its
     * block (marks sharing a block share its end), else the end of data.bin.
     */
    long blockEnd(int granule, int column) {
        int i = granule * columns + column;
        long start = blockOffset[i];
        for (int j = i + 1; j < blockOffset.length; j++) {
            if (blockOffset[j] > start) return blockOffset[j];
        }
        return dataSize;
    }
}
