package io.strata.compression;

import io.strata.core.error.DbException;
import io.strata.core.error.ErrorCode;

import java.util.List;

/** Parameter checks shared by the factories; all failures are ILLEGAL_CODEC_PARAMETER. */
final class CodecParams {
    private CodecParams() {
    }

    static void atMost(String codec, List<String> params, int max) {
        if (params.size() > max) {
            throw DbException.of(ErrorCode.ILLEGAL_CODEC_PARAMETER,
                    max == 0 ? "%s codec must not have parameters, given %d" : "%s codec must have at most %d parameter(s), given " + params.size(),
                    codec, max == 0 ? params.size() : max);
        }
    }

    static long integer(String codec, String text) {
        try {
            return Long.parseLong(text.trim());
        } catch (NumberFormatException e) {
            throw DbException.of(ErrorCode.ILLEGAL_CODEC_PARAMETER, "%s codec argument must be integer, given %s", codec, text);
        }
    }

    static int bytesSize(String codec, List<String> params, int valueWidth) {
        atMost(codec, params, 1);
        int width;
        if (params.isEmpty()) {
            // ClickHouse takes the column type's width; for an unknown or odd width it falls back to 1.
            width = valueWidth == 1 || valueWidth == 2 || valueWidth == 4 || valueWidth == 8 ? valueWidth : 1;
        } else {
            long w = integer(codec, params.get(0));
            if (w != 1 && w != 2 && w != 4 && w != 8) {
                throw DbException.of(ErrorCode.ILLEGAL_CODEC_PARAMETER, "%s value size must be 1, 2, 4 or 8, given %s", codec, params.get(0));
            }
            width = (int) w;
        }
        return width;
    }

    static DbException corrupt(String codec, String what) {
        return DbException.of(ErrorCode.CANNOT_DECOMPRESS, "Cannot decompress %s-encoded data: %s", codec, what);
    }

    /** The header DoubleDelta and Gorilla payloads share: value width, leftover bytes, value count. */
    record ValueHeader(int width, int skip, int position, long count) {
    }

    /**
     * Writes that header for {@code srcLen} bytes of {@code width}-byte values (leftover bytes
     * copied as they are); returns the position after it, where the encoded values start.
     */
    static int writeValueHeader(int width, byte[] src, int srcOff, int srcLen, byte[] dst, int dstOff) {
        int skip = srcLen % width;
        dst[dstOff] = (byte) width;
        dst[dstOff + 1] = (byte) skip;
        System.arraycopy(src, srcOff, dst, dstOff + 2, skip);
        int p = dstOff + 2 + skip;
        Bytes.putInt(dst, p, (srcLen - skip) / width);
        return p + 4;
    }

    /**
     * Reads that header: byte 0 the value width (1, 2, 4 or 8), byte 1 the leftover count (not
     * trusted: like ClickHouse it is derived from the uncompressed size), the leftover bytes, which
     * are copied to {@code dst}, then the value count as a little-endian UInt32.
     */
    static ValueHeader readValueHeader(String codec, byte[] src, int srcOff, int srcLen, byte[] dst, int dstOff,
                                       int uncompressedLen) {
        if (srcLen < 6) {
            throw corrupt(codec, "payload shorter than its header");
        }
        int w = src[srcOff];
        boolean validWidth = w == 1 || w == 2 || w == 4 || w == 8;
        int skip = validWidth ? uncompressedLen % w : 0;
        if (!validWidth || 2 + skip + 4 > srcLen) {
            throw corrupt(codec, "bad header (width " + w + ", leading bytes " + skip + ")");
        }
        System.arraycopy(src, srcOff + 2, dst, dstOff, skip);
        int p = srcOff + 2 + skip;
        long n = Bytes.getInt(src, p) & 0xFFFFFFFFL;
        if (n * w != uncompressedLen - skip) {
            throw corrupt(codec, n + " items of " + w + " bytes do not make " + (uncompressedLen - skip) + " bytes");
        }
        return new ValueHeader(w, skip, p + 4, n);
    }
}
