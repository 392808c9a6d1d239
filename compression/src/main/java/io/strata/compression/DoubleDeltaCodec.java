package io.strata.compression;

import java.util.List;

/**
 * {@code DoubleDelta}: delta-of-delta encoding with variable-length bit fields (Gorilla paper,
 * section 4.1.1, with ClickHouse's field widths). All arithmetic wraps in the value width W.
 * Payload layout, as ClickHouse's CompressionCodecDoubleDelta:
 * <pre>
 * [1 byte: W in {1,2,4,8}] [1 byte: S = input length % W] [S bytes: the first S input bytes]
 * [4 bytes LE: item count N]
 * if N >= 1: [W bytes LE: first value]
 * if N >= 2: [W bytes LE: first delta]
 * bit stream (most significant bit first, zero-padded to a byte) for items 3..N, where
 * dd = delta - previous delta, read as a signed W-byte number:
 *   dd == 0                     -> 0
 *   -63 < dd < 64               -> 10    sign(1) (|dd|-1)(6 bits)
 *   -255 < dd < 256             -> 110   sign(1) (|dd|-1)(8 bits)
 *   -2047 < dd < 2048           -> 1110  sign(1) (|dd|-1)(11 bits)
 *   INT32_MIN < dd < INT32_MAX  -> 11110 sign(1) (|dd|-1)(31 bits)
 *   otherwise                   -> 11111 sign(1) (|dd|-1)(63 bits)
 * </pre>
 */
public final class DoubleDeltaCodec implements Codec {
    private static final int[] DATA_BITS = {6, 8, 11, 31, 63};
    private final int width;

    public DoubleDeltaCodec(int width) {
        this.width = width;
    }

    @Override public byte methodByte() { return MethodBytes.DOUBLE_DELTA; }
    @Override public String name() { return "DoubleDelta"; }
    @Override public String description() { return "DoubleDelta"; }

    @Override
    public int maxCompressedSize(int srcLen) {
        long items = srcLen / width;
        // header + leading bytes + count + first value and delta + at most 69 bits per later item
        return (int) Math.min(Integer.MAX_VALUE, 2 + (width - 1) + 4 + 2L * width + (items * 69 + 7) / 8 + 1);
    }

    @Override
    public int compress(byte[] src, int srcOff, int srcLen, byte[] dst, int dstOff) {
        final int w = width;
        int skip = srcLen % w;
        int n = (srcLen - skip) / w;
        int p = CodecParams.writeValueHeader(w, src, srcOff, srcLen, dst, dstOff);
        int i = srcOff + skip;
        int end = i + n * w;
        final int shift = 64 - 8 * w;
        final long mask = -1L >>> shift;
        long prev = 0;
        long prevDelta = 0;
        if (i < end) {
            prev = Bytes.get(src, i, w);
            Bytes.put(dst, p, w, prev);
            p += w;
            i += w;
        }
        if (i < end) {
            long cur = Bytes.get(src, i, w);
            prevDelta = (cur - prev) & mask;
            Bytes.put(dst, p, w, prevDelta);
            p += w;
            i += w;
            prev = cur;
        }
        BitWriter bits = new BitWriter(dst, p);
        for (; i < end; i += w) {
            long cur = Bytes.get(src, i, w);
            long delta = (cur - prev) & mask;
            long dd = (delta - prevDelta) & mask;
            prev = cur;
            prevDelta = delta;
            if (dd == 0) {
                bits.write(1, 0);
                continue;
            }
            long sdd = (dd << shift) >> shift;
            long abs = Math.abs(sdd) - 1;
            long sign = sdd < 0 ? 1 : 0;
            if (sdd > -63 && sdd < 64) {
                bits.write(3, 0b100 | sign);
                bits.write(6, abs);
            } else if (sdd > -255 && sdd < 256) {
                bits.write(4, 0b1100 | sign);
                bits.write(8, abs);
            } else if (sdd > -2047 && sdd < 2048) {
                bits.write(5, 0b11100 | sign);
                bits.write(11, abs);
            } else if (sdd > Integer.MIN_VALUE && sdd < Integer.MAX_VALUE) {
                bits.write(6, 0b111100 | sign);
                bits.write(31, abs);
            } else {
                bits.write(6, 0b111110 | sign);
                bits.write(63, abs);
            }
        }
        return bits.finish() - dstOff;
    }

    @Override
    public void decompress(byte[] src, int srcOff, int srcLen, byte[] dst, int dstOff, int uncompressedLen) {
        int end = srcOff + srcLen;
        CodecParams.ValueHeader h = CodecParams.readValueHeader("DoubleDelta", src, srcOff, srcLen, dst, dstOff, uncompressedLen);
        int w = h.width();
        int skip = h.skip();
        int p = h.position();
        long n = h.count();
        final int shift = 64 - 8 * w;
        final long mask = -1L >>> shift;
        int o = dstOff + skip;
        int oEnd = o + (int) n * w;
        long prev = 0;
        long prevDelta = 0;
        if (o < oEnd) {
            if (p + w > end) {
                throw CodecParams.corrupt("DoubleDelta", "truncated first value");
            }
            prev = Bytes.get(src, p, w);
            Bytes.put(dst, o, w, prev);
            p += w;
            o += w;
        }
        if (o < oEnd) {
            if (p + w > end) {
                throw CodecParams.corrupt("DoubleDelta", "truncated first delta");
            }
            prevDelta = Bytes.get(src, p, w);
            prev = (prev + prevDelta) & mask;
            Bytes.put(dst, o, w, prev);
            p += w;
            o += w;
        }
        BitReader bits = new BitReader(src, p, end, "DoubleDelta");
        for (; o < oEnd; o += w) {
            long dd = 0;
            if (bits.readBit()) {
                int k = 0;
                while (k < DATA_BITS.length - 1 && bits.readBit()) {
                    k++;
                }
                boolean negative = bits.readBit();
                long v = bits.read(DATA_BITS[k]) + 1;
                dd = negative ? -v : v;
            }
            prevDelta = (prevDelta + dd) & mask;
            prev = (prev + prevDelta) & mask;
            Bytes.put(dst, o, w, prev);
        }
    }

    public static final class Factory implements CodecFactory {
        @Override public String name() { return "DoubleDelta"; }
        @Override public byte methodByte() { return MethodBytes.DOUBLE_DELTA; }

        @Override
        public Codec create(List<String> params, int valueWidth) {
            // ClickHouse's DoubleDelta takes no parameter; the width comes from the column type.
            CodecParams.atMost("DoubleDelta", params, 0);
            return new DoubleDeltaCodec(CodecParams.bytesSize("DoubleDelta", List.of(), valueWidth));
        }
    }
}
