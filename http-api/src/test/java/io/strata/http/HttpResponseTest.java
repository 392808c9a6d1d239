package io.strata.http;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.luben.zstd.ZstdInputStream;
import com.github.luben.zstd.ZstdOutputStream;
import io.strata.compression.CompressedBlocks;
import io.strata.compression.CompressedInputStream;
import io.strata.compression.Codecs;
import io.strata.compression.MethodBytes;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.List;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import java.util.zip.InflaterInputStream;
import net.jpountz.lz4.LZ4FrameInputStream;
import net.jpountz.lz4.LZ4FrameOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What goes back: the head as ClickHouse writes it, progress, buffering, errors mid-stream, compression. */
class HttpResponseTest {
    private static final String VERSION = "0.1.0";
    private static ProtocolRunner runner;
    private static HttpServer server;

    @BeforeAll
    static void start() {
        runner = new ProtocolRunner();
        server = new HttpServer(runner, "127.0.0.1", 0, ZoneId.of("Asia/Tokyo"),
                HttpServerConfig.defaults(VERSION).withDisplayName("strata-test"));
        server.start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static RawHttp.Response post(String target, String body, String... headers) throws IOException {
        return post(target, body.getBytes(StandardCharsets.UTF_8), headers);
    }

    private static RawHttp.Response post(String target, byte[] body, String... headers) throws IOException {
        return RawHttp.exchange(server.port(), RawHttp.post(target, body, headers));
    }

    private static String numbers(long n) {
        StringBuilder sb = new StringBuilder();
        for (long i = 0; i < n; i++) sb.append(i).append('\n');
        return sb.toString();
    }

    @Test
    void headersOfASmallResult() throws IOException {
        RawHttp.Response r = post("/?query_id=h1", "SELECT number FROM numbers(3)");
        assertEquals(200, r.status());
        assertEquals("0\n1\n2\n", r.text());
        assertEquals("6", r.header("Content-Length"));
        assertNull(r.header("Transfer-Encoding"));
        assertEquals("Close", r.header("Connection"), "the test asked for Connection: close");
        assertEquals("text/tab-separated-values; charset=UTF-8", r.header("Content-Type"));
        assertEquals("h1", r.header("X-ClickHouse-Query-Id"));
        assertEquals("TabSeparated", r.header("X-ClickHouse-Format"));
        assertEquals("Asia/Tokyo", r.header("X-ClickHouse-Timezone"));
        assertEquals("strata-test", r.header("X-ClickHouse-Server-Display-Name"));
        assertTrue(r.header("X-ClickHouse-Exception-Tag").matches("[a-z]{16}"), r.header("X-ClickHouse-Exception-Tag"));
        assertTrue(r.header("Date").matches("[A-Z][a-z]{2}, \\d{2} [A-Z][a-z]{2} \\d{4} \\d{2}:\\d{2}:\\d{2} GMT"), r.header("Date"));
        assertTrue(r.header("X-ClickHouse-Summary").matches("\\{\"read_rows\":\"3\",\"read_bytes\":\"24\",\"written_rows\":\"0\","
                + "\"written_bytes\":\"0\",\"total_rows_to_read\":\"0\",\"result_rows\":\"0\",\"result_bytes\":\"0\","
                + "\"elapsed_ns\":\"\\d+\"}"), r.header("X-ClickHouse-Summary"));
        assertNull(r.header("X-ClickHouse-Exception-Code"));
        assertTrue(r.header("Access-Control-Expose-Headers").contains("X-ClickHouse-Exception-Tag"));
        assertNull(r.header("Access-Control-Allow-Origin"));
        assertEquals("*", post("/?add_http_cors_header=1", "SELECT ECHO x", "Origin: http://example").header("Access-Control-Allow-Origin"));
    }

    @Test
    void aLargeResultIsChunkedAndComplete() throws IOException {
        RawHttp.Response r = post("/", "SELECT number FROM numbers(300000)");
        assertEquals("chunked", r.header("Transfer-Encoding"));
        assertNull(r.header("Content-Length"));
        assertTrue(r.terminated());
        assertEquals(numbers(300000), r.text());
    }

    @Test
    void anErrorBeforeTheBodyHasItsStatusCodeAndTag() throws IOException {
        RawHttp.Response r = post("/", "NO SUCH THING");
        assertEquals(400, r.status());
        assertEquals("62", r.header("X-ClickHouse-Exception-Code"));
        assertEquals("text/plain; charset=UTF-8", r.header("Content-Type"));
        assertNotNull(r.header("X-ClickHouse-Exception-Tag"));
        assertEquals("Code: 62. DB::Exception: Syntax error: failed at position 1 (NO SUCH THING). (SYNTAX_ERROR) (version 0.1.0)\n", r.text());
        // an error in the first block, still held back, also gets a proper status
        RawHttp.Response first = post("/", "FAIL FIRST");
        assertEquals(500, first.status());
        assertEquals("395", first.header("X-ClickHouse-Exception-Code"));
    }

    /** The tagged block as ClickHouse 25.11+ appends it: marker, tag, message, its length, tag, marker. */
    private static String exceptionBlock(String tag, String message) {
        String text = message + "\n";
        return "\r\n__exception__\r\n" + tag + "\r\n" + text + text.getBytes(StandardCharsets.UTF_8).length + " " + tag
                + "\r\n__exception__\r\n";
    }

    private static final String THROW_IF = "Code: 395. DB::Exception: Value passed to 'throwIf' function is non-zero. "
            + "(FUNCTION_THROW_IF_VALUE_IS_NON_ZERO) (version 0.1.0)";

    @Test
    void anErrorMidStreamEndsTsvWithTheTaggedBlock() throws IOException {
        RawHttp.Response r = post("/?buffer_size=0", "FAIL AFTER 65536");
        assertEquals(200, r.status());
        assertFalse(r.terminated(), "the stream is cut: no terminating chunk");
        String tag = r.header("X-ClickHouse-Exception-Tag");
        String text = r.text();
        String block = exceptionBlock(tag, THROW_IF);
        assertTrue(text.endsWith(block), text.substring(Math.max(0, text.length() - 400)));
        assertTrue(text.startsWith(numbers(1000)));
        String data = text.substring(0, text.length() - block.length());
        assertTrue(data.endsWith("\n"), "rows written before the error are whole rows");
    }

    @Test
    void anErrorMidStreamEndsJsonWithTheSameBlock() throws IOException {
        RawHttp.Response r = post("/?default_format=JSON&buffer_size=0", "FAIL AFTER 65536");
        assertEquals(200, r.status());
        assertEquals("JSON", r.header("X-ClickHouse-Format"));
        String text = r.text();
        assertTrue(text.startsWith("{\n\t\"meta\":"), text.substring(0, 40));
        assertTrue(text.endsWith(exceptionBlock(r.header("X-ClickHouse-Exception-Tag"), THROW_IF)),
                text.substring(Math.max(0, text.length() - 400)));
        assertFalse(r.terminated());
    }

    @Test
    void waitEndOfQueryTurnsALateErrorIntoAStatus() throws IOException {
        RawHttp.Response r = post("/?wait_end_of_query=1&buffer_size=0", "FAIL AFTER 300000");
        assertEquals(500, r.status());
        assertEquals("395", r.header("X-ClickHouse-Exception-Code"));
        assertEquals(THROW_IF + "\n", r.text());
        RawHttp.Response same = post("/?http_wait_end_of_query=1&buffer_size=0", "FAIL AFTER 65536");
        assertEquals(500, same.status());
    }

    @Test
    void waitEndOfQueryHoldsALargeResultOnDiskAndSendsItWhole() throws IOException {
        RawHttp.Response r = post("/?wait_end_of_query=1&buffer_size=0", "SELECT number FROM numbers(400000)");
        assertEquals(200, r.status());
        assertTrue(r.terminated());
        assertEquals(numbers(400000), r.text());
    }

    @Test
    void progressHeadersArriveWhileTheQueryRunsAndCommitTheStatus() throws Exception {
        try (Socket s = new Socket("127.0.0.1", server.port())) {
            s.setSoTimeout(30_000);
            byte[] req = "BLOCK progress".getBytes(StandardCharsets.UTF_8);
            RawHttp.send(s.getOutputStream(), RawHttp.post("/?send_progress_in_http_headers=1&http_headers_progress_interval_ms=10", req));
            InputStream in = s.getInputStream();
            // the status line and the first progress header come while the query is blocked
            String status = readLine(in);
            assertEquals("HTTP/1.1 200 OK", status);
            StringBuilder head = new StringBuilder(status).append("\r\n");
            String line;
            do {
                line = readLine(in);
                head.append(line).append("\r\n");
            } while (!line.startsWith("X-ClickHouse-Progress: "));
            assertTrue(line.matches("X-ClickHouse-Progress: \\{\"read_rows\":\"\\d+\",.*\"elapsed_ns\":\"\\d+\"}"), line);
            runner.open("progress");
            RawHttp.Response rest = RawHttp.parse((head + new String(in.readAllBytes(), StandardCharsets.ISO_8859_1))
                    .getBytes(StandardCharsets.ISO_8859_1));
            assertEquals("chunked", rest.header("Transfer-Encoding"));
            assertNotNull(rest.header("X-ClickHouse-Summary"));
            assertEquals("0\n", rest.text());
            assertTrue(rest.terminated());
        }
    }

    private static String readLine(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) != '\n') {
            if (b < 0) throw new IOException("closed");
            if (b != '\r') line.write(b);
        }
        return line.toString(StandardCharsets.ISO_8859_1);
    }

    // ---- content codings ------------------------------------------------------------------------

    private static byte[] decode(String encoding, byte[] body) throws IOException {
        InputStream in = switch (encoding) {
            case "gzip" -> new GZIPInputStream(new ByteArrayInputStream(body));
            case "deflate" -> new InflaterInputStream(new ByteArrayInputStream(body));
            case "zstd" -> new ZstdInputStream(new ByteArrayInputStream(body));
            case "lz4" -> new LZ4FrameInputStream(new ByteArrayInputStream(body));
            default -> throw new IllegalArgumentException(encoding);
        };
        return in.readAllBytes();
    }

    private static byte[] encode(String encoding, byte[] plain) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (OutputStream enc = switch (encoding) {
            case "gzip" -> new GZIPOutputStream(out);
            case "deflate" -> new DeflaterOutputStream(out);
            case "zstd" -> new ZstdOutputStream(out);
            case "lz4" -> new LZ4FrameOutputStream(out);
            default -> throw new IllegalArgumentException(encoding);
        }) {
            enc.write(plain);
        }
        return out.toByteArray();
    }

    @Test
    void responsesAreCompressedOnlyWhenEnabledAndAccepted() throws IOException {
        for (String encoding : List.of("gzip", "deflate", "zstd", "lz4")) {
            RawHttp.Response small = post("/?enable_http_compression=1", "SELECT number FROM numbers(10)", "Accept-Encoding: " + encoding);
            assertEquals(encoding, small.header("Content-Encoding"));
            assertEquals(numbers(10), new String(decode(encoding, small.body()), StandardCharsets.UTF_8), encoding);
            RawHttp.Response big = post("/?enable_http_compression=1&http_zlib_compression_level=1", "SELECT number FROM numbers(300000)",
                    "Accept-Encoding: " + encoding);
            assertEquals("chunked", big.header("Transfer-Encoding"));
            assertEquals(numbers(300000), new String(decode(encoding, big.body()), StandardCharsets.UTF_8), encoding);
        }
        // ClickHouse's preference: zstd over gzip whatever the order or quality values
        assertEquals("zstd", post("/?enable_http_compression=1", "SELECT ECHO x", "Accept-Encoding: gzip, deflate, br, zstd;q=0.1")
                .header("Content-Encoding"));
        assertEquals("gzip", post("/?enable_http_compression=1", "SELECT ECHO x", "Accept-Encoding: br, gzip").header("Content-Encoding"));
        assertNull(post("/?enable_http_compression=1", "SELECT ECHO x", "Accept-Encoding: br").header("Content-Encoding"));
        assertNull(post("/", "SELECT ECHO x", "Accept-Encoding: gzip").header("Content-Encoding"));
    }

    @Test
    void errorsAreCompressedLikeTheResultWouldBe() throws IOException {
        RawHttp.Response r = post("/?enable_http_compression=1", "NO SUCH THING", "Accept-Encoding: gzip");
        assertEquals(400, r.status());
        assertEquals("gzip", r.header("Content-Encoding"));
        assertTrue(new String(decode("gzip", r.body()), StandardCharsets.UTF_8).startsWith("Code: 62. DB::Exception: Syntax error"));
        RawHttp.Response late = post("/?enable_http_compression=1&buffer_size=0", "FAIL AFTER 65536", "Accept-Encoding: gzip");
        String text = new String(new GZIPInputStream(new ByteArrayInputStream(late.body())) {
            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                try {
                    return super.read(b, off, len);
                } catch (java.io.EOFException e) {
                    return -1; // the stream is cut on purpose: no gzip trailer
                }
            }
        }.readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(text.endsWith(exceptionBlock(late.header("X-ClickHouse-Exception-Tag"), THROW_IF)));
    }

    @Test
    void requestBodiesAreDecodedPerContentEncoding() throws IOException {
        for (String encoding : List.of("gzip", "deflate", "zstd", "lz4")) {
            RawHttp.Response r = post("/", encode(encoding, "SELECT ECHO coded".getBytes(StandardCharsets.UTF_8)), "Content-Encoding: " + encoding);
            assertEquals("coded\n", r.text(), encoding);
            byte[] data = new byte[200_000];
            for (int i = 0; i < data.length; i++) data[i] = (byte) (i * 31);
            RawHttp.Response insert = post("/?query=INSERT%20INTO%20t%20FORMAT%20RowBinary", encode(encoding, data),
                    "Content-Encoding: " + encoding);
            assertEquals(200, insert.status(), insert.text());
            assertArrayEquals(data, runner.committed.getLast(), encoding);
        }
    }

    @Test
    void unsupportedOrCorruptRequestCodingsFailClearly() throws IOException {
        RawHttp.Response br = post("/", "SELECT ECHO x", "Content-Encoding: br");
        assertEquals(501, br.status());
        assertEquals("48", br.header("X-ClickHouse-Exception-Code"));
        assertTrue(br.text().startsWith("Code: 48. DB::Exception: Compression method 'br' of the request body is not supported by Strata."), br.text());
        RawHttp.Response unknown = post("/", "SELECT ECHO x", "Content-Encoding: rot13");
        assertEquals(501, unknown.status());
        assertTrue(unknown.text().startsWith("Code: 48. DB::Exception: Unknown compression method 'rot13'."), unknown.text());

        int committed = runner.committed.size();
        byte[] good = encode("gzip", "1\n2\n3\n".repeat(10000).getBytes(StandardCharsets.UTF_8));
        byte[] corrupt = good.clone();
        corrupt[good.length / 2] ^= 0x5A;
        RawHttp.Response gz = post("/?query=INSERT%20INTO%20t%20FORMAT%20TSV", corrupt, "Content-Encoding: gzip");
        assertEquals(500, gz.status());
        assertEquals("354", gz.header("X-ClickHouse-Exception-Code"));
        assertTrue(gz.text().startsWith("Code: 354. DB::Exception: inflate failed: "), gz.text());
        RawHttp.Response zstd = post("/?query=INSERT%20INTO%20t%20FORMAT%20TSV", "not zstd at all".getBytes(StandardCharsets.UTF_8),
                "Content-Encoding: zstd");
        assertEquals("561", zstd.header("X-ClickHouse-Exception-Code"));
        assertEquals(committed, runner.committed.size(), "nothing of a failed insert is committed");
    }

    // ---- ClickHouse's compressed blocks ---------------------------------------------------------

    @Test
    void compressOneFramesTheResultInChecksummedBlocks() throws IOException {
        RawHttp.Response r = post("/?compress=1", "SELECT number FROM numbers(300000)");
        assertEquals(200, r.status());
        assertNull(r.header("Content-Encoding"), "ClickHouse's framing is not an HTTP content coding");
        assertEquals(MethodBytes.LZ4, r.body()[CompressedBlocks.CHECKSUM_SIZE]);
        byte[] plain = new CompressedInputStream(new ByteArrayInputStream(r.body()), "test").readAllBytes();
        assertEquals(numbers(300000), new String(plain, StandardCharsets.UTF_8));

        RawHttp.Response zstd = post("/?compress=1&network_compression_method=ZSTD", "SELECT number FROM numbers(5)");
        assertEquals(MethodBytes.ZSTD, zstd.body()[CompressedBlocks.CHECKSUM_SIZE]);
        assertEquals(numbers(5), new String(new CompressedInputStream(new ByteArrayInputStream(zstd.body()), "test").readAllBytes(),
                StandardCharsets.UTF_8));
    }

    private static byte[] framed(byte[] plain) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CompressedBlocks.write(Codecs.defaultCodec(), plain, 0, plain.length, out);
        return out.toByteArray();
    }

    @Test
    void decompressOneReadsBlocksAndRefusesACorruptOne() throws IOException {
        RawHttp.Response q = post("/?decompress=1", framed("SELECT ECHO framed".getBytes(StandardCharsets.UTF_8)));
        assertEquals("framed\n", q.text());

        byte[] data = "5\n6\n7\n".repeat(5000).getBytes(StandardCharsets.UTF_8);
        RawHttp.Response ok = post("/?decompress=1&query=INSERT%20INTO%20t%20FORMAT%20TSV", framed(data));
        assertEquals(200, ok.status(), ok.text());
        assertArrayEquals(data, runner.committed.getLast());

        int committed = runner.committed.size();
        byte[] corrupt = framed(data);
        corrupt[0] ^= 1; // the checksum no longer fits the block
        RawHttp.Response bad = post("/?decompress=1&query=INSERT%20INTO%20t%20FORMAT%20TSV", corrupt);
        assertEquals(500, bad.status());
        assertEquals("40", bad.header("X-ClickHouse-Exception-Code"));
        assertTrue(bad.text().startsWith("Code: 40. DB::Exception: Checksum doesn't match: corrupted data."), bad.text());

        byte[] truncated = java.util.Arrays.copyOf(framed(data), 30);
        RawHttp.Response cut = post("/?decompress=1&query=INSERT%20INTO%20t%20FORMAT%20TSV", truncated);
        assertEquals("33", cut.header("X-ClickHouse-Exception-Code"));
        assertEquals(committed, runner.committed.size());

        // with checksums off (ClickHouse's setting) the block is taken as it is
        RawHttp.Response unchecked = post("/?decompress=1&http_native_compression_disable_checksumming_on_decompress=1"
                + "&query=INSERT%20INTO%20t%20FORMAT%20TSV", corrupt);
        assertEquals(200, unchecked.status(), unchecked.text());
        assertArrayEquals(data, runner.committed.getLast());
    }
}
