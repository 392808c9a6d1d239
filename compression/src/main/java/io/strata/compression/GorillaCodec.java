package io.strata.compression;

import java.util.List;

/**
 * {@code Gorilla}: XOR of each value with the previous one, stored with the leading/trailing-zero
 * scheme of the Gorilla paper (section 4.1.2). Payload layout, as ClickHouse's
 * CompressionCodecGorilla:
 * <pre>
 * [1 byte: W in {1,2,4,8}] [1 byte: S = input length % W] [S bytes: the first S input bytes]
 * [4 bytes LE: item count N] if N >= 1: [W bytes LE: first value]
 * bit stream (most significant bit first, zero-padded to a byte) for items 2..N, x = cur ^ prev:
 *   x == 0                                        -> 0
 *   previous window fits (its leading zeros <= x's,
 *     its trailing zeros <= x's)                  -> 10 [x >> prevTrailing, prevDataBits bits]
 *   otherwise                                     -> 11 [leading zeros, L bits] [data bits, D bits]
 *                                                       [x >> trailing, data bits]
 * with D = 4, 5, 6, 7 bits for W = 1, 2, 4, 8 and L = D - 1.
 * </pre>
 */
public final class GorillaCodec implements Codec {
    private final int width;

    public GorillaCodec(int width) {
        this.width = width;
    }

    static int dataBitsLength(int w) {
        return switch (w) {
            case 1 -> 4;
            case 2 -> 5;
            case 4 -> 6;
            default -> 7;
        };
    }

    @Override public byte methodByte() { return MethodBytes.GORILLA; }
    @Override public String name() { return "Gorilla"; }
    @Override public String description() { return "Gorilla"; }

    @Override
    public int maxCompressedSize(int srcLen) {
        long items = srcLen / width;
        long perItemBits = 2 + 2L * dataBitsLength(width) + 8L * width;
        return (int) Math.min(Integer.MAX_VALUE, 2 + (width - 1) + 4 + width + (items * perItemBits + 7) / 8 + 1);
    }

    @Override
    public int compress(byte[] src, int srcOff, int srcLen, byte[] dst, int dstOff) {
        final int w = width;
        int skip = srcLen % w;
        int n = (srcLen - skip) / w;
        int p = CodecParams.writeValueHeader(w, src, srcOff, srcLen, dst, dstOff);
        int i = srcOff + skip;
        int end = i + n * w;
        final int valueBits = 8 * w;
        final int unusedHigh = 64 - valueBits;
        final int dLen = dataBitsLength(w);
        final int lLen = dLen - 1;
        long prev = 0;
        if (i < end) {
            prev = Bytes.get(src, i, w);
            Bytes.put(dst, p, w, prev);
            p += w;
            i += w;
        }
        int prevLeading = 0;
        int prevTrailing = 0;
        int prevData = 0;
        BitWriter bits = new BitWriter(dst, p);
        for (; i < end; i += w) {
            long cur = Bytes.get(src, i, w);
            long x = cur ^ prev;
            prev = cur;
            if (x == 0) {
                bits.write(1, 0);
                continue;
            }
            int leading = Long.numberOfLeadingZeros(x) - unusedHigh;
            int trailing = Long.numberOfTrailingZeros(x);
            if (prevData != 0 && prevLeading <= leading && prevTrailing <= trailing) {
                bits.write(2, 0b10);
                bits.write(prevData, x >>> prevTrailing);
            } else {
                int data = valueBits - leading - trailing;
                bits.write(2, 0b11);
                bits.write(lLen, leading);
                bits.write(dLen, data);
                bits.write(data, x >>> trailing);
                prevLeading = leading;
                prevTrailing = trailing;
                prevData = data;
            }
        }
        return bits.finish() - dstOff;
    }

    @Override
    public void decompress(byte[] src, int srcOff, int srcLen, byte[] dst, int dstOff, int uncompressedLen) {
        int end = srcOff + srcLen;
        CodecParams.ValueHeader h = CodecParams.readValueHeader("Gorilla", src, srcOff, srcLen, dst, dstOff, uncompressedLen);
        int w = h.width();
        int skip = h.skip();
        int p = h.position();
        long n = h.count();
        final int valueBits = 8 * w;
        final int dLen = dataBitsLength(w);
        final int lLen = dLen - 1;
        int o = dstOff + skip;
        int oEnd = o + (int) n * w;
        long prev = 0;
        if (o < oEnd) {
            if (p + w > end) {
                throw CodecParams.corrupt("Gorilla", "truncated first value");
            }
            prev = Bytes.get(src, p, w);
            Bytes.put(dst, o, w, prev);
            p += w;
            o += w;
        }
        int prevTrailing = 0;
        int prevData = 0;
        BitReader bits = new BitReader(src, p, end, "Gorilla");
        for (; o < oEnd; o += w) {
            if (bits.readBit()) {
                long x;
                if (!bits.readBit()) {
                    if (prevData == 0) {
                        throw CodecParams.corrupt("Gorilla", "reuse of a window before any was set");
                    }
                    x = bits.read(prevData) << prevTrailing;
                } else {
                    int leading = (int) bits.read(lLen);
                    int data = (int) bits.read(dLen);
                    int trailing = valueBits - leading - data;
                    if (data == 0 || trailing < 0) {
                        throw CodecParams.corrupt("Gorilla", "bad window (" + leading + " leading zeros, " + data + " data bits)");
                    }
                    x = bits.read(data) << trailing;
                    prevTrailing = trailing;
                    prevData = data;
                }
                prev ^= x;
            }
            Bytes.put(dst, o, w, prev);
        }
    }

    public static final class Factory implements CodecFactory {
        @Override public String name() { return "Gorilla"; }
        @Override public byte methodByte() { return MethodBytes.GORILLA; }

        @Override
        public Codec create(List<String> params, int valueWidth) {
            CodecParams.atMost("Gorilla", params, 0);
            return new GorillaCodec(CodecParams.bytesSize("Gorilla", List.of(), valueWidth));
        }
    }
}
