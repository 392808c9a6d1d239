package io.strata.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** WriteBuffer's decimal writers against the JDK's conversions, at the edges and at random. */
class DecimalDigitsTest {

    private static String signed(long v) {
        return new String(new WriteBuffer().writeLong(v).toByteArray(), StandardCharsets.US_ASCII);
    }

    private static String unsigned(long v) {
        return new String(new WriteBuffer().writeUnsignedLong(v).toByteArray(), StandardCharsets.US_ASCII);
    }

    @Test
    void edgesOfEveryWidth() {
        long p = 1;
        for (int digits = 1; digits <= 19; digits++) {
            for (long v : new long[] {p - 1, p, p + 1, 2 * p - 1, -p, -(p - 1), -(p + 1)}) {
                assertEquals(Long.toString(v), signed(v));
            }
            if (digits < 19) p *= 10;
        }
        for (long v : new long[] {0, 9, 10, 99, 100, Integer.MAX_VALUE, Integer.MAX_VALUE + 1L, Integer.MIN_VALUE,
                Long.MAX_VALUE, Long.MIN_VALUE, Long.MIN_VALUE + 1, -1}) {
            assertEquals(Long.toString(v), signed(v));
            assertEquals(Long.toUnsignedString(v), unsigned(v));
        }
    }

    @Test
    void randomValuesOfEveryMagnitude() {
        long seed = System.nanoTime();
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = 0; i < 200_000; i++) {
            long v = random.nextLong() >> random.nextInt(64);
            assertEquals(Long.toString(v), signed(v), "seed " + seed);
            assertEquals(Long.toUnsignedString(v), unsigned(v), "seed " + seed);
        }
    }

    @Test
    void everyValueUnderAMillionAndEveryLengthUnderTenToTheEight() {
        for (long v = 0; v < 1_000_000; v++) assertEquals(Long.toString(v), signed(v));
        SplittableRandom random = new SplittableRandom(42);
        for (int i = 0; i < 200_000; i++) {
            long v = random.nextLong(100_000_000L);
            assertEquals(Long.toString(v), signed(v));
            assertEquals(Long.toString(-v), signed(-v));
        }
        for (long v : new long[] {99_999_999L, 10_000_000L, 9_999_999L, 100_000_000L, 100_000_001L}) {
            assertEquals(Long.toString(v), signed(v));
        }
    }

    @Test
    void putDecimalWritesOnlyFromItsStartAndWhatFollowsIsRewritten() {
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < 10_000; i++) {
            long v = random.nextLong(1_000_000_000L) >> random.nextInt(30);
            int len = WriteBuffer.decimalLength(v);
            byte[] b = new byte[3 + len + random.nextInt(12)];
            java.util.Arrays.fill(b, (byte) '#');
            WriteBuffer.putDecimal(b, 3, 3 + len, v);
            assertEquals("###" + v, new String(b, 0, 3 + len, StandardCharsets.US_ASCII), "value " + v);
        }
    }
}
