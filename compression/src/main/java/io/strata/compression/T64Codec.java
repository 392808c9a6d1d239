package io.strata.compression;

import io.strata.core.error.DbException;
import io.strata.core.error.ErrorCode;

import java.util.List;

/**
 * {@code T64} (the default "byte" variant): drops the high bits shared by all values of the block
 * and stores the rest as bit planes of 64-value groups. Payload layout, as ClickHouse's
 * CompressionCodecT64:
 * <pre>
 * [1 byte: type magic: UInt8 1, UInt16 2, UInt32 3, UInt64 4, Int8 6, Int16 7, Int32 8, Int64 9
 *          (Date, DateTime, Enum, Decimal... have their own, read by their storage integer; we write
 *          the storage integer's), | 0x80 for the "bit" variant]
 * [8 bytes LE: min as Int64/UInt64] [8 bytes LE: max as Int64/UInt64]
 * B = significant bits: unsigned (or both signs equal): 64 - clz(min ^ max), 0 when min == max;
 *     signed with min < 0 <= max: bits of max (or of ~min, whichever is larger) + 1 sign bit
 * if B > 0, for each group of 64 values (the last one zero-padded), B * 8 bytes:
 *   "byte" variant: for each of the B / 8 low whole bytes, 64 bytes (byte i = that byte of value i);
 *                   then B % 8 words of 8 bytes LE for the remaining bits
 *   "bit" variant:  B words of 8 bytes LE
 *   where the word for bit j has bit i set when bit j of value i is set
 * </pre>
 * Decoding restores the dropped bits from min (or sign-extends in the mixed-sign case). The input
 * must be whole values, as in ClickHouse (CANNOT_COMPRESS otherwise).
 */
public final class T64Codec implements Codec {
    private static final int HEADER = 1 + 16;
    /**
     * ClickHouse's type magic numbers to the width of their storage integer: UInt8..UInt64 1-4,
     * Int8..Int64 6-9, Date 13, DateTime 14, DateTime64 15, Enum8 17, Enum16 18, Decimal32 19,
     * Decimal64 20, IPv4 21, Date32 22, Time 23, Time64 24.
     */
    private static final byte[] WIDTH_BY_MAGIC = {0, 1, 2, 4, 8, 0, 1, 2, 4, 8, 0, 0, 0, 2, 4, 8, 0, 1, 2, 4, 8, 4, 4, 4, 8};
    private static final boolean[] SIGNED_BY_MAGIC = new boolean[WIDTH_BY_MAGIC.length];

    static {
        for (int m : new int[] {6, 7, 8, 9, 15, 19, 20, 22, 23, 24}) {
            SIGNED_BY_MAGIC[m] = true;
        }
    }

    private final int width;
    private final boolean signed;
    private final boolean bitVariant;

    private T64Codec(int width, boolean signed, boolean bitVariant) {
        this.width = width;
        this.signed = signed;
        this.bitVariant = bitVariant;
    }

    /** T64 ("byte" variant) for an integer column of {@code width} bytes; signedness matters to the stored min/max. */
    public static T64Codec of(int width, boolean signed) {
        return of(width, signed, false);
    }

    /** {@code bitVariant}: T64('bit'), every bit transposed (better before ZSTD, worse before LZ4). */
    public static T64Codec of(int width, boolean signed, boolean bitVariant) {
        if (width != 1 && width != 2 && width != 4 && width != 8) {
            throw DbException.of(ErrorCode.ILLEGAL_CODEC_PARAMETER, "T64 codec is not supported for values of %d bytes", width);
        }
        return new T64Codec(width, signed, bitVariant);
    }

    static int cookie(int width, boolean signed) {
        int base = switch (width) {
            case 1 -> 1;
            case 2 -> 2;
            case 4 -> 3;
            default -> 4;
        };
        return signed ? base + 5 : base;
    }

    @Override public byte methodByte() { return MethodBytes.T64; }
    @Override public String name() { return "T64"; }
    @Override public String description() { return bitVariant ? "T64('bit')" : "T64"; }

    @Override
    public int maxCompressedSize(int srcLen) {
        long values = srcLen / Math.max(width, 1);
        long groups = (values + 63) / 64;
        return (int) Math.min(Integer.MAX_VALUE, HEADER + groups * 64 * 8);
    }

