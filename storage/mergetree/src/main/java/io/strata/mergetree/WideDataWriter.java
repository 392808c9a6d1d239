package io.strata.mergetree;

import io.strata.compression.Codec;
import io.strata.core.block.Chunk;
import io.strata.core.block.Header;
import java.io.IOException;
import java.nio.file.Path;

/** A wide part's column data: one {@link ColumnFileWriter} ({@code .bin} + {@code .mrk}) per column. */
final class WideDataWriter implements PartDataWriter {
    private final ColumnFileWriter[] streams;

    WideDataWriter(Path dir, Header columns, Codec[] codecs, int minBlock, int maxBlock) throws IOException {
        streams = new ColumnFileWriter[columns.size()];
        for (int i = 0; i < streams.length; i++) {
            streams[i] = new ColumnFileWriter(dir, columns.name(i), columns.type(i), codecs[i], minBlock, maxBlock);
        }
    }

    @Override
    public void writeGranule(Chunk chunk, int from, int len) throws IOException {
        for (int i = 0; i < streams.length; i++) streams[i].writeGranule(chunk.column(i), from, from + len);
    }

    @Override
    public void finish(Checksums checksums) throws IOException {
        for (ColumnFileWriter s : streams) s.finish(checksums);
    }

    @Override
    public void closeQuietly() {
        for (ColumnFileWriter s : streams) s.closeQuietly();
    }
}
