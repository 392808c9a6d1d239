package io.strata.compression;

import io.strata.core.error.DbException;
import io.strata.core.error.ErrorCode;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;

/**
 * The registry of codec factories, filled once from {@link ServiceLoader} on first use and frozen
 * afterwards. Looks codecs up by ClickHouse name (for {@code CODEC(...)} clauses) and by method
 * byte (for reading blocks).
 */
public final class Codecs {
    private static final class Holder {
        static final Map<String, CodecFactory> BY_NAME;
        static final Map<String, CodecFactory> BY_UPPER_NAME;
        static final Codec[] READERS = new Codec[256];

        static {
            Map<String, CodecFactory> byName = new HashMap<>();
            Map<String, CodecFactory> byUpper = new HashMap<>();
            for (CodecFactory f : ServiceLoader.load(CodecFactory.class, Codecs.class.getClassLoader())) {
                if (byName.putIfAbsent(f.name(), f) != null) {
                    throw new IllegalStateException("Two codec factories named " + f.name());
                }
                byUpper.put(f.name().toUpperCase(java.util.Locale.ROOT), f);
                if (f.decodesMethodByte()) {
                    int b = f.methodByte() & 0xFF;
                    if (READERS[b] != null) {
                        throw new IllegalStateException("Two codec factories decode method byte 0x" + Integer.toHexString(b));
                    }
                    READERS[b] = f.forReading();
                }
            }
            BY_NAME = Map.copyOf(byName);
            BY_UPPER_NAME = Map.copyOf(byUpper);
        }
    }

    private Codecs() {
    }

    /** The factory for a ClickHouse codec name, or UNKNOWN_CODEC. */
    public static CodecFactory factory(String name) {
        CodecFactory f = Holder.BY_NAME.get(name);
        if (f == null) {
            // ClickHouse codec names are case-insensitive in CODEC(...) since 20.x (lz4 == LZ4).
            f = Holder.BY_UPPER_NAME.get(name.toUpperCase(java.util.Locale.ROOT));
        }
        if (f == null) {
            throw DbException.of(ErrorCode.UNKNOWN_CODEC, "Unknown codec family: %s", name);
        }
        return f;
    }

    /** Shorthand for {@code factory(name).create(params, valueWidth)}. */
    public static Codec create(String name, List<String> params, int valueWidth) {
        return factory(name).create(params, valueWidth);
    }

    /** The codec decoding blocks with this method byte, or UNKNOWN_CODEC. */
    public static Codec byMethodByte(byte methodByte) {
        Codec c = Holder.READERS[methodByte & 0xFF];
        if (c == null) {
            throw DbException.of(ErrorCode.UNKNOWN_CODEC, "Unknown codec family code: %d", methodByte & 0xFF);
        }
        return c;
    }

    /** All registered names, for tests and system.codecs-style listings. */
    public static java.util.Set<String> names() {
        return Holder.BY_NAME.keySet();
    }

    /** The default codec of ClickHouse's MergeTree and network compression: LZ4. */
    public static Codec defaultCodec() {
        return Lz4Codec.INSTANCE;
    }
}
