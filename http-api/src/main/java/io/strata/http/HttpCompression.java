package io.strata.http;

import com.github.luben.zstd.ZstdInputStream;
import com.github.luben.zstd.ZstdOutputStream;
import io.strata.compression.BlockChecksum;
import io.strata.compression.Codec;
import io.strata.compression.Codecs;
import io.strata.compression.CompressedBlockReader;
import io.strata.compression.CompressedInputStream;
import io.strata.compression.CompressedOutputStream;
import io.strata.compression.CompressedBlocks;
import io.strata.core.error.DbException;
import io.strata.core.error.ErrorCode;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import java.util.zip.InflaterInputStream;
import net.jpountz.lz4.LZ4FrameInputStream;
import net.jpountz.lz4.LZ4FrameOutputStream;

/**
 * The two kinds of compression of ClickHouse's HTTP interface.
 *
 * <ul>
 *   <li>HTTP content codings: a request body with {@code Content-Encoding}, and, with
 *       {@code enable_http_compression=1}, a response in the coding the client lists in
 *       {@code Accept-Encoding}. Strata speaks gzip, deflate (the zlib format, as ClickHouse
 *       writes it), zstd and lz4 (the LZ4 frame format); ClickHouse also knows br, xz, bz2 and
 *       snappy, which a request body cannot use here (a clear NOT_IMPLEMENTED error) and a
 *       response simply does not choose.</li>
 *   <li>ClickHouse's own compressed blocks (CityHash128-checksummed, see
 *       {@link CompressedBlocks}): {@code compress=1} frames the response, {@code decompress=1}
 *       unframes the request body, verifying every checksum unless
 *       {@code http_native_compression_disable_checksumming_on_decompress} is set.</li>
 * </ul>
 */
final class HttpCompression {
    /**
     * Response codings in ClickHouse's order of preference (chooseHTTPCompressionMethod looks for
     * each name in Accept-Encoding, quality values ignored), without those Strata lacks.
     */
    private static final List<String> RESPONSE_PREFERENCE = List.of("zstd", "lz4", "gzip", "deflate");
    private static final List<String> KNOWN_BUT_UNSUPPORTED = List.of("br", "brotli", "xz", "lzma", "bz2", "snappy");

    private HttpCompression() {
    }

    /** The coding for a response given the request's Accept-Encoding, or null for none. */
    static String responseEncoding(String acceptEncoding) {
        if (acceptEncoding == null) return null;
        String list = acceptEncoding.toLowerCase(Locale.ROOT);
        for (String name : RESPONSE_PREFERENCE) {
            if (list.contains(name)) return name;
        }
        return null;
    }

    /**
     * Wraps {@code out} in an encoder for {@code encoding} (one of {@link #responseEncoding}'s
     * answers). Its flush() pushes out everything written so far (a sync flush for zlib), so a
     * streamed result reaches the client as it is produced.
     */
    static OutputStream encoder(String encoding, OutputStream out, long level) throws IOException {
        return switch (encoding) {
            case "gzip" -> {
                int zlibLevel = zlibLevel(level);
                yield new GZIPOutputStream(out, 8192, true) {
                    {
                        def.setLevel(zlibLevel);
                    }
                };
            }
            case "deflate" -> new DeflaterOutputStream(out, new Deflater(zlibLevel(level)), 8192, true) {
                @Override
                public void close() throws IOException {
                    try {
                        super.close();
                    } finally {
                        def.end();
                    }
                }
            };
            case "zstd" -> {
                if (level < 1 || level > 22) {
                    throw new DbException(ErrorCode.BAD_ARGUMENTS, "http_zlib_compression_level must be from 1 to 22 for zstd, got " + level);
                }
                yield new ZstdOutputStream(out, (int) level);
            }
            case "lz4" -> new LZ4FrameOutputStream(out);
            default -> throw new DbException(ErrorCode.NOT_IMPLEMENTED, "Unsupported compression method " + encoding);
        };
    }

    private static int zlibLevel(long level) {
        if (level < 0 || level > 9) {
            throw new DbException(ErrorCode.BAD_ARGUMENTS, "http_zlib_compression_level must be from 0 to 9 for gzip and deflate, got " + level);
        }
        return (int) level;
    }

