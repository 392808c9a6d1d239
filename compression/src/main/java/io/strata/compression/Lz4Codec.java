package io.strata.compression;

import net.jpountz.lz4.LZ4Compressor;
import net.jpountz.lz4.LZ4Exception;
import net.jpountz.lz4.LZ4Factory;
import net.jpountz.lz4.LZ4SafeDecompressor;

import java.util.List;

/**
 * {@code LZ4} and {@code LZ4HC(level)}. The payload is one raw LZ4 block (no frame, no size
 * prefix) as ClickHouse writes it; the uncompressed size comes from the block header. LZ4HC only
 * searches harder, so it writes the same method byte and is read by the plain LZ4 codec.
 */
public final class Lz4Codec implements Codec {
    /** LZ4HC's default level (LZ4HC_CLEVEL_DEFAULT), used by ClickHouse for LZ4HC and LZ4HC(0). */
    public static final int HC_DEFAULT_LEVEL = 9;
    // Declared before INSTANCE: static initialisers run in order.
    private static final LZ4Factory LZ4 = LZ4Factory.fastestInstance();
    private static final LZ4SafeDecompressor DECOMPRESSOR = LZ4.safeDecompressor();

    public static final Lz4Codec INSTANCE = new Lz4Codec(-1);

    /** The level as given (-1 for plain LZ4); ClickHouse prints it as given, so LZ4HC stays LZ4HC(0). */
    private final int hcLevel;
    private final LZ4Compressor compressor;

    private Lz4Codec(int hcLevel) {
        this.hcLevel = hcLevel;
        this.compressor = hcLevel < 0 ? LZ4.fastCompressor() : LZ4.highCompressor(hcLevel == 0 ? HC_DEFAULT_LEVEL : hcLevel);
    }

    /** LZ4HC at {@code level} (1..12; 0 means the default, 9). */
    public static Lz4Codec hc(int level) {
        return new Lz4Codec(level);
    }

    @Override public byte methodByte() { return MethodBytes.LZ4; }
    @Override public String name() { return hcLevel < 0 ? "LZ4" : "LZ4HC"; }
    @Override public String description() { return hcLevel < 0 ? "LZ4" : "LZ4HC(" + hcLevel + ")"; }
    @Override public int maxCompressedSize(int srcLen) { return compressor.maxCompressedLength(srcLen); }

    @Override
    public int compress(byte[] src, int srcOff, int srcLen, byte[] dst, int dstOff) {
        return compressor.compress(src, srcOff, srcLen, dst, dstOff, dst.length - dstOff);
    }

    @Override
    public void decompress(byte[] src, int srcOff, int srcLen, byte[] dst, int dstOff, int uncompressedLen) {
        int n;
        try {
            n = DECOMPRESSOR.decompress(src, srcOff, srcLen, dst, dstOff, uncompressedLen);
        } catch (LZ4Exception e) {
            throw CodecParams.corrupt("LZ4", e.getMessage());
        }
        if (n != uncompressedLen) {
            throw CodecParams.corrupt("LZ4", "decoded " + n + " bytes, expected " + uncompressedLen);
        }
    }

    public static final class Factory implements CodecFactory {
        @Override public String name() { return "LZ4"; }
        @Override public byte methodByte() { return MethodBytes.LZ4; }

        @Override
        public Codec create(List<String> params, int valueWidth) {
            CodecParams.atMost("LZ4", params, 0);
            return INSTANCE;
        }
    }

    public static final class HcFactory implements CodecFactory {
        @Override public String name() { return "LZ4HC"; }
        @Override public byte methodByte() { return MethodBytes.LZ4; }
        @Override public boolean decodesMethodByte() { return false; }

        @Override
        public Codec create(List<String> params, int valueWidth) {
            CodecParams.atMost("LZ4HC", params, 1);
            long level = params.isEmpty() ? 0 : CodecParams.integer("LZ4HC", params.get(0));
            if (level < 0 || level > 12) {
                throw io.strata.core.error.DbException.of(io.strata.core.error.ErrorCode.ILLEGAL_CODEC_PARAMETER,
                        "LZ4HC codec level must be between 0 and 12, given %d", level);
            }
            return hc((int) level);
        }
    }
}
