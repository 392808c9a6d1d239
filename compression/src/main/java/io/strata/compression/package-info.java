/**
 * Column codecs and ClickHouse's compressed-block framing, shared by MergeTree parts, HTTP
 * {@code compress=1}/{@code decompress=1} and the native protocol.
 *
 * <ul>
 *   <li>{@link io.strata.compression.Codec}: one method, payload in and out; persisted by its
 *       {@link io.strata.compression.MethodBytes method byte}.</li>
 *   <li>{@link io.strata.compression.Codecs}: the ServiceLoader registry of
 *       {@link io.strata.compression.CodecFactory} by ClickHouse name and by method byte.</li>
 *   <li>{@link io.strata.compression.CodecParser}: the text of a {@code CODEC(...)} clause.</li>
 *   <li>{@link io.strata.compression.CompressedBlocks}, {@link io.strata.compression.CompressedBlockReader},
 *       {@link io.strata.compression.CompressedOutputStream}, {@link io.strata.compression.CompressedInputStream}:
 *       checksummed blocks as ClickHouse writes them.</li>
 * </ul>
 *
 * Checked against a ClickHouse 18.16 server: its LZ4 and ZSTD MergeTree blocks decode and their
 * checksums verify, and it accepts our LZ4, LZ4HC, ZSTD and NONE blocks as HTTP
 * {@code decompress=1} bodies. Delta, DoubleDelta, Gorilla, T64 and chains postdate 18.16; their
 * layouts follow ClickHouse's format as documented on each class, pinned by PayloadLayoutTest.
 */
package io.strata.compression;
