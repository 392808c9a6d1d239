package io.strata.core.type.binary;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.strata.core.column.Column;
import io.strata.core.column.StringColumn;
import io.strata.core.column.StringColumnBuilder;
import io.strata.core.error.DbException;
import io.strata.core.io.ReadBuffer;
import io.strata.core.io.WriteBuffer;
import io.strata.core.type.DataTypes;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * String columns read with their Native encoding kept ({@link NativeSerialization#readKeepingEncoding},
 * {@link StringColumn#encoded}): written back byte for byte without being decoded, decoded to the
 * same values as an ordinary read when asked (lengths of one, two and three VarUInt bytes, UTF-8),
 * once even under concurrent readers, and truncated input refused as an ordinary read refuses it.
 */
class EncodedStringColumnTest {
    private static final long SEED = Long.getLong("native.seed", System.nanoTime());

    private static List<String> sample(int rows) {
        SplittableRandom random = new SplittableRandom(SEED);
        List<String> values = new ArrayList<>();
        int[] lengths = {0, 1, 15, 16, 17, 127, 128, 300, 16_383, 16_384, 20_000};
        for (int i = 0; i < rows; i++) {
            int len = i < lengths.length ? lengths[i] : random.nextInt(10) == 0 ? random.nextInt(400) : random.nextInt(24);
            StringBuilder sb = new StringBuilder();
            for (int j = 0; j < len; j++) sb.append(random.nextInt(20) == 0 ? 'é' : (char) ('a' + random.nextInt(26)));
            values.add(sb.toString());
        }
        return values;
    }

    private static Column column(List<String> values) {
        StringColumnBuilder b = new StringColumnBuilder(DataTypes.STRING, values.size());
        for (String v : values) {
            byte[] bytes = v.getBytes(StandardCharsets.UTF_8);
            b.append(bytes, 0, bytes.length);
        }
        return b.build();
    }

    private static byte[] encode(Column c) {
        WriteBuffer out = new WriteBuffer();
        NativeSerialization.write(DataTypes.STRING, c, 0, c.size(), out);
        return out.toByteArray();
    }

    private static List<String> strings(StringColumn c) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < c.size(); i++) out.add(c.getString(i));
        return out;
    }

    @Test
    void keptEncodingIsWrittenAsReadAndDecodesToTheSameValues() {
        List<String> values = sample(2_000);
        byte[] encoded = encode(column(values));
        // with bytes before and after, as a granule inside a decompressed block
        byte[] framed = new byte[encoded.length + 10];
        System.arraycopy(encoded, 0, framed, 5, encoded.length);
        ReadBuffer in = new ReadBuffer(framed, 5, encoded.length);
        StringColumn kept = assertInstanceOf(StringColumn.class, NativeSerialization.readKeepingEncoding(DataTypes.STRING, in, values.size()));
        assertNotNull(kept.nativeEncoding(), "the encoding is kept");
        assertArrayEquals(encoded, encode(kept), "written back as read");
        assertNotNull(kept.nativeEncoding(), "writing did not decode it");
        assertEquals(encoded.length + 4L * values.size(), kept.byteSize());

        StringColumn relabeled = kept.withType(DataTypes.STRING);
        assertNotNull(relabeled.nativeEncoding(), "a relabeled column keeps the encoding too");

        assertEquals(values, strings(kept));
        assertNull(kept.nativeEncoding(), "decoded once asked, the encoding is dropped");
        assertArrayEquals(encoded, encode(kept), "a decoded column writes the same bytes");
        assertEquals(values, strings(relabeled));

        int[] positions = {3, 0, 1_999, 7, 7};
        Column taken = kept.take(positions, positions.length);
        for (int i = 0; i < positions.length; i++) assertEquals(values.get(positions[i]), ((StringColumn) taken).getString(i));
        StringColumn slice = (StringColumn) NativeSerialization.readKeepingEncoding(DataTypes.STRING,
                new ReadBuffer(encoded), values.size()).slice(10, 50);
        assertEquals(values.subList(10, 60), strings(slice));
    }

    @Test
    void anImmutableArrayHoldingExactlyTheGranuleIsKeptUncopied() {
        List<String> values = sample(300);
        byte[] encoded = encode(column(values));
        StringColumn shared = (StringColumn) NativeSerialization.readKeepingEncoding(DataTypes.STRING,
                new ReadBuffer(encoded), values.size(), true);
        assertSame(encoded, shared.nativeEncoding());
        StringColumn copied = (StringColumn) NativeSerialization.readKeepingEncoding(DataTypes.STRING,
                new ReadBuffer(encoded), values.size(), false);
        assertNotSame(encoded, copied.nativeEncoding());
        assertArrayEquals(encoded, copied.nativeEncoding());
        // fewer rows than the array holds: a copy of what they cover
        StringColumn part = (StringColumn) NativeSerialization.readKeepingEncoding(DataTypes.STRING,
                new ReadBuffer(encoded), 100, true);
        assertNotSame(encoded, part.nativeEncoding());
        assertEquals(values.subList(0, 100), strings(part));
    }

    @Test
    void truncatedInputIsRefusedAsAnOrdinaryReadRefusesIt() {
        List<String> values = sample(500);
        byte[] encoded = encode(column(values));
        for (int cut : new int[] {1, 2, encoded.length / 2, encoded.length - 1}) {
            byte[] truncated = Arrays.copyOf(encoded, encoded.length - cut);
            DbException ordinary = assertThrows(DbException.class,
                    () -> NativeSerialization.read(DataTypes.STRING, new ReadBuffer(truncated), values.size()));
            DbException kept = assertThrows(DbException.class,
                    () -> NativeSerialization.readKeepingEncoding(DataTypes.STRING, new ReadBuffer(truncated), values.size()));
            assertEquals(ordinary.code(), kept.code(), "cut " + cut + ", seed " + SEED);
            assertEquals(ordinary.getMessage(), kept.getMessage());
        }
    }

    @Test
    void streamsAndOtherTypesReadAsUsual() {
        List<String> values = sample(100);
        byte[] encoded = encode(column(values));
        Column fromStream = NativeSerialization.readKeepingEncoding(DataTypes.STRING,
                new ReadBuffer(new ByteArrayInputStream(encoded)), values.size());
        assertNull(((StringColumn) fromStream).nativeEncoding());
        assertEquals(values, strings((StringColumn) fromStream));
        WriteBuffer fixed = new WriteBuffer();
        fixed.write("abcdef".getBytes(StandardCharsets.US_ASCII));
        Column fs = NativeSerialization.readKeepingEncoding(new io.strata.core.type.FixedStringType(3), new ReadBuffer(fixed.toByteArray()), 2);
        assertNull(((StringColumn) fs).nativeEncoding());
        assertEquals("def", ((StringColumn) fs).getString(1));
    }

    @Test
    void concurrentReadersDecodeOnceAndAllSeeTheValues() throws Exception {
        List<String> values = sample(5_000);
        byte[] encoded = encode(column(values));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            for (int round = 0; round < 20; round++) {
                StringColumn c = (StringColumn) NativeSerialization.readKeepingEncoding(DataTypes.STRING,
                        new ReadBuffer(encoded), values.size());
                CountDownLatch start = new CountDownLatch(1);
                List<Future<List<String>>> results = new ArrayList<>();
                for (int t = 0; t < 4; t++) {
                    results.add(pool.submit(() -> {
                        start.await();
                        byte[] bytes = c.bytes();
                        int[] offsets = c.offsets();
                        List<String> out = new ArrayList<>();
                        for (int i = 0; i < c.size(); i++) {
                            out.add(new String(bytes, offsets[i], offsets[i + 1] - offsets[i], StandardCharsets.UTF_8));
                        }
                        return out;
                    }));
                }
                start.countDown();
                for (Future<List<String>> r : results) assertEquals(values, r.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
