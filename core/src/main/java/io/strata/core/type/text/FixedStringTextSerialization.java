package io.strata.core.type.text;

import io.strata.core.type.FixedStringType;

/**
 * FixedString(N): written like String but always all N bytes, so trailing zero bytes show as
 * {@code \0} in escaped/quoted forms and {@code \u0000} in JSON (ClickHouse prints them too).
 * Shorter input is zero-padded by the builder; longer input fails with TOO_LARGE_STRING_SIZE.
 */
public final class FixedStringTextSerialization extends StringTextSerialization {
    public FixedStringTextSerialization(FixedStringType type) {
        super(type);
    }
}
