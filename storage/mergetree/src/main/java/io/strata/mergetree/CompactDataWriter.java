package io.strata.mergetree;

import io.strata.compression.BlockChecksum;
import io.strata.compression.Codec;
import io.strata.compression.CompressedBlocks;
import io.strata.core.block.Chunk;
import io.strata.core.block.Header;
import io.strata.core.io.WriteBuffer;
import io.strata.core.type.binary.NativeSerialization;
import java.io.IOException;
import java.nio.file.Path;

/**
 * A compact part's column data: one {@code data.bin} holding, for each granule, every column's
 * rows of that granule in Native layout, column after column; and one {@code data.mrk3} with, per
 * granule, a mark (block offset, offset in block) for every column and the granule's row count.
 *
 * <p>As in ClickHouse's compact writer, each column's granule starts a fresh compressed block
 * (so its mark's offset in block is 0) and is compressed with that column's own codec; a granule
 * of a column larger than {@code max_compress_block_size} spans several blocks.
 * {@code min_compress_block_size} does not apply: blocks never span columns. Only one granule's
 * column is buffered at a time, so memory does not grow with the number of columns.
 */
final class CompactDataWriter implements PartDataWriter {
    private final Path dir;
    private final Header columns;
    private final Codec[] codecs;
    private final int maxBlock;
    private final ChecksummedFile data;
    private final WriteBuffer granule = new WriteBuffer();
    private final WriteBuffer marks = new WriteBuffer();
    private final BlockChecksum checksum = BlockChecksum.cityHash128();
    private byte[] block = new byte[0];
    private long uncompressed;

    CompactDataWriter(Path dir, Header columns, Codec[] codecs, int maxBlock) throws IOException {
        this.dir = dir;
        this.columns = columns;
        this.codecs = codecs;
        this.maxBlock = maxBlock > 0 ? maxBlock : CompressedBlocks.MAX_COMPRESS_BLOCK_SIZE;
        this.data = new ChecksummedFile(dir.resolve(PartFiles.COMPACT_DATA));
        marks.write(PartFiles.COMPACT_MARKS_MAGIC).write(PartFiles.FORMAT_VERSION);
        marks.writeVarUInt(columns.size());
    }

    @Override
    public void writeGranule(Chunk chunk, int from, int len) throws IOException {
        for (int c = 0; c < columns.size(); c++) {
            marks.writeInt64(data.size());
            marks.writeInt64(0);
            granule.truncate(0);
            NativeSerialization.write(columns.type(c), chunk.column(c), from, from + len, granule);
            byte[] bytes = granule.toByteArray();
            uncompressed += bytes.length;
            for (int off = 0; off < bytes.length; off += maxBlock) writeBlock(codecs[c], bytes, off, Math.min(maxBlock, bytes.length - off));
        }
        marks.writeInt64(len);
    }

    private void writeBlock(Codec codec, byte[] bytes, int off, int len) throws IOException {
        int bound = CompressedBlocks.maxBlockSize(codec, len);
        if (block.length < bound) block = new byte[bound];
        int n = CompressedBlocks.write(codec, bytes, off, len, block, 0, checksum);
        data.write(block, 0, n);
    }

    @Override
    public void finish(Checksums checksums) throws IOException {
        data.finish();
        checksums.add(PartFiles.COMPACT_DATA, data.size(), data.crc(), uncompressed);
        ChecksummedFile mf = new ChecksummedFile(dir.resolve(PartFiles.COMPACT_MARKS));
        mf.write(marks.toByteArray());
        mf.finish();
        checksums.add(PartFiles.COMPACT_MARKS, mf.size(), mf.crc(), 0);
    }

    @Override
    public void closeQuietly() {
        try {
            data.close();
        } catch (IOException ignored) {
            // the directory is being deleted
        }
    }
}
