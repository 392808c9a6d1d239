package io.strata.nativeproto;

/**
 * What one connection may make the server hold, whatever its packets claim. Sizes in packets
 * are read as their bytes arrive, so these bound real data, not claims.
 *
 * @param maxQueryBytes  query text (INSERT ... VALUES may carry its data inline)
 * @param maxStringBytes any other string of a packet (ids, names, setting values)
 * @param maxBlockBytes  one block of a Data packet, uncompressed
 * @param maxFrameBytes  one compressed frame, compressed or decompressed
 * @param maxSettings    settings or parameters in one Query packet
 */
public record NativeLimits(int maxQueryBytes, int maxStringBytes, int maxBlockBytes, int maxFrameBytes, int maxSettings) {
    /**
     * ClickHouse reads strings of up to 1 GiB and frames of up to 1 GiB; Strata keeps a quarter
     * of that for one query text and one block, which real clients never come near (they send
     * blocks of about a million rows and frames of 1 MiB).
     */
    public static final NativeLimits DEFAULT = new NativeLimits(256 << 20, 1 << 20, 512 << 20, 256 << 20, 10_000);
}
