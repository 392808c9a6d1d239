package io.strata.mergetree;

import io.strata.compression.Codec;
import io.strata.core.block.Chunk;
import io.strata.core.block.Header;
import java.io.IOException;
import java.nio.file.Path;

/**
 * The column data of a part being written, in the layout of its {@link PartType}: PartWriter cuts
 * rows into granules and hands each granule here; the granules' key values, partition and
 * metadata files stay PartWriter's.
 */
interface PartDataWriter {
    /** Appends rows [from, from + len) of every column of {@code chunk} as one granule. */
    void writeGranule(Chunk chunk, int from, int len) throws IOException;

    /** Flushes and fsyncs the data and marks files and records them in {@code checksums}. */
    void finish(Checksums checksums) throws IOException;

    /** Releases open files of a part that will not be published. */
    void closeQuietly();

    /** A writer of {@code columns} (their codecs in the same order) in {@code dir}. */
    static PartDataWriter create(PartType type, Path dir, Header columns, Codec[] codecs, int minBlock, int maxBlock) throws IOException {
        return type == PartType.COMPACT ? new CompactDataWriter(dir, columns, codecs, maxBlock)
                : new WideDataWriter(dir, columns, codecs, minBlock, maxBlock);
    }
}