    /**
     * The request body decoded per its Content-Encoding. Corrupt input surfaces when read, as
     * ClickHouse's error for that coding (ZLIB_INFLATE_FAILED...); an unknown or unsupported
     * coding fails at once with NOT_IMPLEMENTED.
     */
    static InputStream decoder(String contentEncoding, InputStream in) {
        String name = contentEncoding == null ? "" : contentEncoding.strip().toLowerCase(Locale.ROOT);
        return switch (name) {
            case "", "none", "identity", "auto" -> in;
            case "gzip", "x-gzip", "gz" -> new DecodingStream(in, ErrorCode.ZLIB_INFLATE_FAILED, "inflate failed",
                    GZIPInputStream::new);
            case "deflate" -> new DecodingStream(in, ErrorCode.ZLIB_INFLATE_FAILED, "inflate failed", InflaterInputStream::new);
            case "zstd", "zst" -> new DecodingStream(in, ErrorCode.ZSTD_DECODER_FAILED, "Zstandard stream decoding failed",
                    ZstdInputStream::new);
            case "lz4" -> new DecodingStream(in, ErrorCode.LZ4_DECODER_FAILED, "LZ4 decompression failed", LZ4FrameInputStream::new);
            default -> {
                if (KNOWN_BUT_UNSUPPORTED.contains(name)) {
                    throw new DbException(ErrorCode.NOT_IMPLEMENTED, "Compression method '" + contentEncoding
                            + "' of the request body is not supported by Strata. Use 'gzip', 'deflate', 'zstd' or 'lz4'");
                }
                throw new DbException(ErrorCode.NOT_IMPLEMENTED, "Unknown compression method '" + contentEncoding
                        + "'. Only 'none', 'gzip', 'deflate', 'zstd' and 'lz4' are supported as Content-Encoding of a request");
            }
        };
    }

    /** {@code compress=1}: the response cut into ClickHouse's compressed blocks (LZ4 unless network_compression_method says). */
    static OutputStream framing(OutputStream out, String method) {
        Codec codec = method == null || method.isBlank() ? Codecs.defaultCodec() : Codecs.create(method.strip(), List.of(), 0);
        return new CompressedOutputStream(out, codec, BlockChecksum.cityHash128(), CompressedBlocks.MIN_COMPRESS_BLOCK_SIZE,
                CompressedBlocks.MAX_COMPRESS_BLOCK_SIZE);
    }

    /** {@code decompress=1}: the body read from ClickHouse's compressed blocks, checksums verified unless {@code verify} is off. */
    static InputStream unframing(InputStream in, boolean verify) {
        return new CompressedInputStream(in, new CompressedBlockReader(in, "HTTP request body", BlockChecksum.cityHash128(), verify));
    }

    @FunctionalInterface
    private interface DecoderFactory {
        InputStream open(InputStream in) throws IOException;
    }

    /**
     * A decoder whose own failures become the coding's ClickHouse error, while failures of the
     * underlying body (the client went away) pass through unchanged. The decoder is opened on the
     * first read: gzip reads its header in the constructor, and that belongs to the query's thread.
     */
    private static final class DecodingStream extends InputStream {
        private final SourceStream source;
        private final ErrorCode code;
        private final String what;
        private final DecoderFactory factory;
        private InputStream decoder;

        DecodingStream(InputStream in, ErrorCode code, String what, DecoderFactory factory) {
            this.source = new SourceStream(in);
            this.code = code;
            this.what = what;
            this.factory = factory;
        }

        private InputStream decoder() throws IOException {
            if (decoder == null) {
                try {
                    decoder = factory.open(source);
                } catch (IOException e) {
                    throw translate(e);
                }
            }
            return decoder;
        }

        @Override
        public int read() throws IOException {
            try {
                return decoder().read();
            } catch (IOException e) {
                throw translate(e);
            }
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            try {
                return decoder().read(b, off, len);
            } catch (IOException e) {
                throw translate(e);
            }
        }

        private IOException translate(IOException e) {
            if (source.failure != null) return source.failure;
            throw new DbException(code, what + ": " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
        }

        @Override
        public void close() throws IOException {
            source.close();
        }
    }

    /** Remembers an IOException of the underlying stream, to tell it from a decoding error. */
    private static final class SourceStream extends FilterInputStream {
        IOException failure;

        SourceStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            try {
                return super.read();
            } catch (IOException e) {
                failure = e;
                throw e;
            }
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            try {
                return in.read(b, off, len);
            } catch (IOException e) {
                failure = e;
                throw e;
            }
        }
    }
}
