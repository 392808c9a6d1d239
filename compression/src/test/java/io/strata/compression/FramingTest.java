package io.strata.compression;

import io.strata.core.error.DbException;
import io.strata.core.error.ErrorCode;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FramingTest {
    /** A stand-in checksum (two FNV-style lanes) so framing is tested apart from CityHash. */
    static final BlockChecksum TEST_CHECKSUM = (data, off, len, dst, dstOff) -> {
        long a = 0xcbf29ce484222325L;
        long b = 0x84222325cbf29ce4L;
        for (int i = off; i < off + len; i++) {
            a = (a ^ (data[i] & 0xFF)) * 0x100000001b3L;
            b = (b + (data[i] & 0xFF)) * 0x9E3779B97F4A7C15L;
        }
        Bytes.putLong(dst, dstOff, a);
        Bytes.putLong(dst, dstOff + 8, b);
    };

    private static byte[] sample(int n) {
        byte[] b = new byte[n];
        SplittableRandom r = new SplittableRandom(7);
        for (int i = 0; i < n; i++) {
            b[i] = (byte) (r.nextInt(16) + (i >> 10));
        }
        return b;
    }

    private static byte[] frame(Codec codec, byte[] data) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CompressedBlocks.write(codec, data, 0, data.length, out, TEST_CHECKSUM);
        return out.toByteArray();
    }

    private static CompressedBlockReader reader(byte[] bytes, String context) {
        return new CompressedBlockReader(new ByteArrayInputStream(bytes), context, TEST_CHECKSUM, true);
    }

    @Test
    void headerLayoutIsClickHouses() throws IOException {
        byte[] data = sample(1000);
        byte[] block = frame(Lz4Codec.INSTANCE, data);
        assertEquals((byte) 0x82, block[16]);
        assertEquals(block.length - 16, Bytes.getInt(block, 17), "compressed size counts the 9-byte header");
        assertEquals(1000, Bytes.getInt(block, 21));
        byte[] none = frame(NoneCodec.INSTANCE, new byte[] {1, 2, 3});
        assertEquals(16 + 9 + 3, none.length);
        assertEquals(0x02, none[16]);
    }

    @Test
    void readerDecodesBlocksInSequence() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] a = sample(5000);
        byte[] b = sample(100);
        CompressedBlocks.write(new ZstdCodec(1), a, 0, a.length, out, TEST_CHECKSUM);
        CompressedBlocks.write(CodecParser.parse("Delta(2), LZ4", 2), b, 0, b.length, out, TEST_CHECKSUM);
        CompressedBlockReader r = reader(out.toByteArray(), "x.bin");
        assertEquals(5000, r.next());
        assertArrayEquals(a, java.util.Arrays.copyOf(r.buffer(), r.length()));
        long second = r.position();
        assertEquals(100, r.next());
        assertEquals(second, r.blockPosition());
        assertArrayEquals(b, java.util.Arrays.copyOf(r.buffer(), r.length()));
        assertEquals(-1, r.next());
    }

    @Test
    void anyCorruptByteIsAChecksumMismatchNamingTheBlock() throws IOException {
        byte[] first = frame(Lz4Codec.INSTANCE, sample(300));
        byte[] second = frame(Lz4Codec.INSTANCE, sample(2000));
        byte[] all = new byte[first.length + second.length];
        System.arraycopy(first, 0, all, 0, first.length);
        System.arraycopy(second, 0, all, first.length, second.length);
        // Flip a checksum byte, a payload byte, and the last byte; sizes are left alone (they are
        // checked for plausibility before the checksum, as in ClickHouse).
        for (int pos : new int[] {first.length + 3, first.length + 30, all.length - 1}) {
            byte[] bad = all.clone();
            bad[pos] ^= 0x10;
            CompressedBlockReader r = reader(bad, "data/t/all_1_1_0/n.bin");
            assertEquals(300, r.next());
            DbException e = assertThrows(DbException.class, r::next);
            assertEquals(ErrorCode.CHECKSUM_DOESNT_MATCH, e.code());
            assertTrue(e.getMessage().contains("offset " + first.length), e.getMessage());
            assertTrue(e.getMessage().contains("data/t/all_1_1_0/n.bin"), e.getMessage());
        }
    }

    @Test
    void unknownMethodByteIsUnknownCodec() throws IOException {
        byte[] block = frame(NoneCodec.INSTANCE, sample(10));
        block[16] = (byte) 0x7F;
        TEST_CHECKSUM.write(block, 16, block.length - 16, block, 0);
        DbException e = assertThrows(DbException.class, () -> reader(block, "body").next());
        assertEquals(ErrorCode.UNKNOWN_CODEC, e.code());
        assertTrue(e.getMessage().contains("body"), e.getMessage());
    }

    @Test
    void implausibleSizesAndTruncationAreRefused() throws IOException {
        byte[] block = frame(NoneCodec.INSTANCE, sample(10));
        byte[] huge = block.clone();
        Bytes.putInt(huge, 17, 0x7FFFFFF0);
        assertEquals(ErrorCode.TOO_LARGE_SIZE_COMPRESSED, assertThrows(DbException.class, () -> reader(huge, "").next()).code());
        byte[] cut = java.util.Arrays.copyOf(block, block.length - 1);
        assertEquals(ErrorCode.CANNOT_READ_ALL_DATA, assertThrows(DbException.class, () -> reader(cut, "").next()).code());
    }

    @Test
    void streamsCutBlocksBetweenMinAndMax() throws IOException {
        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        byte[] data = sample(3_000_000);
        List<Long> marks = new ArrayList<>();
        try (CompressedOutputStream out = new CompressedOutputStream(sink, Lz4Codec.INSTANCE, TEST_CHECKSUM,
                CompressedBlocks.MIN_COMPRESS_BLOCK_SIZE, CompressedBlocks.MAX_COMPRESS_BLOCK_SIZE)) {
            // 8192 * 8 bytes "granules" up to 1.5 MB, then one big write
            int pos = 0;
            for (; pos < 1_500_000; pos += 40_000) {
                out.write(data, pos, 40_000);
                out.markBoundary();
                marks.add(out.compressedOffset());
            }
            out.write(data, pos, data.length - pos);
        }
        CompressedBlockReader r = reader(sink.toByteArray(), "stream");
        List<Integer> sizes = new ArrayList<>();
        for (int n; (n = r.next()) >= 0; ) {
            sizes.add(n);
        }
        // Granules of 40,000 bytes: the boundary after the second one reaches 65,536.
        assertEquals(80_000, sizes.get(0));
        for (int i = 0; i < sizes.size() - 1; i++) {
            assertTrue(sizes.get(i) >= CompressedBlocks.MIN_COMPRESS_BLOCK_SIZE && sizes.get(i) <= CompressedBlocks.MAX_COMPRESS_BLOCK_SIZE, sizes.toString());
        }
        assertEquals(data.length, sizes.stream().mapToInt(Integer::intValue).sum());
        assertTrue(sizes.contains(CompressedBlocks.MAX_COMPRESS_BLOCK_SIZE), "a long write is cut at the maximum: " + sizes);

        try (CompressedInputStream in = new CompressedInputStream(new ByteArrayInputStream(sink.toByteArray()),
                new CompressedBlockReader(new ByteArrayInputStream(sink.toByteArray()), "stream", TEST_CHECKSUM, true))) {
            assertArrayEquals(data, in.readAllBytes());
        }
    }

    @Test
    void marksFromTheWriterLocateEachGranule() throws IOException {
        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        byte[] data = sample(500_000);
        int granule = 30_000;
        List<long[]> marks = new ArrayList<>();
        try (CompressedOutputStream out = new CompressedOutputStream(sink, new ZstdCodec(1), TEST_CHECKSUM, 65536, 1048576)) {
            for (int pos = 0; pos < data.length; pos += granule) {
                marks.add(new long[] {out.compressedOffset(), out.offsetInBlock()});
                out.write(data, pos, Math.min(granule, data.length - pos));
                out.markBoundary();
            }
        }
        byte[] file = sink.toByteArray();
        for (int g = 0; g < marks.size(); g++) {
            long[] m = marks.get(g);
            ByteArrayInputStream in = new ByteArrayInputStream(file, (int) m[0], file.length - (int) m[0]);
            CompressedInputStream cin = new CompressedInputStream(in,
                    new CompressedBlockReader(in, "marks", TEST_CHECKSUM, true));
            assertEquals(m[1], cin.skip(m[1]));
            int len = Math.min(granule, data.length - g * granule);
            byte[] got = cin.readNBytes(len);
            assertArrayEquals(java.util.Arrays.copyOfRange(data, g * granule, g * granule + len), got, "granule " + g);
        }
    }
}
