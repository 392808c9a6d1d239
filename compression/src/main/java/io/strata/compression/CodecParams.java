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
}
