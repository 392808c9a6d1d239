package io.strata.compression;

import com.github.luben.zstd.Zstd;
import com.github.luben.zstd.ZstdException;
import io.strata.core.error.DbException;
import io.strata.core.error.ErrorCode;

import java.util.List;

/** {@code ZSTD(level)}: the payload is one zstd frame (ZSTD_compress), as ClickHouse writes it. */
public final class ZstdCodec implements Codec {
    public static final int DEFAULT_LEVEL = 1;
    /** ClickHouse accepts levels up to 22 (ZSTD_maxCLevel). */
    public static final int MAX_LEVEL = 22;

    private final int level;

    public ZstdCodec(int level) {
        this.level = level;
    }

    public int level() {
        return level;
    }

    @Override public byte methodByte() { return MethodBytes.ZSTD; }
    @Override public String name() { return "ZSTD"; }
    @Override public String description() { return "ZSTD(" + level + ")"; }
    @Override public int maxCompressedSize(int srcLen) { return (int) Zstd.compressBound(srcLen); }

    @Override
    public int compress(byte[] src, int srcOff, int srcLen, byte[] dst, int dstOff) {
        long n = Zstd.compressByteArray(dst, dstOff, dst.length - dstOff, src, srcOff, srcLen, level);
        if (Zstd.isError(n)) {
            throw DbException.of(ErrorCode.LOGICAL_ERROR, "ZSTD compression failed: %s", Zstd.getErrorName(n));
        }
        return (int) n;
    }

    @Override
    public void decompress(byte[] src, int srcOff, int srcLen, byte[] dst, int dstOff, int uncompressedLen) {
        long n;
        try {
            n = Zstd.decompressByteArray(dst, dstOff, uncompressedLen, src, srcOff, srcLen);
        } catch (ZstdException e) {
            throw CodecParams.corrupt("ZSTD", e.getMessage());
        }
        if (Zstd.isError(n)) {
            throw CodecParams.corrupt("ZSTD", Zstd.getErrorName(n));
        }
        if (n != uncompressedLen) {
            throw CodecParams.corrupt("ZSTD", "decoded " + n + " bytes, expected " + uncompressedLen);
        }
    }

    public static final class Factory implements CodecFactory {
        @Override public String name() { return "ZSTD"; }
        @Override public byte methodByte() { return MethodBytes.ZSTD; }

        @Override
        public Codec create(List<String> params, int valueWidth) {
            CodecParams.atMost("ZSTD", params, 1);
            long level = params.isEmpty() ? DEFAULT_LEVEL : CodecParams.integer("ZSTD", params.get(0));
            if (level < 1 || level > MAX_LEVEL) {
                throw DbException.of(ErrorCode.ILLEGAL_CODEC_PARAMETER, "ZSTD codec can't have level more than %d, given %d", MAX_LEVEL, level);
            }
            return new ZstdCodec((int) level);
        }
    }
}