    @Override
    public int compress(byte[] src, int srcOff, int srcLen, byte[] dst, int dstOff) {
        final int w = width;
        if (srcLen % w != 0) {
            throw DbException.of(ErrorCode.BAD_ARGUMENTS, "Cannot compress with T64, data size %d is not multiplier of %d", srcLen, w);
        }
        dst[dstOff] = (byte) (cookie(w, signed) | (bitVariant ? 0x80 : 0));
        int n = srcLen / w;
        final int shift = 64 - 8 * w;
        long min = 0;
        long max = 0;
        if (n > 0) {
            if (signed) {
                min = Long.MAX_VALUE;
                max = Long.MIN_VALUE;
                for (int i = srcOff, e = srcOff + srcLen; i < e; i += w) {
                    long v = (Bytes.get(src, i, w) << shift) >> shift;
                    min = Math.min(min, v);
                    max = Math.max(max, v);
                }
            } else {
                min = -1L;
                max = 0;
                for (int i = srcOff, e = srcOff + srcLen; i < e; i += w) {
                    long v = Bytes.get(src, i, w);
                    if (Long.compareUnsigned(v, min) < 0) {
                        min = v;
                    }
                    if (Long.compareUnsigned(v, max) > 0) {
                        max = v;
                    }
                }
            }
        }
        Bytes.putLong(dst, dstOff + 1, min);
        Bytes.putLong(dst, dstOff + 9, max);
        int bits = significantBits(min, max, signed);
        int p = dstOff + HEADER;
        if (bits == 0) {
            return HEADER;
        }
        long[] values = new long[64];
        long[] words = new long[64];
        int planes = (bits + 7) / 8;
        for (int v = 0; v < n; v += 64) {
            int count = Math.min(64, n - v);
            int base = srcOff + v * w;
            for (int i = 0; i < count; i++) {
                values[i] = Bytes.get(src, base + i * w, w);
            }
            for (int i = count; i < 64; i++) {
                values[i] = 0;
            }
            int fullBytes = bitVariant ? 0 : bits / 8;
            // "byte" variant: whole low bytes as 64-byte planes, value i at byte i
            for (int b = 0; b < fullBytes; b++) {
                int sh = 8 * b;
                for (int i = 0; i < 64; i++) {
                    dst[p + i] = (byte) (values[i] >>> sh);
                }
                p += 64;
            }
            // the remaining bits (all of them for "bit") as bit planes
            toBitPlanes(values, words, fullBytes, planes);
            for (int j = 8 * fullBytes; j < bits; j++) {
                Bytes.putLong(dst, p, words[j]);
                p += 8;
            }
        }
        return p - dstOff;
    }

    /**
     * Transposes 64 values into bit planes: {@code words[j]} bit i = bit j of {@code values[i]},
     * for bits {@code 8 * fromPlane} to {@code 8 * planes - 1}. Works on 8x8 bit tiles (byte b of 8 values at a time).
     */
    static void toBitPlanes(long[] values, long[] words, int fromPlane, int planes) {
        java.util.Arrays.fill(words, 8 * fromPlane, 8 * planes, 0);
        for (int g = 0; g < 8; g++) {
            int base = 8 * g;
            for (int b = fromPlane; b < planes; b++) {
                int sh = 8 * b;
                long x = 0;
                for (int k = 0; k < 8; k++) {
                    x |= ((values[base + k] >>> sh) & 0xFFL) << (8 * k);
                }
                long y = transpose8x8(x);
                for (int j = 0; j < 8; j++) {
                    words[8 * b + j] |= ((y >>> (8 * j)) & 0xFFL) << base;
                }
            }
        }
    }

    /** The inverse of {@link #toBitPlanes}, OR-ing into {@code values}; words past the stored bits must be zero. */
    static void fromBitPlanes(long[] words, long[] values, int fromPlane, int planes) {
        for (int g = 0; g < 8; g++) {
            int base = 8 * g;
            for (int b = fromPlane; b < planes; b++) {
                long x = 0;
                for (int j = 0; j < 8; j++) {
                    x |= ((words[8 * b + j] >>> base) & 0xFFL) << (8 * j);
                }
                long y = transpose8x8(x);
                int sh = 8 * b;
                for (int k = 0; k < 8; k++) {
                    values[base + k] |= ((y >>> (8 * k)) & 0xFFL) << sh;
                }
            }
        }
    }

    /** Transposes an 8x8 bit matrix held as 8 row bytes (Hacker's Delight, 7-3). */
    static long transpose8x8(long x) {
        long t = (x ^ (x >>> 7)) & 0x00AA00AA00AA00AAL;
        x = x ^ t ^ (t << 7);
        t = (x ^ (x >>> 14)) & 0x0000CCCC0000CCCCL;
        x = x ^ t ^ (t << 14);
        t = (x ^ (x >>> 28)) & 0x00000000F0F0F0F0L;
        return x ^ t ^ (t << 28);
    }

