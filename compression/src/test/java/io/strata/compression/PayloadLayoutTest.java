package io.strata.compression;

import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Hand-computed payloads pinning the documented byte layouts (they are persisted forever). */
class PayloadLayoutTest {
    private static byte[] compress(Codec c, byte[] data) {
        byte[] out = new byte[c.maxCompressedSize(data.length)];
        return Arrays.copyOf(out, c.compress(data, 0, data.length, out, 0));
    }

    private static byte[] b(int... v) {
        byte[] r = new byte[v.length];
        for (int i = 0; i < v.length; i++) {
            r[i] = (byte) v[i];
        }
        return r;
    }

    @Test
    void deltaKeepsLeadingLeftoverBytesVerbatim() {
        // 9 bytes with width 4: one leading leftover byte, then values 1 and 3 -> deltas 1, 2
        assertArrayEquals(b(4, 1, 0xEE, 1, 0, 0, 0, 2, 0, 0, 0),
                compress(new DeltaCodec(4), b(0xEE, 1, 0, 0, 0, 3, 0, 0, 0)));
        assertArrayEquals(b(1, 0, 5, 0xFF), compress(new DeltaCodec(1), b(5, 4)));
    }

    @Test
    void doubleDeltaLayout() {
        // UInt32 1, 2, 3, 5: count 4, first 1, first delta 1; dd 0 -> "0"; dd 1 -> "10" "0" "000000"
        byte[] data = BaseCodecTest.values(4, 4, i -> new long[] {1, 2, 3, 5}[(int) i]);
        assertArrayEquals(b(4, 0, 4, 0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0, 0x40, 0x00), compress(new DoubleDeltaCodec(4), data));
        // dd = -1 -> "10" "1" "000000": 0b1010_0000 0b00
        byte[] down = BaseCodecTest.values(4, 3, i -> new long[] {10, 20, 29}[(int) i]);
        assertArrayEquals(b(4, 0, 3, 0, 0, 0, 10, 0, 0, 0, 10, 0, 0, 0, 0xA0, 0x00), compress(new DoubleDeltaCodec(4), down));
    }

    @Test
    void gorillaLayout() {
        // UInt8 values 0x10, 0x10, 0x30: "0"; x = 0x20: lz 2, tz 5, data 1 -> "11" "010" "0001" "1" -> 0 11 010 00|01 1
        byte[] out = compress(new GorillaCodec(1), b(0x10, 0x10, 0x30));
        assertArrayEquals(b(1, 0, 3, 0, 0, 0, 0x10, 0b0110_1000, 0b0110_0000), out);
    }

    @Test
    void t64Layout() {
        // UInt32 values 0..63 + 64: min 0, max 64 -> 7 bits; two groups of 7 words
        byte[] data = BaseCodecTest.values(4, 65, i -> i);
        byte[] out = compress(T64Codec.of(4, false), data);
        assertEquals(1 + 16 + 2 * 7 * 8, out.length);
        assertEquals(3, out[0]);
        assertEquals(0L, Bytes.getLong(out, 1));
        assertEquals(64L, Bytes.getLong(out, 9));
        // word 0 of group 0: bit 0 of values 0..63 = 0b...1010
        assertEquals(0xAAAAAAAAAAAAAAAAL, Bytes.getLong(out, 17));
        // group 1 holds only value 64: bit 6 set in word 6
        assertEquals(1L, Bytes.getLong(out, 17 + 7 * 8 + 6 * 8));
        // 12 bits, "byte" variant: one 64-byte plane of low bytes, then 4 bit-plane words
        byte[] wide = BaseCodecTest.values(2, 64, i -> i * 50);
        byte[] w = compress(T64Codec.of(2, false), wide);
        assertEquals(1 + 16 + 12 * 8, w.length);
        for (int i = 0; i < 64; i++) {
            assertEquals((byte) (i * 50), w[17 + i], "low byte plane, value " + i);
        }
        long word8 = 0;
        for (int i = 0; i < 64; i++) {
            word8 |= (((i * 50L) >>> 8) & 1) << i;
        }
        assertEquals(word8, Bytes.getLong(w, 17 + 64));
        // "bit" variant: the same values as 12 bit planes, magic | 0x80
        byte[] bits = compress(T64Codec.of(2, false, true), wide);
        assertEquals((byte) 0x82, bits[0]);
        assertEquals(1 + 16 + 12 * 8, bits.length);
        assertEquals(word8, Bytes.getLong(bits, 17 + 8 * 8));
        // signed mixed signs: -1 and 1 need 1 magnitude bit + sign
        byte[] signed = BaseCodecTest.values(1, 2, i -> i == 0 ? -1 : 1);
        byte[] s = compress(T64Codec.of(1, true), signed);
        assertEquals(6, s[0]);
        assertEquals(-1L, Bytes.getLong(s, 1));
        assertEquals(1 + 16 + 2 * 8, s.length);
        // constant input: header only
        assertEquals(17, compress(T64Codec.of(8, false), BaseCodecTest.values(8, 100, i -> 5)).length);
    }

    @Test
    void chainLayoutNestsHeadedStages() {
        byte[] data = BaseCodecTest.values(4, 10, i -> i);
        byte[] out = compress(CodecParser.parse("Delta(4), NONE", 4), data);
        // [2][0x92][0x02] then NONE's headed block wrapping Delta's headed block
        assertEquals(2, out[0]);
        assertEquals((byte) 0x92, out[1]);
        assertEquals(0x02, out[2]);
        assertEquals(0x02, out[3]);
        int noneSize = Bytes.getInt(out, 4);
        assertEquals(out.length - 3, noneSize);
        assertEquals(9 + 42, Bytes.getInt(out, 8));
        assertEquals((byte) 0x92, out[12]);
        assertEquals(9 + 42, Bytes.getInt(out, 13));
        assertEquals(40, Bytes.getInt(out, 17));
    }
}
