package io.strata.compression;

import java.util.List;

/**
 * Creates a {@link Codec} by its ClickHouse name; found through {@link java.util.ServiceLoader}
 * (see {@link Codecs}). Built-in codecs use the same path a plugin would.
 */
public interface CodecFactory {
    /** ClickHouse's name, matched case-sensitively as ClickHouse does ({@code ZSTD}, {@code Delta}). */
    String name();

    /** The method byte written by the codecs this factory makes. */
    byte methodByte();

    /**
     * Whether blocks carrying {@link #methodByte()} are decoded by {@link #forReading()} of this
     * factory. False for a factory sharing another's byte (LZ4HC writes plain LZ4 blocks).
     */
    default boolean decodesMethodByte() {
        return true;
    }

    /**
     * The codec for {@code params} (the literal texts inside the parentheses, empty when there are
     * none) applied to values of {@code valueWidth} bytes (0 when unknown or not fixed-width).
     * Bad parameters raise ILLEGAL_CODEC_PARAMETER.
     */
    Codec create(List<String> params, int valueWidth);

    /**
     * A codec able to decode any block of this method: the payloads carry what decoding needs
     * (value width, chain members), so no parameters are required.
     */
    default Codec forReading() {
        return create(List.of(), 0);
    }
}
