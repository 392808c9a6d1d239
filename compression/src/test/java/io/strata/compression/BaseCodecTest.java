package io.strata.compression;

import io.strata.core.error.DbException;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Conformance kit every codec passes: exact round trips over data shaped for each value width
 * (empty, one byte, ragged lengths, constant, monotonic, random, extremes), the declared size
 * bound, and decoding through the method-byte registry as a reader would.
 */
abstract class BaseCodecTest {
    /** The codec under test for values of {@code width} bytes. */
    abstract Codec codec(int width);

    /** Whether the codec accepts input that is not whole values (T64 does not, like ClickHouse). */
    boolean acceptsPartialValues() {
        return true;
    }

    int[] widths() {
        return new int[] {1, 2, 4, 8};
    }

    static List<byte[]> samples(int width) {
        SplittableRandom rnd = new SplittableRandom(42 + width);
        List<byte[]> out = new ArrayList<>();
        int n = 5000;
        out.add(new byte[0]);
        out.add(new byte[] {7});
        out.add(values(width, 1, i -> 0x1234567890ABCDEFL));
        out.add(values(width, 2, i -> i * 3));
        out.add(values(width, 63, i -> i * i));
        out.add(values(width, 65, i -> -i));
        out.add(values(width, n, i -> 99));
        out.add(values(width, n, i -> i));
        out.add(values(width, n, i -> 1_600_000_000L + i * 15));
        out.add(values(width, n, i -> 1_000_000 - i * 7));
        out.add(values(width, n, i -> rnd.nextLong()));
        out.add(values(width, n, i -> rnd.nextInt(100)));
        out.add(values(width, n, i -> rnd.nextInt(100) - 50));
        out.add(values(width, n, i -> (i & 1) == 0 ? Long.MIN_VALUE : Long.MAX_VALUE));
        out.add(values(width, n, i -> (i & 1) == 0 ? 0 : -1L));
        out.add(values(width, n, i -> Double.doubleToLongBits(20.0 + (i % 17) * 0.25)));
        out.add(values(width, n, i -> Float.floatToIntBits(20.0f + (i % 17) * 0.25f)));
        out.add(values(width, n, i -> i / 100 * 1000));
        // ragged: a few bytes beyond whole values, before and after the values
        for (int extra = 1; extra < width; extra++) {
            byte[] v = values(width, 300, i -> i * 5);
            byte[] r = Arrays.copyOf(v, v.length + extra);
            for (int k = 0; k < extra; k++) {
                r[v.length + k] = (byte) (0xA0 + k);
            }
            out.add(r);
            byte[] random = new byte[1000 * width + extra];
            for (int k = 0; k < random.length; k++) {
                random[k] = (byte) rnd.nextInt();
            }
            out.add(random);
        }
        return out;
    }

    interface Gen {
        long at(long i);
    }

    static byte[] values(int width, int n, Gen g) {
        byte[] b = new byte[n * width];
        for (int i = 0; i < n; i++) {
            Bytes.put(b, i * width, width, g.at(i));
        }
        return b;
    }

    @Test
    void roundTripsEverySampleOfEveryWidth() {
        for (int width : widths()) {
            Codec c = codec(width);
            for (byte[] data : samples(width)) {
                if (data.length % width != 0 && !acceptsPartialValues()) {
                    assertThrows(DbException.class, () -> c.compress(data, 0, data.length, new byte[c.maxCompressedSize(data.length) + 64], 0));
                    continue;
                }
                roundTrip(c, data, width);
            }
        }
    }

    private static void roundTrip(Codec c, byte[] data, int width) {
        String what = c.description() + " width " + width + " length " + data.length;
        // Offsets on both sides catch codecs that forget srcOff/dstOff.
        byte[] src = new byte[data.length + 11];
        System.arraycopy(data, 0, src, 5, data.length);
        int bound = c.maxCompressedSize(data.length);
        byte[] compressed = new byte[bound + 7];
        int n = c.compress(src, 5, data.length, compressed, 3);
        assertTrue(n <= bound, what + ": " + n + " > bound " + bound);
        byte[] back = new byte[data.length + 9];
        c.decompress(compressed, 3, n, back, 4, data.length);
        assertArrayEquals(data, Arrays.copyOfRange(back, 4, 4 + data.length), what);

        // As a reader finds it: by method byte, inside ClickHouse's block framing.
        byte[] block = new byte[CompressedBlocks.maxBlockSize(c, data.length)];
        int len = CompressedBlocks.write(c, data, 0, data.length, block, 0, FramingTest.TEST_CHECKSUM);
        Codec reader = Codecs.byMethodByte(block[CompressedBlocks.CHECKSUM_SIZE]);
        byte[] again = new byte[data.length];
        reader.decompress(block, CompressedBlocks.CHECKSUM_SIZE + CompressedBlocks.HEADER_SIZE,
                len - CompressedBlocks.CHECKSUM_SIZE - CompressedBlocks.HEADER_SIZE, again, 0, data.length);
        assertArrayEquals(data, again, what + " via method byte");
    }

    @Test
    void truncatedPayloadIsCorruptDataNotACrash() {
        for (int width : widths()) {
            Codec c = codec(width);
            byte[] data = values(width, 1000, i -> i * 31 + (i % 7));
            byte[] compressed = new byte[c.maxCompressedSize(data.length)];
            int n = c.compress(data, 0, data.length, compressed, 0);
            for (int cut : new int[] {0, 1, n / 2, n - 1}) {
                if (cut >= n) {
                    continue;
                }
                try {
                    c.decompress(compressed, 0, cut, new byte[data.length], 0, data.length);
                } catch (DbException expected) {
                    continue;
                }
                // A codec may legitimately finish early only if the cut happened after all data.
                throw new AssertionError(c.description() + ": truncation to " + cut + " of " + n + " bytes was not detected");
            }
        }
    }

    @Test
    void methodByteAndNameAreRegistered() {
        Codec c = codec(widths()[0]);
        assertEquals(c.methodByte(), Codecs.byMethodByte(c.methodByte()).methodByte());
        if (!(c instanceof MultipleCodec)) {
            assertTrue(Codecs.names().contains(c.name()), c.name());
        }
    }
}
