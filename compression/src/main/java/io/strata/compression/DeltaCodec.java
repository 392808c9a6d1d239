package io.strata.compression;

import java.util.List;

/**
 * {@code Delta(bytes)}: each value is replaced by its difference from the previous one (the first
 * by itself), wrapping in the value width. Payload layout, as ClickHouse's CompressionCodecDelta:
 * <pre>
 * [1 byte: value width W in {1,2,4,8}]
 * [1 byte: S = input length % W]
 * [S bytes: the first S input bytes, verbatim]
 * [(len - S) bytes: the deltas, little-endian W-byte values]
 * </pre>
 * The payload is always exactly two bytes longer than the input. Note that the leftover bytes are
 * the leading ones, not the trailing ones.
 */
public final class DeltaCodec implements Codec {
    private final int width;

    public DeltaCodec(int width) {
        this.width = width;
    }

    @Override public byte methodByte() { return MethodBytes.DELTA; }
    @Override public String name() { return "Delta"; }
    @Override public String description() { return "Delta(" + width + ")"; }
    @Override public int maxCompressedSize(int srcLen) { return srcLen + 2; }

    @Override
    public int compress(byte[] src, int srcOff, int srcLen, byte[] dst, int dstOff) {
        int skip = srcLen % width;
        dst[dstOff] = (byte) width;
        dst[dstOff + 1] = (byte) skip;
        System.arraycopy(src, srcOff, dst, dstOff + 2, skip);
        encode(width, src, srcOff + skip, srcLen - skip, dst, dstOff + 2 + skip);
        return srcLen + 2;
    }

    @Override
    public void decompress(byte[] src, int srcOff, int srcLen, byte[] dst, int dstOff, int uncompressedLen) {
        if (srcLen < 2) {
            throw CodecParams.corrupt("Delta", "payload shorter than its header");
        }
        int w = src[srcOff];
        int skip = src[srcOff + 1] & 0xFF;
        if ((w != 1 && w != 2 && w != 4 && w != 8) || srcLen - 2 != uncompressedLen || skip > uncompressedLen
                || (uncompressedLen - skip) % w != 0) {
            throw CodecParams.corrupt("Delta", "bad header (width " + w + ", leading bytes " + skip + ")");
        }
        System.arraycopy(src, srcOff + 2, dst, dstOff, skip);
        decode(w, src, srcOff + 2 + skip, uncompressedLen - skip, dst, dstOff + skip);
    }

    private static void encode(int width, byte[] src, int off, int len, byte[] dst, int dOff) {
        int end = off + len;
        switch (width) {
            case 1 -> {
                byte prev = 0;
                for (int i = off, o = dOff; i < end; i++, o++) {
                    byte cur = src[i];
                    dst[o] = (byte) (cur - prev);
                    prev = cur;
                }
            }
            case 2 -> {
                short prev = 0;
                for (int i = off, o = dOff; i < end; i += 2, o += 2) {
                    short cur = (short) Bytes.SHORT.get(src, i);
                    Bytes.SHORT.set(dst, o, (short) (cur - prev));
                    prev = cur;
                }
            }
            case 4 -> {
                int prev = 0;
                for (int i = off, o = dOff; i < end; i += 4, o += 4) {
                    int cur = (int) Bytes.INT.get(src, i);
                    Bytes.INT.set(dst, o, cur - prev);
                    prev = cur;
                }
            }
            default -> {
                long prev = 0;
                for (int i = off, o = dOff; i < end; i += 8, o += 8) {
                    long cur = (long) Bytes.LONG.get(src, i);
                    Bytes.LONG.set(dst, o, cur - prev);
                    prev = cur;
                }
            }
        }
    }

    private static void decode(int width, byte[] src, int off, int len, byte[] dst, int dOff) {
        int end = off + len;
        switch (width) {
            case 1 -> {
                byte acc = 0;
                for (int i = off, o = dOff; i < end; i++, o++) {
                    acc += src[i];
                    dst[o] = acc;
                }
            }
            case 2 -> {
                short acc = 0;
                for (int i = off, o = dOff; i < end; i += 2, o += 2) {
                    acc += (short) Bytes.SHORT.get(src, i);
                    Bytes.SHORT.set(dst, o, acc);
                }
            }
            case 4 -> {
                int acc = 0;
                for (int i = off, o = dOff; i < end; i += 4, o += 4) {
                    acc += (int) Bytes.INT.get(src, i);
                    Bytes.INT.set(dst, o, acc);
                }
            }
            default -> {
                long acc = 0;
                for (int i = off, o = dOff; i < end; i += 8, o += 8) {
                    acc += (long) Bytes.LONG.get(src, i);
                    Bytes.LONG.set(dst, o, acc);
                }
            }
        }
    }

    public static final class Factory implements CodecFactory {
        @Override public String name() { return "Delta"; }
        @Override public byte methodByte() { return MethodBytes.DELTA; }

        @Override
        public Codec create(List<String> params, int valueWidth) {
            return new DeltaCodec(CodecParams.bytesSize("Delta", params, valueWidth));
        }
    }
}
