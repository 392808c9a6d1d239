package io.strata.compression;

/**
 * ClickHouse's compression method bytes (CompressionMethodByte in CompressionInfo.h). Persisted in
 * every block header: never renumber, never derive from an ordinal.
 */
public final class MethodBytes {
    public static final byte NONE = 0x02;
    /** LZ4 and LZ4HC: both produce a raw LZ4 block, decoded the same way. */
    public static final byte LZ4 = (byte) 0x82;
    public static final byte ZSTD = (byte) 0x90;
    public static final byte MULTIPLE = (byte) 0x91;
    public static final byte DELTA = (byte) 0x92;
    public static final byte T64 = (byte) 0x93;
    public static final byte DOUBLE_DELTA = (byte) 0x94;
    public static final byte GORILLA = (byte) 0x95;

    private MethodBytes() {
    }
}
