package io.strata.compression;

/**
 * One compression method, as ClickHouse names it in a {@code CODEC(...)} clause. A codec turns a
 * byte range into a payload and back; the 9-byte block header (method byte, sizes) and the
 * checksum are added by {@link CompressedBlocks}, not here.
 *
 * <p>Implementations are immutable and thread-safe: a column writer shares one instance between
 * threads. The payload layout of each codec is persisted (MergeTree parts, the native protocol),
 * so it is documented on each implementation and never changes.
 */
public interface Codec {
    /** The byte that identifies this method in a block header; a fixed constant, persisted forever. */
    byte methodByte();

    /** ClickHouse's name, e.g. {@code ZSTD}. */
    String name();

    /** The codec as ClickHouse prints it inside {@code CODEC(...)}, e.g. {@code ZSTD(3)}, {@code Delta(4), LZ4}. */
    String description();

    /**
     * Compresses {@code src[srcOff, srcOff+srcLen)} into {@code dst} from {@code dstOff}, which
     * must have room for {@link #maxCompressedSize(int)} bytes. Returns the payload length.
     */
    int compress(byte[] src, int srcOff, int srcLen, byte[] dst, int dstOff);

    /**
     * Restores exactly {@code uncompressedLen} bytes from the payload {@code src[srcOff, srcOff+srcLen)}
     * into {@code dst} from {@code dstOff}. Corrupt input raises a DbException (CANNOT_DECOMPRESS),
     * never an index error.
     */
    void decompress(byte[] src, int srcOff, int srcLen, byte[] dst, int dstOff, int uncompressedLen);

    /** An upper bound of the payload length for {@code srcLen} input bytes. */
    int maxCompressedSize(int srcLen);
}