    static int significantBits(long min, long max, boolean signed) {
        if (signed && min < 0 && max >= 0) {
            // Comparing max with ~min (= -min-1) picks the side that needs more magnitude bits.
            long magnitude = Long.compareUnsigned(max, ~min) >= 0 ? max : ~min;
            return (magnitude == 0 ? 0 : 64 - Long.numberOfLeadingZeros(magnitude)) + 1;
        }
        long diff = min ^ max;
        return diff == 0 ? 0 : 64 - Long.numberOfLeadingZeros(diff);
    }

    @Override
    public void decompress(byte[] src, int srcOff, int srcLen, byte[] dst, int dstOff, int uncompressedLen) {
        if (srcLen < HEADER) {
            throw CodecParams.corrupt("T64", "payload shorter than its header");
        }
        boolean bitVariant = (src[srcOff] & 0x80) != 0;
        int cookie = src[srcOff] & 0x7F;
        int w = cookie < WIDTH_BY_MAGIC.length ? WIDTH_BY_MAGIC[cookie] : 0;
        if (w == 0) {
            throw CodecParams.corrupt("T64", "bad magic number " + cookie);
        }
        boolean sgn = SIGNED_BY_MAGIC[cookie];
        if (uncompressedLen % w != 0) {
            throw CodecParams.corrupt("T64", uncompressedLen + " bytes are not whole values of " + w + " bytes");
        }
        int n = uncompressedLen / w;
        long min = Bytes.getLong(src, srcOff + 1);
        long max = Bytes.getLong(src, srcOff + 9);
        int bits = significantBits(min, max, sgn);
        if (bits == 0) {
            for (int o = dstOff, e = dstOff + uncompressedLen; o < e; o += w) {
                Bytes.put(dst, o, w, min);
            }
            return;
        }
        long groups = (n + 63) / 64;
        if (srcLen != HEADER + groups * 8 * bits) {
            throw CodecParams.corrupt("T64", "payload of " + srcLen + " bytes for " + n + " values of " + bits + " bits");
        }
        final boolean extend = sgn && min < 0 && max >= 0;
        final int extendShift = 64 - bits;
        final long upper = bits >= 64 ? 0 : (min >>> bits) << bits;
        long[] values = new long[64];
        long[] words = new long[64];
        int planes = (bits + 7) / 8;
        int p = srcOff + HEADER;
        for (int v = 0; v < n; v += 64) {
            int fullBytes = bitVariant ? 0 : bits / 8;
            java.util.Arrays.fill(values, 0);
            for (int b = 0; b < fullBytes; b++) {
                int sh = 8 * b;
                for (int i = 0; i < 64; i++) {
                    values[i] |= (src[p + i] & 0xFFL) << sh;
                }
                p += 64;
            }
            for (int j = 8 * fullBytes; j < bits; j++) {
                words[j] = Bytes.getLong(src, p);
                p += 8;
            }
            java.util.Arrays.fill(words, bits, 8 * planes, 0);
            fromBitPlanes(words, values, fullBytes, planes);
            int count = Math.min(64, n - v);
            int base = dstOff + v * w;
            for (int i = 0; i < count; i++) {
                long x = extend ? (values[i] << extendShift) >> extendShift : values[i] | upper;
                Bytes.put(dst, base + i * w, w, x);
            }
        }
    }

    /** The decoder registered for the T64 method byte: the cookie tells it the type. */
    private static final T64Codec READER = new T64Codec(8, false, false);

    public static final class Factory implements CodecFactory {
        @Override public String name() { return "T64"; }
        @Override public byte methodByte() { return MethodBytes.T64; }

        @Override
        public Codec create(List<String> params, int valueWidth) {
            CodecParams.atMost("T64", params, 1);
            if (!params.isEmpty()) {
                String variant = params.get(0).trim();
                if (variant.equals("'bit'")) {
                    return of(valueWidth, false, true);
                }
                if (!variant.equals("'byte'")) {
                    throw DbException.of(ErrorCode.ILLEGAL_CODEC_PARAMETER, "Wrong modification for T64: %s", variant);
                }
            }
            // Through the parser only the width is known: values are taken as unsigned, which
            // round-trips any bits; column writers that know the type use T64Codec.of(width, signed).
            return of(valueWidth, false);
        }

        @Override
        public Codec forReading() {
            return READER;
        }
    }
}
