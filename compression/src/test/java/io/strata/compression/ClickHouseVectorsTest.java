package io.strata.compression;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Blocks written by a real ClickHouse 18.16 server: the n.bin column file of
 * {@code CREATE TABLE t (n UInt64) ENGINE=MergeTree ORDER BY n; INSERT ... SELECT number FROM numbers(30000)},
 * once with the default LZ4 and once with {@code <compression><method>zstd</method>}. (The 18.16
 * HTTP handler crashes on compress=1 on this machine, so a part file stands in for the HTTP body:
 * the framing is the same.)
 */
class ClickHouseVectorsTest {
    private static byte[] resource(String name) throws IOException {
        try (InputStream in = ClickHouseVectorsTest.class.getResourceAsStream(name)) {
            return in.readAllBytes();
        }
    }

    private static void decodesNumbers(String file, byte method, boolean verify) throws IOException {
        byte[] bytes = resource(file);
        assertEquals(method, bytes[16]);
        CompressedBlockReader r = new CompressedBlockReader(new java.io.ByteArrayInputStream(bytes), file,
                BlockChecksum.cityHash128(), verify);
        long expected = 0;
        int blocks = 0;
        for (int n; (n = r.next()) >= 0; blocks++) {
            byte[] buf = r.buffer();
            for (int i = 0; i < n; i += 8) {
                assertEquals(expected++, Bytes.getLong(buf, i));
            }
        }
        assertEquals(30000, expected);
        assertEquals(4, blocks, "one block per 8192-row granule (64 KiB >= min_compress_block_size)");
    }

    @Test
    void decodesClickHouseLz4Blocks() throws IOException {
        decodesNumbers("lz4_numbers30000.bin", MethodBytes.LZ4, false);
    }

    @Test
    void decodesClickHouseZstdBlocks() throws IOException {
        decodesNumbers("zstd_numbers30000.bin", MethodBytes.ZSTD, false);
    }

    @Test
    void verifiesClickHouseChecksums() throws IOException {
        decodesNumbers("lz4_numbers30000.bin", MethodBytes.LZ4, true);
        decodesNumbers("zstd_numbers30000.bin", MethodBytes.ZSTD, true);
    }

    @Test
    void rewritingClickHouseBlocksReproducesTheirChecksums() throws IOException {
        // Re-frame each of ClickHouse's payloads with our writer path: same bytes, same checksum.
        byte[] bytes = resource("lz4_numbers30000.bin");
        int pos = 0;
        while (pos < bytes.length) {
            int total = Bytes.getInt(bytes, pos + 17);
            byte[] ours = new byte[16];
            BlockChecksum.cityHash128().write(bytes, pos + 16, total, ours, 0);
            assertEquals(java.util.HexFormat.of().formatHex(bytes, pos, pos + 16), java.util.HexFormat.of().formatHex(ours));
            pos += 16 + total;
        }
        assertEquals(bytes.length, pos);
    }

    @Test
    void defaultStreamsRoundTripWithRealChecksums() throws IOException {
        java.io.ByteArrayOutputStream sink = new java.io.ByteArrayOutputStream();
        byte[] data = BaseCodecTest.values(8, 200_000, i -> i * 3);
        try (CompressedOutputStream out = new CompressedOutputStream(sink, CodecParser.parse("Delta, ZSTD(1)", 8))) {
            out.write(data);
        }
        try (CompressedInputStream in = new CompressedInputStream(new java.io.ByteArrayInputStream(sink.toByteArray()), "mem")) {
            org.junit.jupiter.api.Assertions.assertArrayEquals(data, in.readAllBytes());
        }
    }
}
